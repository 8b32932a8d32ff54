import {
  attachmentListSchema,
  attachmentSchema,
  evaluationDetailSchema,
  problemSchema,
} from '@zet/contracts';
import { createLocation, createPartnership } from '../factories';
import { buildEvaluationPlan, buildPlanGroup } from '../factories/evaluation-plans';
import { createMember, signIn, signInAs, type SignedInAgent } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';
import { binaryBody } from '../setup/binary-body';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Photos of flip-overs and werkbladen with a theme session (issue 5, item 2). */
describe('Attachments of theme sessions', () => {
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

  /**
   * A dagdeel at Noord with two groups: visie facilitated by procesbegeleider 1, beoordelen by
   * procesbegeleider 2. Locatie-coördinators of Noord and of Zuid, a stuurgroeplid, and the
   * programmaleider of another partnership.
   */
  async function setup() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { name: 'Opleidingsschool De Delta' });
    const north = await createLocation(db, p.id, { name: 'Noord' });
    const south = await createLocation(db, p.id, { name: 'Zuid' });
    const lead = await signInAs(t, 'programmaleider', p.id);
    const pb1 = await signIn(
      t,
      await createMember(t, { partnershipId: p.id, role: 'procesbegeleider' }),
    );
    const pb2 = await signIn(
      t,
      await createMember(t, { partnershipId: p.id, role: 'procesbegeleider' }),
    );
    const res = await lead.agent
      .post(`/api/v1/partnerships/${p.id}/evaluations`)
      .set('x-csrf-token', lead.csrf)
      .send(
        buildEvaluationPlan({
          locationId: north.id,
          rounds: [
            {
              groups: [
                buildPlanGroup({ facilitatorId: pb1.member.userId }),
                buildPlanGroup({ themeCode: 'beoordelen', facilitatorId: pb2.member.userId }),
              ],
            },
          ],
        }),
      )
      .expect(201);
    const evaluation = evaluationDetailSchema.parse(res.body);
    const [visie, beoordelen] = evaluation.rounds[0]!.sessions.map((s) => s.id) as [string, string];
    const evaluationUrl = `/api/v1/partnerships/${p.id}/evaluations/${evaluation.id}`;
    const url = `${evaluationUrl}/sessions/${visie}/attachments`;
    return {
      db,
      p,
      north,
      south,
      lead,
      pb1,
      pb2,
      evaluation,
      visie,
      beoordelen,
      evaluationUrl,
      url,
    };
  }

  const upload = (
    who: SignedInAgent,
    url: string,
    file: Buffer,
    filename = 'flip-over.png',
    contentType = 'image/png',
  ) =>
    who.agent
      .post(url)
      .set('x-csrf-token', who.csrf)
      .attach('file', file, { filename, contentType });
  const problemOf = (body: unknown) => problemSchema.strict().parse(body);
  const stored = async () =>
    (await t.dataSource.query<[{ n: number }]>(`select count(*)::int as n from attachment`))[0].n;

  it('stores a photo in the database and serves it back, byte for byte, inline and unsniffable', async () => {
    const { lead, pb1, url, visie } = await setup();
    const res = await upload(pb1, url, PNG, 'Flip-over ronde 1 – visie.png').expect(201);
    const attachment = attachmentSchema.strict().parse(res.body);
    expect(attachment).toMatchObject({
      themeSessionId: visie,
      filename: 'Flip-over ronde 1 – visie.png',
      contentType: 'image/png',
      size: PNG.length,
      createdBy: { userId: pb1.member.userId },
      canDelete: true,
    });

    const list = attachmentListSchema.strict().parse((await lead.agent.get(url).expect(200)).body);
    expect(list.items.map((a) => a.id)).toEqual([attachment.id]);
    expect(list.canUpload).toBe(true);

    const file = await lead.agent
      .get(`${url}/${attachment.id}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(Buffer.compare(file.body as Buffer, PNG)).toBe(0);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toBe(
      `inline; filename="Flip-over ronde 1 _ visie.png"; filename*=UTF-8''Flip-over%20ronde%201%20%E2%80%93%20visie.png`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private');

    // The same photo again (a retried upload) is the same file, not a second one.
    const again = await upload(pb1, url, PNG, 'kopie.png').expect(200);
    expect(attachmentSchema.parse(again.body).id).toBe(attachment.id);
    expect(await stored()).toBe(1);
  });

  it('downloads a PDF as an attachment, whatever label the browser gave it', async () => {
    const { lead, url } = await setup();
    const res = await upload(lead, url, PDF, 'werkbladen', 'application/octet-stream').expect(201);
    const attachment = attachmentSchema.parse(res.body);
    expect(attachment).toMatchObject({
      contentType: 'application/pdf',
      filename: 'werkbladen.pdf',
    });
    const file = await lead.agent
      .get(`${url}/${attachment.id}`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="werkbladen.pdf"/);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
  });

  it('refuses a text file renamed .png (415) and a file over 8 MB (413), in Dutch, storing nothing', async () => {
    const { pb1, url } = await setup();
    const text = await upload(
      pb1,
      url,
      Buffer.from('Dit is geen foto maar tekst.\n'),
      'foto.png',
    ).expect(415);
    expect(problemOf(text.body).detail).toBe(
      'Dit bestand kan niet worden toegevoegd. Voeg een foto toe (JPEG, PNG of WebP) of een PDF-bestand.',
    );
    const html = await upload(pb1, url, PNG, 'foto.png', 'text/html').expect(415);
    expect(problemOf(html.body).status).toBe(415);

    const big = Buffer.concat([PNG, Buffer.alloc(8 * 1024 * 1024)]);
    const tooLarge = await upload(pb1, url, big, 'groot.png').expect(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect(problemOf(tooLarge.body).detail).toBe('Dit bestand is te groot (hoogstens 8 MB).');

    const none = await pb1.agent.post(url).set('x-csrf-token', pb1.csrf).send({}).expect(400);
    expect(problemOf(none.body).detail).toBe('Kies een foto of PDF-bestand om toe te voegen.');
    expect(await stored()).toBe(0);
  });

  it('shows files only within the session’s scope: 404 for another partnership, another locatie or another group', async () => {
    const { p, north, south, lead, pb2, url } = await setup();
    const attachment = attachmentSchema.parse((await upload(lead, url, PNG).expect(201)).body);
    const fileUrl = `${url}/${attachment.id}`;

    const otherPartnership = await createPartnership(t.dataSource.manager);
    const outsider = await signInAs(t, 'programmaleider', otherPartnership.id);
    const southCoordinator = await signInAs(t, 'locatiecoordinator', p.id, [south.id]);
    for (const who of [outsider, southCoordinator, pb2]) {
      await who.agent.get(url).expect(404);
      const res = await who.agent.get(fileUrl).expect(404);
      expect(JSON.stringify(res.body)).not.toContain('flip-over');
      await upload(who, url, PDF, 'x.pdf').expect(404);
    }
    // The outsider's own partnership id in the path does not help either.
    await outsider.agent.get(fileUrl.replace(p.id, otherPartnership.id)).expect(404);

    const northCoordinator = await signInAs(t, 'locatiecoordinator', p.id, [north.id]);
    const board = await signInAs(t, 'stuurgroeplid', p.id);
    for (const who of [northCoordinator, board]) {
      expect(
        attachmentListSchema.parse((await who.agent.get(url).expect(200)).body).items,
      ).toHaveLength(1);
      await who.agent.get(fileUrl).buffer(true).parse(binaryBody).expect(200);
    }
    expect(attachmentListSchema.parse((await board.agent.get(url)).body).canUpload).toBe(false);
    await upload(board, url, PDF, 'x.pdf').expect(404);
    await upload(northCoordinator, url, PDF, 'x.pdf').expect(201);
    expect(await stored()).toBe(2);
  });

  it('lets the session’s procesbegeleider add and remove files while draft; afterwards only the programmaleider', async () => {
    const { lead, pb1, evaluationUrl, url } = await setup();
    const first = attachmentSchema.parse((await upload(pb1, url, PNG).expect(201)).body);
    await pb1.agent.delete(`${url}/${first.id}`).set('x-csrf-token', pb1.csrf).expect(204);
    await pb1.agent.get(`${url}/${first.id}`).expect(404);

    const kept = attachmentSchema.parse((await upload(pb1, url, PNG).expect(201)).body);
    // Finalise the dagdeel: both sessions complete first.
    const detail = evaluationDetailSchema.parse(
      (await lead.agent.get(evaluationUrl).expect(200)).body,
    );
    for (const s of detail.rounds[0]!.sessions) {
      await lead.agent
        .patch(`${evaluationUrl}/sessions/${s.id}`)
        .set('x-csrf-token', lead.csrf)
        .send({ version: s.version, currentPlacement: 2, desiredPlacement: 3 })
        .expect(200);
    }
    const fresh = evaluationDetailSchema.parse(
      (await lead.agent.get(evaluationUrl).expect(200)).body,
    );
    await lead.agent
      .post(`${evaluationUrl}/finalise`)
      .set('x-csrf-token', lead.csrf)
      .send({ version: fresh.version })
      .expect(200);

    const refused = await pb1.agent
      .delete(`${url}/${kept.id}`)
      .set('x-csrf-token', pb1.csrf)
      .expect(403);
    expect(problemOf(refused.body).detail).toContain('zolang het dagdeel niet is vastgesteld');
    const late = await upload(pb1, url, PDF, 'scan.pdf').expect(403);
    expect(problemOf(late.body).detail).toContain('Na het vaststellen');
    expect(attachmentListSchema.parse((await pb1.agent.get(url).expect(200)).body)).toMatchObject({
      canUpload: false,
      items: [{ id: kept.id, canDelete: false }],
    });

    // Scans of the werkbladen may still come in through the programmaleider.
    await upload(lead, url, PDF, 'scan.pdf').expect(201);
    await lead.agent.delete(`${url}/${kept.id}`).set('x-csrf-token', lead.csrf).expect(204);
    expect(await stored()).toBe(1);
    await lead.agent.delete(`${url}/${kept.id}`).set('x-csrf-token', lead.csrf).expect(404);
  });

  it('keeps files in the partnership’s rows: row-level security hides them from another partnership', async () => {
    const { p, lead, url } = await setup();
    await upload(lead, url, PNG).expect(201);
    const other = await createPartnership(t.dataSource.manager);
    const visible = await t.dataSource.transaction(async (db) => {
      await db.query(`select set_config('app.partnership_id', $1, true)`, [other.id]);
      await db.query('set local role zet_app');
      return (await db.query<[{ n: number }]>(`select count(*)::int as n from attachment`))[0].n;
    });
    expect(visible).toBe(0);
    const own = await t.dataSource.transaction(async (db) => {
      await db.query(`select set_config('app.partnership_id', $1, true)`, [p.id]);
      await db.query('set local role zet_app');
      return (await db.query<[{ n: number }]>(`select count(*)::int as n from attachment`))[0].n;
    });
    expect(own).toBe(1);
  });
});
