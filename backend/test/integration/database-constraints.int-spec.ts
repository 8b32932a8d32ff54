import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import { createTestApp, type TestApp } from '../setup/test-app';

/** The rules the database itself enforces, whatever the code above it does. */
describe('database constraints', () => {
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

  async function fixture() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const location = await createLocation(db, p.id);
    const cycle = await createCycle(db, p.id, '2024-2025');
    const { evaluation, round } = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: cycle.id,
      locationId: location.id,
    });
    return { db, p, location, cycle, evaluation, round };
  }

  it.each([0.5, 2.25, 4.5, 5])('refuses placement %p', async (value) => {
    const { db, evaluation, round } = await fixture();
    await expect(
      createThemeSession(db, { evaluation, roundId: round.id, themeCode: 'visie', current: value }),
    ).rejects.toThrow(/check constraint/);
  });

  it('accepts every point of the scale', async () => {
    const { db, evaluation, round } = await fixture();
    for (const [i, value] of [1, 1.5, 2, 2.5, 3, 3.5, 4].entries()) {
      await createThemeSession(db, {
        evaluation,
        roundId: round.id,
        themeCode: 'visie',
        current: value,
        groupLabel: `G${i}`,
      });
    }
  });

  it('refuses a theme that is not in the evaluation’s content version', async () => {
    const { db, evaluation, round } = await fixture();
    await expect(
      createThemeSession(db, {
        evaluation,
        roundId: round.id,
        themeCode: 'bestaat-niet',
        current: 2,
      }),
    ).rejects.toThrow(/foreign key/);
  });

  it('refuses a locatie of another partnership', async () => {
    const { db, cycle, p } = await fixture();
    const other = await createPartnership(db);
    const foreignLocation = await createLocation(db, other.id);
    await expect(
      createEvaluation(db, {
        partnershipId: p.id,
        cycleId: cycle.id,
        locationId: foreignLocation.id,
      }),
    ).rejects.toThrow(/foreign key/);
  });

  it('keeps results: a locatie with evaluations cannot be deleted, only archived', async () => {
    const { db, location } = await fixture();
    await expect(db.query(`delete from location where id = $1`, [location.id])).rejects.toThrow(
      /foreign key/,
    );
  });

  it('refuses a schooljaar whose years do not follow each other', async () => {
    const { db, p } = await fixture();
    await expect(createCycle(db, p.id, '2024-2026')).rejects.toThrow(/check constraint/);
  });

  it('refuses the same schooljaar twice in one partnership', async () => {
    const { db, p } = await fixture();
    await expect(createCycle(db, p.id, '2024-2025')).rejects.toThrow(/unique/);
  });
});
