import { type Problem, themeTrajectorySchema } from '@zet/contracts';
import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import { signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('GET /partnerships/:id/dashboards/trajectory', () => {
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
   * Hand-computed fixture on theme "visie":
   *   A 2022-2023: 2 (desired 3)               → 2 / 3
   *   A 2023-2024: groups 3 and 2.5            → lower median 2.5, spread 2.5–3, 2 groups
   *   A 2024-2025: nothing                     → gap
   *   B 2022-2023: 1.5 (desired 2.5)           → 1.5 / 2.5
   *   B 2023-2024: 2, 3, 3.5 over two evaluations, plus a draft at 4 that must not count → 3
   *   C 2023-2024: 1, recorded under the older content version's theme that continues as visie
   *   partnership-wide evaluation 2023-2024 at 4: never a locatie's result
   * Partnership line: 2022-2023 lower median of {1.5, 2} = 1.5 (n 2);
   *                   2023-2024 median of {1, 2.5, 3} = 2.5, spread 1–3 (n 3); 2024-2025 gap.
   */
  async function seedFixture() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const [a, b, c] = [
      await createLocation(db, p.id, { name: 'A-school' }),
      await createLocation(db, p.id, { name: 'B-college' }),
      await createLocation(db, p.id, { name: 'C-lyceum' }),
    ];
    const y1 = await createCycle(db, p.id, '2022-2023');
    const y2 = await createCycle(db, p.id, '2023-2024');
    await createCycle(db, p.id, '2024-2025');

    const session = async (
      locationId: string | null,
      cycleId: string,
      placements: [number, number | null][],
      opts: { status?: 'draft' | 'finalised'; contentVersionId?: string; themeCode?: string } = {},
    ) => {
      const { evaluation, round } = await createEvaluation(db, {
        partnershipId: p.id,
        cycleId,
        locationId,
        status: opts.status,
        contentVersionId: opts.contentVersionId,
      });
      let group = 0;
      for (const [current, desired] of placements) {
        await createThemeSession(db, {
          evaluation,
          roundId: round.id,
          themeCode: opts.themeCode ?? 'visie',
          current,
          desired,
          groupLabel: `Groep ${++group}`,
        });
      }
    };

    await session(a.id, y1.id, [[2, 3]]);
    await session(a.id, y2.id, [
      [3, 3.5],
      [2.5, 3],
    ]);
    await session(b.id, y1.id, [[1.5, 2.5]]);
    await session(b.id, y2.id, [
      [2, 3],
      [3.5, 4],
    ]);
    await session(b.id, y2.id, [[3, 3]]);
    await session(b.id, y2.id, [[4, 4]], { status: 'draft' });
    await session(c.id, y2.id, [[1, 2]], {
      contentVersionId: 'passietool-2019',
      themeCode: OLD_VISION_THEME,
    });
    await session(null, y2.id, [[4, 4]]);
    // Another theme at the same locatie must not leak into the visie line.
    await session(a.id, y1.id, [[4, 4]], { themeCode: 'beoordelen' });

    // Another partnership's results must never appear.
    const other = await createPartnership(db);
    const otherLocation = await createLocation(db, other.id);
    const otherYear = await createCycle(db, other.id, '2023-2024');
    const { evaluation, round } = await createEvaluation(db, {
      partnershipId: other.id,
      cycleId: otherYear.id,
      locationId: otherLocation.id,
    });
    await createThemeSession(db, { evaluation, roundId: round.id, themeCode: 'visie', current: 4 });

    return { p, a, b, c };
  }

  it('returns lower medians per locatie and year, gaps as nulls, and the partnership median with spread and n', async () => {
    const { p, a, b, c } = await seedFixture();
    const { agent } = await signInAs(t, 'programmaleider', p.id);
    const res = await agent
      .get(`/api/v1/partnerships/${p.id}/dashboards/trajectory?theme=visie`)
      .expect(200);
    const body = themeTrajectorySchema.strict().parse(res.body);

    expect(body.schoolYears).toEqual(['2022-2023', '2023-2024', '2024-2025']);
    const byName = Object.fromEntries(body.series.map((s) => [s.location.name, s]));
    expect(Object.keys(byName).sort()).toEqual([a.name, b.name, c.name].sort());

    expect(byName[a.name]!.points).toEqual([
      { schoolYear: '2022-2023', current: 2, desired: 3, currentLow: 2, currentHigh: 2, groups: 1 },
      {
        schoolYear: '2023-2024',
        current: 2.5,
        desired: 3,
        currentLow: 2.5,
        currentHigh: 3,
        groups: 2,
      },
      {
        schoolYear: '2024-2025',
        current: null,
        desired: null,
        currentLow: null,
        currentHigh: null,
        groups: 0,
      },
    ]);
    expect(byName[b.name]!.points[1]).toEqual({
      schoolYear: '2023-2024',
      current: 3,
      desired: 3,
      currentLow: 2,
      currentHigh: 3.5,
      groups: 3,
    });
    expect(byName[c.name]!.points[1]).toMatchObject({ current: 1, desired: 2, groups: 1 });

    expect(body.partnership).toEqual([
      { schoolYear: '2022-2023', median: 1.5, low: 1.5, high: 2, desiredMedian: 2.5, locations: 2 },
      { schoolYear: '2023-2024', median: 2.5, low: 1, high: 3, desiredMedian: 3, locations: 3 },
      {
        schoolYear: '2024-2025',
        median: null,
        low: null,
        high: null,
        desiredMedian: null,
        locations: 0,
      },
    ]);
  });

  it('puts a result recorded under a renamed theme of the older content version on the current theme', async () => {
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const location = await createLocation(db, p.id);
    const year = await createCycle(db, p.id, '2019-2020');
    const { evaluation, round } = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: year.id,
      locationId: location.id,
      contentVersionId: 'passietool-2019',
    });
    await createThemeSession(db, {
      evaluation,
      roundId: round.id,
      themeCode: 'theorie-persoon-praktijk',
      current: 1.5,
      desired: 2,
    });

    const { agent } = await signInAs(t, 'stuurgroeplid', p.id);
    const res = await agent
      .get(`/api/v1/partnerships/${p.id}/dashboards/trajectory?theme=theorie-praktijk-persoon`)
      .expect(200);
    const body = themeTrajectorySchema.strict().parse(res.body);
    expect(body.series).toHaveLength(1);
    expect(body.series[0]!.points).toEqual([
      {
        schoolYear: '2019-2020',
        current: 1.5,
        desired: 2,
        currentLow: 1.5,
        currentHigh: 1.5,
        groups: 1,
      },
    ]);
  });

  it('shows a locatie-coördinator only their own line, with the others as the unnamed partnership median', async () => {
    const { p, a, b, c } = await seedFixture();
    const { agent } = await signInAs(t, 'locatiecoordinator', p.id, [b.id]);
    const trajectory = async () =>
      themeTrajectorySchema
        .strict()
        .parse(
          (
            await agent
              .get(`/api/v1/partnerships/${p.id}/dashboards/trajectory?theme=visie`)
              .expect(200)
          ).body,
        );
    const body = await trajectory();
    expect(body.series.map((s) => s.location.name)).toEqual([b.name]);
    expect(JSON.stringify(body)).not.toContain(a.id);
    expect(JSON.stringify(body)).not.toContain(c.name);
    // Two other locaties, fewer than the minimum group size of 3: their results would follow
    // from median and range, so the line is withheld; n still says how many results there are.
    expect(body.partnership[1]).toMatchObject({
      median: null,
      low: null,
      high: null,
      locations: 3,
    });
    await t.dataSource.query(`update partnership set min_role_group_size = 2 where id = $1`, [
      p.id,
    ]);
    expect((await trajectory()).partnership[1]).toMatchObject({ median: 2.5, locations: 3 });
  });

  it('answers 404 problem+json for a theme that is not in the current content', async () => {
    const { p } = await seedFixture();
    const { agent } = await signInAs(t, 'programmaleider', p.id);
    const res = await agent
      .get(`/api/v1/partnerships/${p.id}/dashboards/trajectory?theme=bestaat-niet`)
      .expect(404)
      .expect('content-type', /application\/problem\+json/);
    expect((res.body as Problem).detail).toMatch(/thema/i);
  });

  it('answers 400 with the field path when the theme is missing', async () => {
    const { p } = await seedFixture();
    const { agent } = await signInAs(t, 'programmaleider', p.id);
    const res = await agent.get(`/api/v1/partnerships/${p.id}/dashboards/trajectory`).expect(400);
    expect((res.body as Problem).errors).toEqual([expect.objectContaining({ path: ['theme'] })]);
  });
});

/** A theme of the older content version that continues as "visie" in zet-2025. */
const OLD_VISION_THEME = 'visie';
