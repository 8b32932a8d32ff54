import {
  contentOverviewSchema,
  healthSchema,
  locationSchema,
  listOf,
  partnershipSchema,
  problemSchema,
} from '@zet/contracts';
import request from 'supertest';
import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import { createMember, signIn, signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('API basics', () => {
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

  it('reports the database in /api/health', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(healthSchema.strict().parse(res.body)).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves the content overview with the eleven themes of the current version', async () => {
    const { agent } = await signIn(t, await createMember(t));
    const res = await agent.get('/api/v1/content').expect(200);
    const body = contentOverviewSchema.strict().parse(res.body);
    expect(body.version.id).toBe('zet-2025');
    expect(body.themes).toHaveLength(11);
    expect(body.safeguards.map((s) => s.code)).toEqual([
      'lerende-leraar',
      'leeromgeving',
      'organisatie',
      'kwaliteitscultuur',
    ]);
  });

  it('answers an unknown route with 404 problem+json in Dutch', async () => {
    const res = await request(t.http)
      .get('/api/v1/bestaat-niet')
      .expect(404)
      .expect('content-type', /application\/problem\+json/);
    const body = problemSchema.parse(res.body);
    expect(body.detail).toMatch(/bestaan niet|niet gevonden/i);
  });

  it('answers a malformed or unknown partnership id with 404, never 500', async () => {
    const { agent } = await signIn(t, await createMember(t));
    await agent.get('/api/v1/partnerships/geen-uuid/locations').expect(404);
    await agent.get('/api/v1/partnerships/7d3f8a52-4b1e-4c8e-9a0f-2f6b1c9d8e7a').expect(404);
  });

  it('asks to sign in first, in Dutch', async () => {
    const res = await request(t.http).get('/api/v1/partnerships').expect(401);
    expect(problemSchema.parse(res.body).detail).toMatch(/aangemeld/);
  });

  it('lists a partnership, its locaties (archived last) and evaluations per schooljaar', async () => {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { name: 'Opleidingsschool Test' });
    const active = await createLocation(db, p.id, { name: 'Zuid' });
    await createLocation(db, p.id, { name: 'Archief', archivedAt: new Date() });
    const y = await createCycle(db, p.id, '2024-2025');
    const { evaluation, round } = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: y.id,
      locationId: active.id,
    });
    await createThemeSession(db, { evaluation, roundId: round.id, themeCode: 'visie', current: 2 });
    await createThemeSession(db, {
      evaluation,
      roundId: round.id,
      themeCode: 'beoordelen',
      current: 3,
    });

    const { agent } = await signInAs(t, 'programmaleider', p.id);
    const partnership = partnershipSchema
      .strict()
      .parse((await agent.get(`/api/v1/partnerships/${p.id}`).expect(200)).body);
    expect(partnership.name).toBe('Opleidingsschool Test');

    const locations = listOf(locationSchema.strict()).parse(
      (await agent.get(`/api/v1/partnerships/${p.id}/locations`).expect(200)).body,
    );
    expect(locations.items.map((l) => [l.name, l.archived])).toEqual([
      ['Zuid', false],
      ['Archief', true],
    ]);

    const evaluations = (
      await agent.get(`/api/v1/partnerships/${p.id}/evaluations?schoolYear=2024-2025`).expect(200)
    ).body;
    expect(evaluations.items).toHaveLength(1);
    expect(evaluations.items[0]).toMatchObject({
      schoolYear: '2024-2025',
      status: 'finalised',
      location: { id: active.id, name: 'Zuid' },
      sessionCount: 2,
    });
    expect([...evaluations.items[0].themeCodes].sort()).toEqual(['beoordelen', 'visie']);

    const none = (
      await agent.get(`/api/v1/partnerships/${p.id}/evaluations?schoolYear=2020-2021`).expect(200)
    ).body;
    expect(none.items).toEqual([]);
  });

  it('refuses a badly written schooljaar filter with a Dutch message', async () => {
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const { agent } = await signInAs(t, 'stuurgroeplid', p.id);
    const res = await agent
      .get(`/api/v1/partnerships/${p.id}/evaluations?schoolYear=2024`)
      .expect(400);
    expect(res.body.errors[0]).toMatchObject({
      path: ['schoolYear'],
      message: expect.stringMatching(/2025-2026/),
    });
  });

  it('serves the OpenAPI document', async () => {
    const res = await request(t.http).get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/partnerships/{partnershipId}/dashboards/trajectory']),
    );
  });
});
