import ExcelJS from 'exceljs';
import {
  ambitionsSchema,
  coverageSchema,
  gapsSchema,
  heatmapSchema,
  locationDashboardSchema,
  safeguardsSchema,
  themeTrajectorySchema,
  transitionsSchema,
  type LocationDashboard,
  type Problem,
} from '@zet/contracts';
import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import { signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';
import { binaryBody } from '../setup/binary-body';

/**
 * Hand-computed fixture (current, desired per group; one evaluation per call):
 *
 *   visie (waarborgen: lerende leraar, organisatie, kwaliteitscultuur)
 *     Alfa   21-22 [2,3]            22-23 [2.5,3] [3,3.5]    23-24 —        24-25 [3,3.5] (+ a draft at 4)
 *     Beta   21-22 [1.5,2.5]       22-23 [2,2.5]            23-24 —        24-25 [2,3]
 *     Gamma                         22-23 [1,2] (passietool-2019)           24-25 [2.5,3]
 *     partnership-wide              22-23 [4,4]
 *   coachen-en-feedback (leeromgeving, lerende leraar)
 *     Alfa 24-25 [2,3]; Beta 24-25 [3,3]; Gamma 24-25 [1.5,3] [2,2.5] [2.5,3] → 2 / 3, spread 1.5–2.5
 *   beoordelen (leeromgeving): Beta 21-22 [1.5,2], 22-23 [2,2]
 *   regie-op-leren (leeromgeving, lerende leraar): Alfa 23-24 [2,2.5]
 *   Epsilon: active, never evaluated. Delta: archived, never evaluated.
 *
 * Results and everything below are derived by hand in the tests.
 */
type Fixture = Awaited<ReturnType<typeof seed>>;

const Y1 = '2021-2022';
const Y2 = '2022-2023';
const Y3 = '2023-2024';
const Y4 = '2024-2025';

async function seed(t: TestApp) {
  const db = t.dataSource.manager;
  const p = await createPartnership(db);
  const alfa = await createLocation(db, p.id, { name: 'Alfaschool' });
  const beta = await createLocation(db, p.id, { name: 'Betacollege' });
  const gamma = await createLocation(db, p.id, { name: 'Gammalyceum' });
  const epsilon = await createLocation(db, p.id, { name: 'Epsilonschool' });
  const delta = await createLocation(db, p.id, {
    name: 'Deltaschool',
    archivedAt: new Date('2024-01-01T00:00:00Z'),
  });
  const cycles: Record<string, string> = {};
  for (const y of [Y1, Y2, Y3, Y4]) cycles[y] = (await createCycle(db, p.id, y)).id;
  const [{ id: voltijd }] = await db.query<[{ id: string }]>(
    `insert into target_group (partnership_id, code, name) values ($1, 'voltijd', 'Voltijd') returning id`,
    [p.id],
  );

  const session = async (
    locationId: string | null,
    year: string,
    theme: string,
    groups: [number, number | null][],
    opts: {
      status?: 'draft' | 'finalised';
      contentVersionId?: string;
      targetGroupId?: string;
    } = {},
  ) => {
    const { evaluation, round } = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: cycles[year]!,
      locationId,
      status: opts.status,
      contentVersionId: opts.contentVersionId,
    });
    if (opts.targetGroupId) {
      await db.query(
        `insert into evaluation_target_group (evaluation_id, partnership_id, target_group_id) values ($1, $2, $3)`,
        [evaluation.id, p.id, opts.targetGroupId],
      );
    }
    const ids: string[] = [];
    let n = 0;
    for (const [current, desired] of groups) {
      const s = await createThemeSession(db, {
        evaluation,
        roundId: round.id,
        themeCode: theme,
        current,
        desired,
        groupLabel: `Groep ${++n}`,
      });
      ids.push(s.id);
    }
    return ids;
  };

  await session(alfa.id, Y1, 'visie', [[2, 3]]);
  await session(alfa.id, Y2, 'visie', [
    [2.5, 3],
    [3, 3.5],
  ]);
  const [alfaVisieY4] = await session(alfa.id, Y4, 'visie', [[3, 3.5]], { targetGroupId: voltijd });
  await session(alfa.id, Y4, 'visie', [[4, 4]], { status: 'draft' });
  await session(beta.id, Y1, 'visie', [[1.5, 2.5]]);
  const [betaVisieY2] = await session(beta.id, Y2, 'visie', [[2, 2.5]]);
  await session(beta.id, Y4, 'visie', [[2, 3]]);
  await session(gamma.id, Y2, 'visie', [[1, 2]], { contentVersionId: 'passietool-2019' });
  await session(gamma.id, Y4, 'visie', [[2.5, 3]]);
  await session(null, Y2, 'visie', [[4, 4]]);
  await session(alfa.id, Y4, 'coachen-en-feedback', [[2, 3]]);
  await session(beta.id, Y4, 'coachen-en-feedback', [[3, 3]]);
  await session(gamma.id, Y4, 'coachen-en-feedback', [
    [1.5, 3],
    [2, 2.5],
    [2.5, 3],
  ]);
  await session(beta.id, Y1, 'beoordelen', [[1.5, 2]]);
  const [betaBeoordelen] = await session(beta.id, Y2, 'beoordelen', [[2, 2]]);
  await session(alfa.id, Y3, 'regie-op-leren', [[2, 2.5]]);

  // Findings and actions for "Onze locatie".
  const finding = (
    sessionId: string,
    kind: 'strength' | 'development',
    text: string,
    position = 1,
  ) =>
    db.query(
      `insert into finding (partnership_id, theme_session_id, kind, text, position) values ($1, $2, $3, $4, $5) returning id`,
      [p.id, sessionId, kind, text, position],
    );
  await finding(betaVisieY2!, 'development', 'Nieuwe collega’s kennen de visie niet.');
  await finding(betaBeoordelen!, 'strength', 'Beoordelen gebeurt samen met het instituut.');
  await finding(alfaVisieY4!, 'strength', 'Alfa-eigen sterk punt.');
  const action = (locationId: string, title: string, status: string, dueOn: string | null) =>
    db.query(
      `insert into action (partnership_id, cycle_id, location_id, theme_code, title, status, pdca_phase, owner_role, due_on)
       values ($1, $2, $3, 'visie', $4, $5, 'do', 'schoolopleider', $6)`,
      [p.id, cycles[Y4], locationId, title, status, dueOn],
    );
  await action(beta.id, 'Visie in het inwerkprogramma', 'open', '2025-06-01');
  await action(beta.id, 'Visie-ambassadeurs', 'in_progress', null);
  await action(beta.id, 'Afgerond', 'done', null);
  await action(alfa.id, 'Actie van Alfa', 'open', null);

  // Rode lijnen: only confirmed ones appear under the waarborgen.
  const thread = async (name: string, status: string, theme: string | null, findingId?: string) => {
    const [{ id }] = await db.query<[{ id: string }]>(
      `insert into common_thread (partnership_id, cycle_id, name, kind, status, theme_code) values ($1, $2, $3, $4, $5, $6) returning id`,
      [p.id, cycles[Y4], name, findingId ? 'finding' : 'placement', status, theme],
    );
    if (findingId) {
      await db.query(
        `insert into common_thread_finding (partnership_id, common_thread_id, finding_id) values ($1, $2, $3)`,
        [p.id, id, findingId],
      );
    }
    return id;
  };
  const [{ id: beoordelenFinding }] = await db.query<[{ id: string }]>(
    `select id from finding where theme_session_id = $1`,
    [betaBeoordelen],
  );
  const feedback = await thread('Feedbackcultuur', 'confirmed', 'coachen-en-feedback');
  const samen = await thread('Samen beoordelen', 'confirmed', null, beoordelenFinding);
  await thread('Nog een voorstel', 'suggested', 'visie');
  await thread('Weggezet', 'dismissed', 'visie');

  // Another partnership's results never appear.
  const other = await createPartnership(db);
  const otherLocation = await createLocation(db, other.id, { name: 'Vreemde school' });
  const otherYear = await createCycle(db, other.id, Y4);
  const { evaluation, round } = await createEvaluation(db, {
    partnershipId: other.id,
    cycleId: otherYear.id,
    locationId: otherLocation.id,
  });
  await createThemeSession(db, {
    evaluation,
    roundId: round.id,
    themeCode: 'visie',
    current: 4,
    desired: 4,
  });

  return { p, alfa, beta, gamma, epsilon, delta, voltijd, feedback, samen };
}

describe('Dashboards: Ontwikkeling, Waarborgen, heatmap, Onze locatie', () => {
  let t: TestApp;
  let f: Fixture;
  let pl: Awaited<ReturnType<typeof signInAs>>['agent'];
  let coordinatorB: Awaited<ReturnType<typeof signInAs>>['agent'];
  const url = (path: string) => `/api/v1/partnerships/${f.p.id}/dashboards/${path}`;

  beforeAll(async () => {
    t = await createTestApp();
    f = await seed(t);
    pl = (await signInAs(t, 'programmaleider', f.p.id)).agent;
    coordinatorB = (await signInAs(t, 'locatiecoordinator', f.p.id, [f.beta.id])).agent;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('trajectory with filters', () => {
    it('states n and the partnership-wide line of its own', async () => {
      const body = themeTrajectorySchema
        .strict()
        .parse((await pl.get(url('trajectory?theme=visie')).expect(200)).body);
      expect(body.schoolYears).toEqual([Y1, Y2, Y3, Y4]);
      // Alfa 4 sessions (the draft does not count), Beta 3, Gamma 2, partnership-wide 1.
      expect(body.n).toEqual({ locations: 3, sessions: 10 });
      expect(
        body.partnership.map((p) => [p.median, p.low, p.high, p.desiredMedian, p.locations]),
      ).toEqual([
        [1.5, 1.5, 2, 2.5, 2],
        [2, 1, 2.5, 2.5, 3],
        [null, null, null, null, 0],
        [2.5, 2, 3, 3, 3],
      ]);
      expect(body.partnershipWide!.map((p) => p.current)).toEqual([null, 4, null, null]);
      const alfa = body.series.find((s) => s.location.name === 'Alfaschool')!;
      expect(alfa.points[1]).toEqual({
        schoolYear: Y2,
        current: 2.5,
        desired: 3,
        currentLow: 2.5,
        currentHigh: 3,
        groups: 2,
      });
      expect(alfa.points[2]!.current).toBeNull();
    });

    it('narrows to school years and locaties; the partnership line then rests on those', async () => {
      const res = await pl
        .get(
          url(
            `trajectory?theme=visie&schoolYears=${Y1},${Y2}&locationIds=${f.alfa.id}&locationIds=${f.beta.id}`,
          ),
        )
        .expect(200);
      const body = themeTrajectorySchema.strict().parse(res.body);
      expect(body.schoolYears).toEqual([Y1, Y2]);
      expect(body.series.map((s) => s.location.name)).toEqual(['Alfaschool', 'Betacollege']);
      // 2022-2023 over Alfa 2.5 and Beta 2 only: lower median 2; no partnership-wide line with a locatie filter.
      expect(body.partnership.map((p) => [p.median, p.locations])).toEqual([
        [1.5, 2],
        [2, 2],
      ]);
      expect(body.partnershipWide).toEqual([]);
      expect(body.n).toEqual({ locations: 2, sessions: 5 });
    });

    it('narrows to a doelgroep through the evaluations that served it', async () => {
      const body = themeTrajectorySchema
        .strict()
        .parse(
          (await pl.get(url(`trajectory?theme=visie&targetGroup=${f.voltijd}`)).expect(200)).body,
        );
      expect(body.series.map((s) => s.location.name)).toEqual(['Alfaschool']);
      expect(body.partnership[3]).toMatchObject({ median: 3, locations: 1 });
      expect(body.n).toEqual({ locations: 1, sessions: 1 });
    });

    it('answers 400 with the field path for a malformed filter', async () => {
      const res = await pl.get(url('trajectory?theme=visie&schoolYears=2024-2026')).expect(400);
      expect((res.body as Problem).errors?.[0]?.path).toEqual(['schoolYears', 0]);
      const bad = await pl.get(url('trajectory?theme=visie&locationIds=niet-een-id')).expect(400);
      expect((bad.body as Problem).errors?.[0]?.path).toEqual(['locationIds', 0]);
    });
  });

  describe('coverage', () => {
    it('gives the last year per locatie and theme, flags two years or more (and never) as stale', async () => {
      const body = coverageSchema.strict().parse((await pl.get(url('coverage')).expect(200)).body);
      expect(body.referenceYear).toBe(Y4);
      expect(body.themes).toHaveLength(11);
      // Archived Delta without results is left out; Epsilon without results stays (all stale).
      expect(body.rows.map((r) => r.location.name)).toEqual([
        'Alfaschool',
        'Betacollege',
        'Epsilonschool',
        'Gammalyceum',
      ]);
      const cell = (location: string, theme: string) =>
        body.rows.find((r) => r.location.name === location)!.cells.find((c) => c.theme === theme)!;
      expect(cell('Alfaschool', 'visie')).toEqual({
        theme: 'visie',
        lastSchoolYear: Y4,
        yearsSince: 0,
        stale: false,
        sessions: 4,
      });
      expect(cell('Alfaschool', 'regie-op-leren')).toEqual({
        theme: 'regie-op-leren',
        lastSchoolYear: Y3,
        yearsSince: 1,
        stale: false,
        sessions: 1,
      });
      expect(cell('Betacollege', 'beoordelen')).toEqual({
        theme: 'beoordelen',
        lastSchoolYear: Y2,
        yearsSince: 2,
        stale: true,
        sessions: 2,
      });
      expect(cell('Gammalyceum', 'visie')).toMatchObject({ lastSchoolYear: Y4, sessions: 2 });
      expect(cell('Epsilonschool', 'visie')).toEqual({
        theme: 'visie',
        lastSchoolYear: null,
        yearsSince: null,
        stale: true,
        sessions: 0,
      });
      expect(body.perTheme.find((p) => p.theme === 'visie')).toEqual({
        theme: 'visie',
        locations: 4,
        evaluated: 3,
        stale: 1,
      });
      expect(body.perTheme.find((p) => p.theme === 'beoordelen')).toEqual({
        theme: 'beoordelen',
        locations: 4,
        evaluated: 1,
        stale: 4,
      });
      expect(body.partnershipWide!.find((c) => c.theme === 'visie')).toEqual({
        theme: 'visie',
        lastSchoolYear: Y2,
        yearsSince: 2,
        stale: true,
        sessions: 1,
      });
      expect(body.n).toEqual({ locations: 3, sessions: 18 });
    });

    it('shows the themes of one waarborg when filtered on it', async () => {
      const body = coverageSchema
        .strict()
        .parse((await pl.get(url('coverage?safeguard=leeromgeving')).expect(200)).body);
      expect(body.themes.map((t) => t.code)).toEqual([
        'theorie-praktijk-persoon',
        'onderzoekende-houding',
        'rijke-leeromgeving',
        'rijke-leeromgeving-regie-op-leren',
        'coachen-en-feedback',
        'regie-op-leren',
        'beoordelen',
      ]);
      expect(body.n).toEqual({ locations: 3, sessions: 8 });
    });
  });

  it('gives the current–desired gap per theme and year as a distribution with median and range', async () => {
    const body = gapsSchema.strict().parse((await pl.get(url('gaps')).expect(200)).body);
    const visie = body.themes.find((th) => th.theme.code === 'visie')!;
    // 2021-2022: Alfa 3−2 = 1, Beta 2.5−1.5 = 1.
    expect(visie.years[0]).toEqual({
      schoolYear: Y1,
      locations: 2,
      medianCurrent: 1.5,
      medianDesired: 2.5,
      medianGap: 1,
      lowGap: 1,
      highGap: 1,
      distribution: [{ gap: 1, locations: 2 }],
    });
    // 2022-2023: Alfa 0.5, Beta 0.5, Gamma 1.
    expect(visie.years[1]).toMatchObject({
      locations: 3,
      medianGap: 0.5,
      lowGap: 0.5,
      highGap: 1,
      distribution: [
        { gap: 0.5, locations: 2 },
        { gap: 1, locations: 1 },
      ],
    });
    expect(visie.years[2]).toMatchObject({ locations: 0, medianGap: null, distribution: [] });
    // coachen 2024-2025: Alfa 1, Beta 0, Gamma 3−2 = 1.
    const coachen = body.themes.find((th) => th.theme.code === 'coachen-en-feedback')!;
    expect(coachen.years[3]).toMatchObject({
      locations: 3,
      medianGap: 1,
      lowGap: 0,
      highGap: 1,
      distribution: [
        { gap: 0, locations: 1 },
        { gap: 1, locations: 2 },
      ],
    });
  });

  it('tracks ambitions: did the current placement reach the previous desired one, did the desired one rise', async () => {
    const body = ambitionsSchema.strict().parse((await pl.get(url('ambitions')).expect(200)).body);
    const visie = body.themes.find((th) => th.theme.code === 'visie')!;
    expect(visie.years.find((y) => y.schoolYear === Y2)).toEqual({
      schoolYear: Y2,
      locations: 2,
      reached: 0,
      notReached: 2,
      rose: 0,
      same: 2,
      fell: 0,
    });
    expect(visie.years.find((y) => y.schoolYear === Y4)).toEqual({
      schoolYear: Y4,
      locations: 3,
      reached: 2,
      notReached: 1,
      rose: 3,
      same: 0,
      fell: 0,
    });
    const alfaVisie = body.locations.find(
      (l) => l.location.name === 'Alfaschool' && l.theme === 'visie',
    );
    // Alfa 2024-2025 against its previous result (2022-2023, the year between is a gap).
    expect(alfaVisie).toEqual({
      location: { id: f.alfa.id, name: 'Alfaschool' },
      theme: 'visie',
      schoolYear: Y4,
      previousSchoolYear: Y2,
      previousDesired: 3,
      current: 3,
      desired: 3.5,
      reached: true,
      ambition: 'rose',
    });
    expect(
      body.locations.find((l) => l.location.name === 'Betacollege' && l.theme === 'beoordelen'),
    ).toMatchObject({
      schoolYear: Y2,
      reached: true,
      ambition: 'same',
    });
  });

  it('counts transitions between scenarios from one result to the next', async () => {
    const all = transitionsSchema
      .strict()
      .parse((await pl.get(url('transitions')).expect(200)).body);
    expect(all.transitions).toEqual([
      { from: 1, to: 2.5, count: 1 },
      { from: 1.5, to: 2, count: 2 },
      { from: 2, to: 2, count: 1 },
      { from: 2, to: 2.5, count: 1 },
      { from: 2.5, to: 3, count: 1 },
    ]);
    expect(all.steps).toBe(6);
    expect(all.themes.map((th) => [th.theme.code, th.steps])).toEqual([
      ['visie', 5],
      ['beoordelen', 1],
    ]);
    // One theme, two school years: each count is a number of locaties.
    const res = await pl.get(url(`transitions?theme=visie&schoolYears=${Y2},${Y4}`)).expect(200);
    const two = transitionsSchema.strict().parse(res.body);
    expect(two.transitions).toEqual([
      { from: 1, to: 2.5, count: 1 },
      { from: 2, to: 2, count: 1 },
      { from: 2.5, to: 3, count: 1 },
    ]);
    expect(two.n.locations).toBe(3);
  });

  describe('waarborgen', () => {
    it('rolls each theme up into every waarborg it belongs to, per year, as a distribution with median and n', async () => {
      const body = safeguardsSchema
        .strict()
        .parse((await pl.get(url('safeguards')).expect(200)).body);
      const sg = (code: string) => body.safeguards.find((s) => s.safeguard.code === code)!;
      const counts = (code: string, year: string) =>
        Object.fromEntries(
          sg(code)
            .years.find((y) => y.schoolYear === year)!
            .distribution.filter((d) => d.count)
            .map((d) => [d.placement, d.count]),
        );

      // Lerende leraar 2024-2025: visie {3, 2, 2.5} and coachen {2, 3, 2}: six results, lower median 2.
      expect(sg('lerende-leraar').years[3]).toMatchObject({
        schoolYear: Y4,
        results: 6,
        locations: 3,
        median: 2,
      });
      expect(counts('lerende-leraar', Y4)).toEqual({ 2: 3, 2.5: 1, 3: 2 });
      // Coachen counts for leeromgeving too.
      expect(sg('leeromgeving').years[3]).toMatchObject({ results: 3, median: 2 });
      expect(counts('leeromgeving', Y4)).toEqual({ 2: 2, 3: 1 });
      // Organisatie is visie only: a half-step median in 2024-2025, a gap in 2023-2024, Gamma's older-version result in 2022-2023.
      expect(sg('organisatie').years.map((y) => [y.median, y.results])).toEqual([
        [1.5, 2],
        [2, 3],
        [null, 0],
        [2.5, 3],
      ]);
      expect(sg('organisatie').years[3]!.desiredMedian).toBe(3);
      expect(counts('organisatie', Y2)).toEqual({ 1: 1, 2: 1, 2.5: 1 });
      expect(sg('organisatie').years[2]!.distribution.every((d) => d.count === 0)).toBe(true);
      expect(body.n).toEqual({ locations: 3, sessions: 18 });
    });

    it('ranks the themes by their median over locaties in the latest year, strongest and weakest', async () => {
      const body = safeguardsSchema
        .strict()
        .parse((await pl.get(url('safeguards')).expect(200)).body);
      const ll = body.safeguards.find((s) => s.safeguard.code === 'lerende-leraar')!;
      expect(ll.latestYear).toBe(Y4);
      expect(ll.themeRanking).toEqual([
        { theme: { code: 'visie', name: 'Visie' }, median: 2.5, low: 2, high: 3, locations: 3 },
        {
          theme: { code: 'coachen-en-feedback', name: 'Coachen en feedback' },
          median: 2,
          low: 2,
          high: 3,
          locations: 3,
        },
      ]);
      expect(ll).toMatchObject({ strongest: ['visie'], weakest: ['coachen-en-feedback'] });
      // One theme with results: nothing to call strongest or weakest.
      const lo = body.safeguards.find((s) => s.safeguard.code === 'leeromgeving')!;
      expect(lo).toMatchObject({ strongest: [], weakest: [] });
    });

    it('lists the confirmed rode lijnen under the waarborgen of their themes', async () => {
      const body = safeguardsSchema
        .strict()
        .parse((await pl.get(url('safeguards')).expect(200)).body);
      const names = (code: string) =>
        body.safeguards
          .find((s) => s.safeguard.code === code)!
          .commonThreads.map((c) => c.name)
          .sort();
      expect(names('leeromgeving')).toEqual(['Feedbackcultuur', 'Samen beoordelen']);
      expect(names('lerende-leraar')).toEqual(['Feedbackcultuur']);
      expect(names('organisatie')).toEqual([]);
    });

    it('narrows to one waarborg and one year', async () => {
      const res = await pl
        .get(url(`safeguards?safeguard=organisatie&schoolYears=${Y4}`))
        .expect(200);
      const body = safeguardsSchema.strict().parse(res.body);
      expect(body.safeguards.map((s) => s.safeguard.code)).toEqual(['organisatie']);
      expect(body.safeguards[0]!.years).toHaveLength(1);
      expect(body.filters).toEqual({
        schoolYears: [Y4],
        locationIds: null,
        targetGroup: null,
        theme: null,
        safeguard: 'organisatie',
      });
      expect(body.n).toEqual({ locations: 3, sessions: 3 });
    });

    it('answers 404 for a waarborg that does not exist', async () => {
      await pl.get(url('safeguards?safeguard=bestaat-niet')).expect(404);
    });
  });

  it('draws the heatmap of the newest year by default, with the partnership per theme and n', async () => {
    const body = heatmapSchema.strict().parse((await pl.get(url('heatmap')).expect(200)).body);
    expect(body.schoolYear).toBe(Y4);
    expect(body.rows.map((r) => r.location.name)).toEqual([
      'Alfaschool',
      'Betacollege',
      'Gammalyceum',
    ]);
    const gamma = body.rows.find((r) => r.location.name === 'Gammalyceum')!;
    expect(gamma.cells.find((c) => c.theme === 'coachen-en-feedback')).toEqual({
      theme: 'coachen-en-feedback',
      current: 2,
      desired: 3,
      currentLow: 1.5,
      currentHigh: 2.5,
      groups: 3,
    });
    expect(body.partnership.find((p) => p.theme === 'visie')).toEqual({
      theme: 'visie',
      median: 2.5,
      low: 2,
      high: 3,
      locations: 3,
    });
    expect(body.partnershipWide).toBeNull();
    const y2 = heatmapSchema
      .strict()
      .parse((await pl.get(url(`heatmap?schoolYear=${Y2}`)).expect(200)).body);
    expect(y2.partnershipWide!.find((c) => c.theme === 'visie')).toMatchObject({
      current: 4,
      groups: 1,
    });
    expect(y2.n).toEqual({ locations: 3, sessions: 6 });
  });

  describe('locatie-coördinator anonymity', () => {
    const others = () =>
      [f.alfa, f.gamma, f.epsilon, f.delta]
        .flatMap((l) => [l.id, l.name])
        .concat(['Vreemde school']);
    const expectNoOthers = (label: string, text: string) => {
      for (const secret of others()) {
        if (text.includes(secret)) throw new Error(`${label} leaks "${secret}"`);
      }
    };

    it('never receives another locatie’s name or id from any dashboard endpoint or export', async () => {
      const json = [
        'trajectory?theme=visie',
        `trajectory?theme=visie&schoolYears=${Y2}`,
        'coverage',
        'gaps',
        'ambitions',
        'transitions',
        'safeguards',
        'heatmap',
        `heatmap?schoolYear=${Y2}`,
        `location/${f.beta.id}`,
        'role-perspectives',
        'role-perspectives?theme=visie',
      ];
      for (const path of json) {
        const res = await coordinatorB.get(url(path)).expect(200);
        expectNoOthers(path, JSON.stringify(res.body));
      }
      // Their own locatie is there by name; the rest only as numbers.
      const trajectory = themeTrajectorySchema
        .strict()
        .parse((await coordinatorB.get(url('trajectory?theme=visie')).expect(200)).body);
      expect(trajectory.series.map((s) => s.location.name)).toEqual(['Betacollege']);
      // Two other locaties only: the partnership line is withheld (see Onze locatie below).
      expect(trajectory.partnership[3]).toMatchObject({ median: null, locations: 3 });
      const coverage = coverageSchema
        .strict()
        .parse((await coordinatorB.get(url('coverage')).expect(200)).body);
      expect(coverage.rows.map((r) => r.location.name)).toEqual(['Betacollege']);
      expect(coverage.perTheme.find((p) => p.theme === 'visie')).toEqual({
        theme: 'visie',
        locations: 4,
        evaluated: 3,
        stale: 1,
      });
      const ambitions = ambitionsSchema
        .strict()
        .parse((await coordinatorB.get(url('ambitions')).expect(200)).body);
      expect(new Set(ambitions.locations.map((l) => l.location.name))).toEqual(
        new Set(['Betacollege']),
      );

      for (const table of ['verdeling', 'themas', 'resultaten', 'rode-lijnen']) {
        const res = await coordinatorB.get(url(`safeguards/export.csv?table=${table}`)).expect(200);
        expectNoOthers(`csv ${table}`, res.text);
      }
      const results = await coordinatorB
        .get(url('safeguards/export.csv?table=resultaten'))
        .expect(200);
      expect(results.text).toContain('Betacollege');

      const xlsx = await coordinatorB
        .get(url('safeguards/export.xlsx'))
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as ArrayBuffer);
      const cells: string[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) => row.eachCell((cell) => cells.push(JSON.stringify(cell.value)))),
      );
      expectNoOthers('xlsx', cells.join('\n'));
    });

    it('refuses to narrow to another locatie, which would single it out', async () => {
      const res = await coordinatorB.get(url(`safeguards?locationIds=${f.alfa.id}`)).expect(400);
      expect((res.body as Problem).errors).toEqual([
        expect.objectContaining({ path: ['locationIds', 0] }),
      ]);
      await coordinatorB.get(url(`trajectory?theme=visie&locationIds=${f.beta.id}`)).expect(200);
    });

    it('names the other locaties once the partnership opts into open comparison', async () => {
      await t.dataSource.query(`update partnership set open_comparison = true where id = $1`, [
        f.p.id,
      ]);
      try {
        const body = themeTrajectorySchema
          .strict()
          .parse((await coordinatorB.get(url('trajectory?theme=visie')).expect(200)).body);
        expect(body.series.map((s) => s.location.name)).toEqual([
          'Alfaschool',
          'Betacollege',
          'Gammalyceum',
        ]);
      } finally {
        await t.dataSource.query(`update partnership set open_comparison = false where id = $1`, [
          f.p.id,
        ]);
      }
    });
  });

  describe('Onze locatie', () => {
    const visiePoints = (body: { themes: LocationDashboard['themes'] }) =>
      body.themes
        .find((th) => th.theme.code === 'visie')!
        .points.map((p) => [
          p.current,
          p.desired,
          p.partnership.median,
          p.partnership.low,
          p.partnership.high,
          p.partnership.locations,
        ]);

    it('gives the locatie its own trajectory against the partnership as median, range and n, its findings and open actions', async () => {
      const res = await pl.get(url(`location/${f.beta.id}`)).expect(200);
      const body = locationDashboardSchema.strict().parse(res.body);
      expect(body.location).toEqual({ id: f.beta.id, name: 'Betacollege', kind: 'school_vo' });
      expect(visiePoints(body)).toEqual([
        [1.5, 2.5, 1.5, 1.5, 2, 2],
        [2, 2.5, 2, 1, 2.5, 3],
        [null, null, null, null, null, 0],
        [2, 3, 2.5, 2, 3, 3],
      ]);
      expect(body.findings.map((x) => [x.schoolYear, x.theme, x.kind, x.text])).toEqual([
        [Y2, 'beoordelen', 'strength', 'Beoordelen gebeurt samen met het instituut.'],
        [Y2, 'visie', 'development', 'Nieuwe collega’s kennen de visie niet.'],
      ]);
      expect(body.openActions.map((a) => [a.title, a.status, a.dueOn])).toEqual([
        ['Visie in het inwerkprogramma', 'open', '2025-06-01'],
        ['Visie-ambassadeurs', 'in_progress', null],
      ]);
      expect(body.n).toEqual({ locations: 1, sessions: 6 });
    });

    it('hides the partnership’s median and range from the locatie while fewer other locaties than the minimum group size have a result', async () => {
      const points = async () =>
        visiePoints(
          locationDashboardSchema.parse(
            (await coordinatorB.get(url(`location/${f.beta.id}`)).expect(200)).body,
          ),
        );
      // One or two other locaties: their results would follow from median and range.
      expect(await points()).toEqual([
        [1.5, 2.5, null, null, null, 2],
        [2, 2.5, null, null, null, 3],
        [null, null, null, null, null, 0],
        [2, 3, null, null, null, 3],
      ]);
      await t.dataSource.query(`update partnership set min_role_group_size = 2 where id = $1`, [
        f.p.id,
      ]);
      try {
        expect(await points()).toEqual([
          [1.5, 2.5, null, null, null, 2],
          [2, 2.5, 2, 1, 2.5, 3],
          [null, null, null, null, null, 0],
          [2, 3, 2.5, 2, 3, 3],
        ]);
        // A coördinator of Alfa and Beta sees both by name: only Gamma is "other", one too few.
        const both = (await signInAs(t, 'locatiecoordinator', f.p.id, [f.alfa.id, f.beta.id]))
          .agent;
        expect(
          visiePoints(
            locationDashboardSchema.parse(
              (await both.get(url(`location/${f.beta.id}`)).expect(200)).body,
            ),
          ).map((p) => p[2]),
        ).toEqual([null, null, null, null]);
      } finally {
        await t.dataSource.query(`update partnership set min_role_group_size = 3 where id = $1`, [
          f.p.id,
        ]);
      }
    });

    it('is 404 for another locatie of a locatie-coördinator, and open to the programmaleider', async () => {
      await coordinatorB.get(url(`location/${f.alfa.id}`)).expect(404);
      await coordinatorB.get(url('location/niet-een-id')).expect(404);
      await pl.get(url(`location/${f.alfa.id}`)).expect(200);
    });
  });
});
