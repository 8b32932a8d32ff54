import type { Problem } from '@zet/contracts';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PdfRenderer } from '../../src/modules/dashboards/pdf-renderer.service';
import { HYPERLINK, seedSafeguardsExport } from '../fixtures/safeguards-export';
import { createTestApp, type TestApp } from '../setup/test-app';
import { binaryBody } from '../setup/binary-body';

describe('Waarborgen exports: CSV, XLSX, and the PDF report without Chromium', () => {
  let t: TestApp;
  let partnershipId: string;
  let pl: Awaited<ReturnType<typeof seedSafeguardsExport>>['pl'];
  const url = (path: string) => `/api/v1/partnerships/${partnershipId}/${path}`;

  beforeAll(async () => {
    t = await createTestApp();
    ({ partnershipId, pl } = await seedSafeguardsExport(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('downloads the distribution per waarborg and year as Dutch CSV', async () => {
    const res = await pl.get(url('dashboards/safeguards/export.csv')).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="waarborgen-verdeling-opleidingsschool-export-2024-2025\.csv"$/,
    );
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe(
      '\ufeffWaarborg;Schooljaar;Resultaten (n);Locaties (n);Mediaan huidig;Mediaan gewenst;Scenario 1;Scenario 1,5;Scenario 2;Scenario 2,5;Scenario 3;Scenario 3,5;Scenario 4',
    );
    expect(lines).toContain('De organisatie;2024-2025;3;3;2,5;3;0;0;1;1;1;0;0');
    // Lerende leraar: visie {2, 3, 2.5} and coachen {3}: four results, lower median 2.5.
    expect(lines).toContain('De lerende leraar;2024-2025;4;3;2,5;3;0;0;1;1;2;0;0');
  });

  it('escapes text that a spreadsheet would run as a formula', async () => {
    const results = await pl
      .get(url('dashboards/safeguards/export.csv?table=resultaten'))
      .expect(200);
    const rows = Papa.parse<string[]>(results.text.replace(/^\ufeff/, ''), { delimiter: ';' }).data;
    const locations = rows.slice(1).map((r) => r[3]);
    expect(locations).toContain(`'${HYPERLINK}`);
    expect(locations).toContain("'@SUM(1+1)");
    expect(rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

    const threads = await pl
      .get(url('dashboards/safeguards/export.csv?table=rode-lijnen'))
      .expect(200);
    expect(threads.text).toContain("'-2+3 begeleiding");
  });

  it('answers 400 for an unknown table', async () => {
    const res = await pl.get(url('dashboards/safeguards/export.csv?table=alles')).expect(400);
    expect((res.body as Problem).errors?.[0]).toEqual({
      path: ['table'],
      message: 'Kies een bestaande tabel: verdeling, themas, resultaten of rode-lijnen.',
    });
  });

  it('downloads a workbook that opens, with every table, what the numbers rest on, and no formulas', async () => {
    const res = await pl
      .get(url('dashboards/safeguards/export.xlsx'))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Verantwoording',
      'Verdeling',
      "Thema's",
      'Resultaten',
      'Rode lijnen',
    ]);

    const verdeling = workbook.getWorksheet('Verdeling')!;
    const organisatie = verdeling
      .getSheetValues()
      .find(
        (row) => Array.isArray(row) && row[1] === 'De organisatie' && row[2] === '2024-2025',
      ) as unknown[];
    expect(organisatie.slice(1)).toEqual([
      'De organisatie',
      '2024-2025',
      3,
      3,
      2.5,
      3,
      0,
      0,
      1,
      1,
      1,
      0,
      0,
    ]);

    const formulas: string[] = [];
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    expect(texts).toContain(`'${HYPERLINK}`);
    expect(texts.filter((v) => /^[=+\-@]/.test(v))).toEqual([]);

    const about = workbook
      .getWorksheet('Verantwoording')!
      .getSheetValues()
      .filter(Array.isArray) as unknown[][];
    const value = (label: string) => about.find((r) => r[1] === label)?.[2];
    expect(value('Inhoudsversie(s)')).toBe('ZET Kwaliteitsontwikkeling (2025)');
    expect(value('Locaties (n)')).toBe(3);
    expect(value('Themagesprekken (n)')).toBe(4);
    expect(about.find((r) => r[1] === 'Student (leraar in opleiding)')?.slice(2)).toEqual([7, 7]);
  });

  it('records every export in the audit log', async () => {
    const before = await t.dataSource.query<[{ n: number }]>(
      `select count(*)::int as n from audit_log where action = 'export.created' and partnership_id = $1`,
      [partnershipId],
    );
    await pl.get(url('dashboards/safeguards/export.csv?table=themas')).expect(200);
    const [latest] = await t.dataSource.query<[{ details: { format: string; table: string } }]>(
      `select details from audit_log where action = 'export.created' and partnership_id = $1 order by id desc limit 1`,
      [partnershipId],
    );
    const after = await t.dataSource.query<[{ n: number }]>(
      `select count(*)::int as n from audit_log where action = 'export.created' and partnership_id = $1`,
      [partnershipId],
    );
    expect(after[0].n).toBe(before[0].n + 1);
    expect(latest.details).toMatchObject({ format: 'csv', table: 'themas' });
  });

  // Rendering the report needs Chromium: see test/browser. Without it the answer is a clear 503.
  describe('PDF report', () => {
    it('answers 404 for an unknown waarborg and 503 in Dutch when Chromium is missing', async () => {
      await pl.get(url('reports/safeguards.pdf?safeguard=bestaat-niet')).expect(404);
      const renderer = t.running.app.get(PdfRenderer);
      const path = renderer.executablePath;
      renderer.executablePath = '/nonexistent/chromium';
      try {
        const res = await pl
          .get(url('reports/safeguards.pdf'))
          .expect(503)
          .expect('content-type', /application\/problem\+json/);
        expect((res.body as Problem).detail).toMatch(/PDF-rapport/);
      } finally {
        renderer.executablePath = path;
      }
    });
  });
});
