import {
  auditLogPageSchema,
  evaluationDetailSchema,
  evaluationSummarySchema,
  importReportSchema,
  importTemplateSchema,
  listOf,
  type ImportReport,
  problemSchema,
  themeSessionCaptureSchema,
  themeTrajectorySchema,
} from '@zet/contracts';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createLocation, createPartnership } from '../factories';
import { signInAs, type SignedInAgent } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';
import { binaryBody } from '../setup/binary-body';

const BOM = '\ufeff';
const HEADER =
  'Schooljaar;Datum;Locatie;Inhoudsversie;Thema;Groep;Huidig scenario;Gewenst scenario;Onderbouwing;Sterke punten;Ontwikkelpunten;Deelnemers';

/**
 * Two school years of paper history, as Dutch Excel saves it (semicolons, decimal commas, BOM):
 *   14-03-2023 Noorderlicht: visie 2 → 3, beoordelen A 2,5 → 2,5 (with onderbouwing), B 1,5 → 3
 *   20-11-2023 Noorderlicht: visie 3 → 3,5
 *   21-11-2023 Zuiderzon:    visie 1,5 → 2
 *   22-11-2023 partnership-wide, passietool theme samen-onderzoeken 2 → 3
 */
const GOOD_ROWS = [
  '2022-2023;14-03-2023;Noorderlicht;;Visie;;2;3;;Gedeelde taal over opleiden | Betrokken schoolleiding;Visie vertalen naar de begeleiding;Student: 4 | Werkplekbegeleider: 5 | Instituutsopleider: 2',
  '2022-2023;14-03-2023;Noorderlicht;;Beoordelen;Groep A;2,5;2,5;De beoordeling is goed geregeld;Heldere criteria;;',
  '2022-2023;14-03-2023;Noorderlicht;;beoordelen;Groep B;1.5;3;;;"Samen kalibreren\nFeedback op tijd";',
  '2023-2024;20-11-2023;Noorderlicht;;visie;;3;3,5;;;;',
  '2023-2024;21-11-2023;Zuiderzon;;Visie;;1,5;2;;;;',
  ';22-11-2023;;passietool-2019;samen-onderzoeken;;2;3;;;;',
];
const csvFile = (rows: string[]) =>
  Buffer.from(`${BOM}${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');

/** Importing earlier ZET rounds (issue 5, item 6): template, dry run, row errors, commit, idempotence. */
describe('Imports of earlier ZET rounds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.truncate();
  });

  async function setup() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { name: 'Opleidingsschool Rivierenland' });
    const north = await createLocation(db, p.id, { name: 'Noorderlicht' });
    const south = await createLocation(db, p.id, { name: 'Zuiderzon' });
    const other = await createPartnership(db, { name: 'Opleidingsschool Elders' });
    await createLocation(db, other.id, { name: 'Buitenaf' });
    const lead = await signInAs(t, 'programmaleider', p.id);
    return { p, north, south, other, lead };
  }

  const base = (pid: string) => `/api/v1/partnerships/${pid}`;
  const upload = (
    who: SignedInAgent,
    pid: string,
    file: Buffer,
    { dryRun = false, filename = 'geschiedenis.csv', contentType = 'text/csv' } = {},
  ) =>
    who.agent
      .post(`${base(pid)}/imports${dryRun ? '?dryRun=true' : ''}`)
      .set('x-csrf-token', who.csrf)
      .attach('file', file, { filename, contentType });
  const reportOf = (body: unknown): ImportReport => importReportSchema.strict().parse(body);
  const problemOf = (body: unknown) => problemSchema.strict().parse(body);

  async function counts() {
    const [row] = await t.dataSource.query<
      [{ evaluations: number; sessions: number; findings: number; batches: number; keys: number }]
    >(
      `select (select count(*)::int from evaluation) as evaluations,
              (select count(*)::int from theme_session) as sessions,
              (select count(*)::int from finding) as findings,
              (select count(*)::int from import_batch) as batches,
              (select count(*)::int from imported_row) as keys`,
    );
    return row;
  }

  describe('template', () => {
    it('documents the columns and offers CSV and XLSX downloads that read back as the template', async () => {
      const { p, lead } = await setup();
      const doc = importTemplateSchema
        .strict()
        .parse((await lead.agent.get(`${base(p.id)}/imports/template`).expect(200)).body);
      const headers = doc.columns.map((c) => c.header);
      expect(headers).toEqual([
        'Schooljaar',
        'Datum',
        'Locatie',
        'Inhoudsversie',
        'Ronde',
        'Thema',
        'Groep',
        'Huidig scenario',
        'Gewenst scenario',
        'Onderbouwing',
        'Sterke punten',
        'Ontwikkelpunten',
        'Afspraken',
        'Deelnemers',
      ]);
      expect(doc.columns.filter((c) => c.required).map((c) => c.key)).toEqual([
        'datum',
        'thema',
        'huidig',
        'gewenst',
      ]);
      expect(doc.rules.join(' ')).toContain('alles of niets');

      const csv = await lead.agent.get(`${base(p.id)}/imports/template.csv`).expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(
        'attachment; filename="zet-import-sjabloon.csv"',
      );
      expect(csv.text.startsWith(BOM)).toBe(true);
      const parsed = Papa.parse<string[]>(csv.text.slice(1).trim(), { delimiter: ';' });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data[0]).toEqual(headers);
      expect(parsed.data).toHaveLength(3);

      const xlsx = await lead.agent
        .get(`${base(p.id)}/imports/template.xlsx`)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Gegevens',
        'Toelichting',
        "Thema's",
        'Rollen',
      ]);
      expect((workbook.getWorksheet('Gegevens')!.getRow(1).values as unknown[]).slice(1)).toEqual(
        headers,
      );
      const help = workbook.getWorksheet('Toelichting')!;
      const helpText: string[] = [];
      help.eachRow((row) => row.eachCell((cell) => helpText.push(cell.text)));
      expect(helpText.join('\n')).toContain('Regels met dezelfde datum, locatie en inhoudsversie');
      const themes: string[] = [];
      workbook.getWorksheet("Thema's")!.eachRow((row) => themes.push(row.getCell(3).text));
      expect(themes).toEqual(expect.arrayContaining(['samen-onderzoeken', 'rijke-leeromgeving']));

      // Both templates import as they are, apart from their example locatie.
      for (const [file, filename] of [
        [Buffer.from(csv.text, 'utf8'), 'sjabloon.csv'],
        [xlsx.body as Buffer, 'sjabloon.xlsx'],
      ] as const) {
        const report = reportOf(
          (await upload(lead, p.id, file, { dryRun: true, filename }).expect(200)).body,
        );
        expect(report.rows).toHaveLength(2);
        expect(report.errors.map((e) => [e.rowNumber, e.column])).toEqual([
          [2, 'Locatie'],
          [3, 'Locatie'],
        ]);
      }
    });

    it('is for the programmaleider only', async () => {
      const { p } = await setup();
      const board = await signInAs(t, 'stuurgroeplid', p.id);
      await board.agent.get(`${base(p.id)}/imports/template.csv`).expect(404);
      await upload(board, p.id, csvFile(GOOD_ROWS), { dryRun: true }).expect(404);
    });
  });

  describe('dry run', () => {
    it('previews a semicolon CSV with BOM: rows, dagdelen per locatie and date, and writes nothing', async () => {
      const { p, north, south, lead } = await setup();
      const before = await counts();
      const res = await upload(lead, p.id, csvFile(GOOD_ROWS), { dryRun: true }).expect(200);
      const report = reportOf(res.body);

      expect(report).toMatchObject({
        dryRun: true,
        batchId: null,
        fileName: 'geschiedenis.csv',
        format: 'csv',
        errors: [],
        notices: [],
        counts: {
          rows: 6,
          new: 6,
          alreadyImported: 0,
          invalid: 0,
          evaluationsCreated: 4,
          evaluationsExtended: 0,
          sessions: 6,
        },
      });
      expect(
        report.rows.map((r) => [
          r.rowNumber,
          r.status,
          r.schoolYear,
          r.heldOn,
          r.location?.name ?? null,
          r.themeCode,
          r.groupLabel,
        ]),
      ).toEqual([
        [2, 'new', '2022-2023', '2023-03-14', 'Noorderlicht', 'visie', ''],
        [3, 'new', '2022-2023', '2023-03-14', 'Noorderlicht', 'beoordelen', 'Groep A'],
        [4, 'new', '2022-2023', '2023-03-14', 'Noorderlicht', 'beoordelen', 'Groep B'],
        [5, 'new', '2023-2024', '2023-11-20', 'Noorderlicht', 'visie', ''],
        [6, 'new', '2023-2024', '2023-11-21', 'Zuiderzon', 'visie', ''],
        [7, 'new', '2023-2024', '2023-11-22', null, 'samen-onderzoeken', ''],
      ]);
      expect(report.evaluations).toEqual([
        {
          id: null,
          action: 'create',
          heldOn: '2023-03-14',
          schoolYear: '2022-2023',
          location: { id: north.id, name: 'Noorderlicht' },
          contentVersion: 'passietool-2019',
          sessions: 3,
          rowNumbers: [2, 3, 4],
        },
        expect.objectContaining({ heldOn: '2023-11-20', sessions: 1, rowNumbers: [5] }),
        expect.objectContaining({ location: { id: south.id, name: 'Zuiderzon' }, rowNumbers: [6] }),
        expect.objectContaining({ location: null, rowNumbers: [7] }),
      ]);
      expect(await counts()).toEqual(before);
    });

    it('lists every row error with its row number, column and a Dutch message, and the commit refuses it all', async () => {
      const { p, lead } = await setup();
      const file = csvFile([
        GOOD_ROWS[0]!,
        '2022-2023;14-03-2023;Buitenaf;;Visie;;2;3;;;;',
        '2022-2023;14-03-2023;Noorderlicht;;Rijke leeromgeving;;5;2,25;;;;',
        '2023-2024;14-03-2023;Noorderlicht;;Beoordelen;;2;2;;;;Student: vier',
        '2022-2023;14-03-2023;Noorderlicht;zet-2030;Visie;;2;3;;;;',
        GOOD_ROWS[0]!,
      ]);
      const before = await counts();
      const report = reportOf((await upload(lead, p.id, file, { dryRun: true }).expect(200)).body);
      expect(report.counts).toMatchObject({ rows: 6, new: 1, invalid: 5 });
      expect(report.rows.map((r) => r.status)).toEqual([
        'new',
        'invalid',
        'invalid',
        'invalid',
        'invalid',
        'invalid',
      ]);
      expect(report.errors.map((e) => [e.rowNumber, e.column, e.message])).toEqual([
        [
          3,
          'Locatie',
          'De locatie “Buitenaf” bestaat niet in dit partnerschap. Schrijf de naam zoals die in ZET Monitor staat, of laat de cel leeg voor een partnerschapsbreed dagdeel.',
        ],
        [
          4,
          'Thema',
          'Het thema “Rijke leeromgeving” hoort niet bij Passietool (2019), wel bij zet-2025. Vul die versie in de kolom Inhoudsversie in.',
        ],
        [
          4,
          'Huidig scenario',
          '“5” ligt niet op de schaal. Kies 1, 2, 3 of 4, of precies ertussen: 1,5; 2,5 of 3,5.',
        ],
        [
          4,
          'Gewenst scenario',
          '“2,25” ligt niet op de schaal. Kies 1, 2, 3 of 4, of precies ertussen: 1,5; 2,5 of 3,5.',
        ],
        [
          5,
          'Datum',
          'Deze datum valt niet in schooljaar 2023-2024 (1 augustus 2023 tot en met 31 juli 2024).',
        ],
        [
          5,
          'Onderbouwing',
          'Het gewenste scenario is gelijk aan het huidige. Vul dan een onderbouwing in: waarom wil de groep hier blijven?',
        ],
        [
          5,
          'Deelnemers',
          'Het aantal bij “Student” moet een heel getal van 0 tot en met 100 zijn.',
        ],
        [
          6,
          'Inhoudsversie',
          'De inhoudsversie “zet-2030” bestaat niet. Kies passietool-2019 of zet-2025, of laat de cel leeg.',
        ],
        [
          7,
          'Groep',
          'Deze regel staat dubbel in het bestand: regel 2 heeft hetzelfde schooljaar, dezelfde locatie, datum, thema en groep. Geef groepen die hetzelfde thema bespraken elk een eigen groepsnaam.',
        ],
      ]);

      const refused = problemOf((await upload(lead, p.id, file).expect(400)).body);
      expect(refused.detail).toBe(
        'Er is niets geïmporteerd: niet alle regels kloppen. Herstel de gemelde regels en importeer het bestand opnieuw.',
      );
      expect(refused.errors?.map((e) => e.path)).toEqual(
        expect.arrayContaining([
          ['rows', 3, 'Locatie'],
          ['rows', 4, 'Huidig scenario'],
          ['rows', 7, 'Groep'],
        ]),
      );
      expect(refused.errors).toHaveLength(9);
      expect(await counts()).toEqual(before);
    });

    it('refuses a file without the required columns, an unsupported file (415) and a missing file (400), in Dutch', async () => {
      const { p, lead } = await setup();
      const missing = reportOf(
        (
          await upload(lead, p.id, Buffer.from('Datum;Locatie\n14-03-2023;Noorderlicht\n'), {
            dryRun: true,
          }).expect(200)
        ).body,
      );
      expect(missing.rows).toEqual([]);
      expect(missing.errors.map((e) => e.message)).toEqual([
        'De kolom “Thema” ontbreekt in de kopregel. Gebruik de kolomnamen van het sjabloon.',
        'De kolom “Huidig scenario” ontbreekt in de kopregel. Gebruik de kolomnamen van het sjabloon.',
        'De kolom “Gewenst scenario” ontbreekt in de kopregel. Gebruik de kolomnamen van het sjabloon.',
      ]);
      await upload(lead, p.id, Buffer.from('Datum;Locatie\n14-03-2023;Noorderlicht\n')).expect(400);

      const pdf = await upload(lead, p.id, Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n'), {
        filename: 'verslag.csv',
      }).expect(415);
      expect(problemOf(pdf.body).detail).toContain(
        'Upload een Excel-bestand (.xlsx) of een CSV-bestand',
      );

      const none = await lead.agent
        .post(`${base(p.id)}/imports?dryRun=true`)
        .set('x-csrf-token', lead.csrf)
        .send({})
        .expect(400);
      expect(problemOf(none.body).detail).toBe('Kies een CSV- of Excel-bestand om te importeren.');
    });

    it('answers 413 in Dutch for a file over 2 MB', async () => {
      const { p, lead } = await setup();
      const big = Buffer.concat([csvFile(GOOD_ROWS), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
      const res = await upload(lead, p.id, big, { dryRun: true }).expect(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(problemOf(res.body).detail).toBe(
        'Dit bestand is te groot om te importeren (hoogstens 2 MB).',
      );
    });
  });

  describe('commit', () => {
    it('creates finalised dagdelen, visible in the trajectory and the audit log', async () => {
      const { p, north, south, lead } = await setup();
      const res = await upload(lead, p.id, csvFile(GOOD_ROWS)).expect(201);
      const report = reportOf(res.body);
      expect(report.dryRun).toBe(false);
      expect(report.batchId).toEqual(expect.any(String));
      expect(report.counts).toMatchObject({ new: 6, evaluationsCreated: 4, sessions: 6 });
      expect(report.evaluations.every((e) => e.id !== null)).toBe(true);
      expect(await counts()).toEqual({
        evaluations: 4,
        sessions: 6,
        findings: 6,
        batches: 1,
        keys: 6,
      });

      const list = listOf(evaluationSummarySchema).parse(
        (await lead.agent.get(`${base(p.id)}/evaluations`).expect(200)).body,
      );
      expect(
        list.items.map((e) => [e.heldOn, e.status, e.location?.name ?? null, e.sessionCount]),
      ).toEqual([
        ['2023-11-22', 'finalised', null, 1],
        ['2023-11-21', 'finalised', 'Zuiderzon', 1],
        ['2023-11-20', 'finalised', 'Noorderlicht', 1],
        ['2023-03-14', 'finalised', 'Noorderlicht', 3],
      ]);

      const march = report.evaluations[0]!;
      const detail = evaluationDetailSchema
        .strict()
        .parse((await lead.agent.get(`${base(p.id)}/evaluations/${march.id}`).expect(200)).body);
      expect(detail).toMatchObject({
        status: 'finalised',
        contentVersion: 'passietool-2019',
        schoolYear: '2022-2023',
        location: { id: north.id },
        finalisedBy: { userId: lead.member.userId },
      });
      const sessions = detail.rounds[0]!.sessions;
      expect(
        sessions.map((s) => [s.themeCode, s.groupLabel, s.currentPlacement, s.desiredPlacement]),
      ).toEqual([
        ['visie', '', 2, 3],
        ['beoordelen', 'Groep A', 2.5, 2.5],
        ['beoordelen', 'Groep B', 1.5, 3],
      ]);
      const visie = themeSessionCaptureSchema
        .strict()
        .parse(
          (
            await lead.agent
              .get(`${base(p.id)}/evaluations/${march.id}/sessions/${sessions[0]!.id}`)
              .expect(200)
          ).body,
        );
      expect(visie.findings.map((f) => [f.kind, f.text])).toEqual([
        ['strength', 'Gedeelde taal over opleiden'],
        ['strength', 'Betrokken schoolleiding'],
        ['development', 'Visie vertalen naar de begeleiding'],
      ]);
      expect(visie.participants).toEqual([
        { role: 'student', side: 'school', expected: 4, present: 4 },
        { role: 'werkplekbegeleider', side: 'school', expected: 5, present: 5 },
        { role: 'instituutsopleider', side: 'instituut', expected: 2, present: 2 },
      ]);
      const groupB = themeSessionCaptureSchema.parse(
        (
          await lead.agent
            .get(`${base(p.id)}/evaluations/${march.id}/sessions/${sessions[2]!.id}`)
            .expect(200)
        ).body,
      );
      expect(groupB.findings.map((f) => f.text)).toEqual(['Samen kalibreren', 'Feedback op tijd']);

      const trajectory = themeTrajectorySchema.parse(
        (await lead.agent.get(`${base(p.id)}/dashboards/trajectory?theme=visie`).expect(200)).body,
      );
      expect(trajectory.schoolYears).toEqual(['2022-2023', '2023-2024']);
      const byName = Object.fromEntries(trajectory.series.map((s) => [s.location.name, s.points]));
      expect(
        byName.Noorderlicht?.map((pt) => [pt.schoolYear, pt.current, pt.desired, pt.groups]),
      ).toEqual([
        ['2022-2023', 2, 3, 1],
        ['2023-2024', 3, 3.5, 1],
      ]);
      expect(byName.Zuiderzon?.map((pt) => [pt.schoolYear, pt.current, pt.desired])).toEqual([
        ['2022-2023', null, null],
        ['2023-2024', 1.5, 2],
      ]);
      expect(trajectory.series.find((s) => s.location.name === 'Zuiderzon')?.location.id).toBe(
        south.id,
      );

      const audit = auditLogPageSchema.parse(
        (await lead.agent.get(`${base(p.id)}/audit-log`).expect(200)).body,
      );
      expect(audit.items.filter((e) => e.action === 'evaluation.finalised')).toHaveLength(4);
      expect(audit.items.filter((e) => e.action === 'import.committed')).toEqual([
        expect.objectContaining({
          actor: expect.objectContaining({ userId: lead.member.userId }),
          target: { type: 'import_batch', id: report.batchId },
          details: expect.objectContaining({ importedRows: 6, skippedRows: 0, evaluations: 4 }),
        }),
      ]);
    });

    it('imports the same file again without creating anything twice, and adds only the new rows of an overlapping file', async () => {
      const { p, lead } = await setup();
      const first = reportOf((await upload(lead, p.id, csvFile(GOOD_ROWS)).expect(201)).body);
      const after = await counts();

      const again = reportOf((await upload(lead, p.id, csvFile(GOOD_ROWS)).expect(201)).body);
      expect(again.counts).toMatchObject({
        rows: 6,
        new: 0,
        alreadyImported: 6,
        evaluationsCreated: 0,
        sessions: 0,
      });
      expect(again.evaluations).toEqual([]);
      expect(again.rows[0]!.note).toMatch(
        /^Al geïmporteerd op \d{2}-\d{2}-\d{4}; deze regel wordt overgeslagen\.$/,
      );
      expect(await counts()).toEqual({ ...after, batches: 2 });

      // The same dagdeel gains a group C; visie was re-entered with another placement.
      const overlapping = csvFile([
        GOOD_ROWS[0]!.replace(';2;3;', ';2,5;3;'),
        ...GOOD_ROWS.slice(1),
        '2022-2023;14-03-2023;Noorderlicht;;Beoordelen;Groep C;2;3;;;;',
      ]);
      const preview = reportOf(
        (await upload(lead, p.id, overlapping, { dryRun: true }).expect(200)).body,
      );
      expect(preview.rows.map((r) => r.status)).toEqual([
        'already_imported',
        'already_imported',
        'already_imported',
        'already_imported',
        'already_imported',
        'already_imported',
        'new',
      ]);
      expect(preview.rows[0]!.note).toContain('wijken af van wat toen is geïmporteerd');
      expect(preview.evaluations).toEqual([
        expect.objectContaining({
          id: first.evaluations[0]!.id,
          action: 'extend',
          sessions: 1,
          rowNumbers: [8],
        }),
      ]);

      const extended = reportOf((await upload(lead, p.id, overlapping).expect(201)).body);
      expect(extended.counts).toMatchObject({ new: 1, alreadyImported: 6, evaluationsExtended: 1 });
      expect(await counts()).toMatchObject({ evaluations: 4, sessions: 7, keys: 7 });
      const detail = evaluationDetailSchema.parse(
        (await lead.agent.get(`${base(p.id)}/evaluations/${first.evaluations[0]!.id}`).expect(200))
          .body,
      );
      expect(detail.status).toBe('finalised');
      expect(detail.rounds[0]!.sessions.map((s) => [s.groupLabel, s.currentPlacement])).toEqual([
        ['', 2],
        ['Groep A', 2.5],
        ['Groep B', 1.5],
        ['Groep C', 2],
      ]);
      const audit = auditLogPageSchema.parse(
        (await lead.agent.get(`${base(p.id)}/audit-log`).expect(200)).body,
      );
      expect(audit.items.find((e) => e.action === 'evaluation.corrected')?.details).toMatchObject({
        reason: 'Aangevuld met 1 themagesprek uit de import van geschiedenis.csv.',
      });
    });

    it('imports an XLSX workbook with date cells and numbers', async () => {
      const { p, north, lead } = await setup();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Blad1');
      sheet.addRow([
        'Datum',
        'Locatie',
        'Thema',
        'Groep',
        'Huidig scenario',
        'Gewenst scenario',
        'Ontwikkelpunten',
        'Ronde',
      ]);
      sheet.addRow([
        new Date(Date.UTC(2024, 1, 6)),
        'Noorderlicht',
        'Visie',
        '',
        2,
        2.5,
        'Eerste punt\nTweede punt',
        1,
      ]);
      sheet.addRow([
        new Date(Date.UTC(2024, 1, 6)),
        'noorderlicht',
        'Regie op leren',
        '',
        1.5,
        3,
        '',
        2,
      ]);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());

      const report = reportOf(
        (
          await upload(lead, p.id, file, {
            filename: 'ZET 2024.xlsx',
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }).expect(201)
        ).body,
      );
      expect(report).toMatchObject({
        format: 'xlsx',
        fileName: 'ZET 2024.xlsx',
        errors: [],
        counts: { new: 2, evaluationsCreated: 1, sessions: 2 },
      });
      const detail = evaluationDetailSchema.parse(
        (await lead.agent.get(`${base(p.id)}/evaluations/${report.evaluations[0]!.id}`).expect(200))
          .body,
      );
      expect(detail).toMatchObject({
        heldOn: '2024-02-06',
        schoolYear: '2023-2024',
        contentVersion: 'passietool-2019',
        location: { id: north.id },
        status: 'finalised',
      });
      expect(
        detail.rounds.map((r) =>
          r.sessions.map((s) => [s.themeCode, s.currentPlacement, s.desiredPlacement]),
        ),
      ).toEqual([[['visie', 2, 2.5]], [['regie-op-leren', 1.5, 3]]]);
    });

    it('keeps another partnership out: its locatie is a row error, and its programmaleider gets 404', async () => {
      const { p, other, lead } = await setup();
      const report = reportOf(
        (
          await upload(lead, p.id, csvFile(['2022-2023;14-03-2023;Buitenaf;;Visie;;2;3;;;;']), {
            dryRun: true,
          }).expect(200)
        ).body,
      );
      expect(report.errors).toEqual([
        {
          rowNumber: 2,
          column: 'Locatie',
          message: expect.stringContaining(
            'De locatie “Buitenaf” bestaat niet in dit partnerschap',
          ) as string,
        },
      ]);

      const otherLead = await signInAs(t, 'programmaleider', other.id);
      const res = await upload(otherLead, p.id, csvFile(GOOD_ROWS)).expect(404);
      expect(JSON.stringify(res.body)).not.toContain('Noorderlicht');
      expect(await counts()).toMatchObject({ evaluations: 0, batches: 0 });
    });
  });
});
