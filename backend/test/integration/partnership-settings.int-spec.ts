import {
  auditLogPageSchema,
  listOf,
  locationSchema,
  partnershipSchema,
  problemSchema,
} from '@zet/contracts';
import { createLocation, createPartnership } from '../factories';
import { signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('Partnership settings: open comparison and minimum group size', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function setup() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const own = await createLocation(db, p.id, { name: 'Eigen school' });
    await createLocation(db, p.id, { name: 'Andere school' });
    const lead = await signInAs(t, 'programmaleider', p.id);
    const coordinator = await signInAs(t, 'locatiecoordinator', p.id, [own.id]);
    const url = `/api/v1/partnerships/${p.id}`;
    const current = async () =>
      partnershipSchema.strict().parse((await lead.agent.get(url).expect(200)).body);
    const put = (body: Record<string, unknown>, who = lead) =>
      who.agent.put(`${url}/settings`).set('x-csrf-token', who.csrf).send(body);
    const namesSeenByCoordinator = async () =>
      listOf(locationSchema)
        .parse((await coordinator.agent.get(`${url}/locations`).expect(200)).body)
        .items.map((l) => l.name);
    return { p, lead, coordinator, url, current, put, namesSeenByCoordinator };
  }

  it('lets the programmaleider open the comparison, after which locatie users see every locatie by name', async () => {
    const s = await setup();
    const before = await s.current();
    expect(before).toMatchObject({ openComparison: false, minRoleGroupSize: 3 });
    expect(await s.namesSeenByCoordinator()).toEqual(['Eigen school']);

    const res = await s
      .put({ openComparison: true, minRoleGroupSize: 4, version: before.version })
      .expect(200);
    const after = partnershipSchema.strict().parse(res.body);
    expect(after).toMatchObject({ openComparison: true, minRoleGroupSize: 4 });
    expect(after.version).toBe(before.version + 1);
    expect((await s.namesSeenByCoordinator()).sort()).toEqual(['Andere school', 'Eigen school']);

    const log = auditLogPageSchema.parse(
      (await s.lead.agent.get(`${s.url}/audit-log?action=partnership.settings_changed`).expect(200))
        .body,
    );
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      actor: { userId: s.lead.member.userId },
      details: {
        openComparison: { from: false, to: true },
        minRoleGroupSize: { from: 3, to: 4 },
      },
    });
  });

  it('refuses a stale version with 409 and keeps the newer choice', async () => {
    const s = await setup();
    const { version } = await s.current();
    await s.put({ openComparison: true, minRoleGroupSize: 3, version }).expect(200);
    const stale = await s.put({ openComparison: false, minRoleGroupSize: 3, version }).expect(409);
    expect(problemSchema.parse(stale.body).detail).toMatch(/intussen gewijzigd/);
    expect(await s.current()).toMatchObject({ openComparison: true });
  });

  it('lets only one of two simultaneous changes from the same version through', async () => {
    const s = await setup();
    const { version } = await s.current();
    const statuses = (
      await Promise.all([
        s.put({ openComparison: true, minRoleGroupSize: 3, version }),
        s.put({ openComparison: false, minRoleGroupSize: 5, version }),
      ])
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 409]);
    const after = await s.current();
    expect(after.version).toBe(version + 1);
  });

  it('answers a group size below 2 with a Dutch message on the field', async () => {
    const s = await setup();
    const { version } = await s.current();
    const res = await s.put({ openComparison: false, minRoleGroupSize: 1, version }).expect(400);
    expect(problemSchema.parse(res.body).errors).toEqual([
      {
        path: ['minRoleGroupSize'],
        message: 'Kies minstens 2: een groep van één maakt iemands antwoord herkenbaar.',
      },
    ]);
  });

  it('is the programmaleider’s alone: 404 for a locatie-coördinator', async () => {
    const s = await setup();
    const { version } = await s.current();
    await s.put({ openComparison: true, minRoleGroupSize: 3, version }, s.coordinator).expect(404);
    expect(await s.current()).toMatchObject({ openComparison: false, version });
  });
});
