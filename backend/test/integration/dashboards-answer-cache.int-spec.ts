import type { Server } from 'node:http';
import {
  evaluationDetailSchema,
  heatmapSchema,
  locationDashboardSchema,
  partnershipSchema,
  safeguardsSchema,
} from '@zet/contracts';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/env';
import { DashboardAnswerCache } from '../../src/modules/dashboards/dashboard-answer-cache';
import {
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import { buildEvaluationPlan, buildPlanGroup } from '../factories/evaluation-plans';
import { createMember, signIn, signInAs, type SignedInAgent } from '../setup/auth';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import type { TestApp } from '../setup/test-app';

const SLOW = 180_000;
const NOORD = 'Noordster-school';
const ZUID = 'Zuidkaap-college';
const YEAR = '2025-2026';

/** The real app on `url`, configured as the other integration tests configure it. */
async function startApp(url: string): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    FRONTEND_DIST: '/nonexistent',
    LOGIN_RATE_PER_MINUTE: '10000',
    TOTP_REQUIRED_FOR: '',
    ERASURE_LOG: `/tmp/zet-test-erasures-${process.pid}-${Date.now()}.jsonl`,
  });
  const running = await createApp(config, { databaseUrl: url, logger: false });
  return {
    running,
    dataSource: running.dataSource,
    http: running.app.getHttpServer() as Server,
    truncate: () => Promise.resolve(),
    close: () => running.close(),
  };
}

/**
 * Dashboard answers are cached per partnership data version (migration DashboardDataVersion):
 * two app processes on one database, one answering, the other writing, as behind a load
 * balancer. The answering one must never serve an answer older than the data, and never one
 * cached for a viewer who may see more.
 */
describe('Dashboard answers cached per partnership data version', () => {
  let database: TestDatabase;
  let reader: TestApp;
  let writer: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    reader = await startApp(database.url);
    writer = await startApp(database.url);
  }, SLOW);
  afterAll(async () => {
    await writer?.close();
    await reader?.close();
    await database?.drop();
  }, SLOW);

  const cacheSize = () => reader.running.app.get(DashboardAnswerCache).size;

  /** Signs the same account in on the other process: sessions live in the database. */
  const on = (app: TestApp, who: SignedInAgent) => signIn(app, who.member);

  const send = (who: SignedInAgent, method: 'post' | 'patch' | 'put', url: string, body: object) =>
    who.agent[method](url).set('x-csrf-token', who.csrf).send(body);

  /**
   * Noord: a dagdeel planned and captured through the API, not yet finalised. Zuid: a finalised
   * visie session at 3. The readers sign in on `reader`, the writers on `writer`.
   */
  async function setup() {
    const db = writer.dataSource.manager;
    const p = await createPartnership(db);
    const noord = await createLocation(db, p.id, { name: NOORD });
    const zuid = await createLocation(db, p.id, { name: ZUID });
    const leadWrites = await signInAs(writer, 'programmaleider', p.id);
    const pb = await signIn(
      writer,
      await createMember(writer, { partnershipId: p.id, role: 'procesbegeleider' }),
    );
    const base = `/api/v1/partnerships/${p.id}`;
    const evaluation = evaluationDetailSchema.parse(
      (
        await send(
          leadWrites,
          'post',
          `${base}/evaluations`,
          buildEvaluationPlan({
            locationId: noord.id,
            rounds: [{ groups: [buildPlanGroup({ facilitatorId: pb.member.userId })] }],
          }),
        ).expect(201)
      ).body,
    );
    const sessionId = evaluation.rounds[0]!.sessions[0]!.id;
    const evaluationUrl = `${base}/evaluations/${evaluation.id}`;
    const sessionUrl = `${evaluationUrl}/sessions/${sessionId}`;
    await send(pb, 'patch', sessionUrl, {
      version: 1,
      currentPlacement: 2,
      desiredPlacement: 3,
      findings: [{ kind: 'development', text: 'Meer samen beoordelen.' }],
    }).expect(200);

    const [cycle] = await db.query<[{ id: string }]>(
      `select id from cycle where partnership_id = $1 and school_year = $2`,
      [p.id, YEAR],
    );
    const zuidEvaluation = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: cycle.id,
      locationId: zuid.id,
    });
    await createThemeSession(db, {
      evaluation: zuidEvaluation.evaluation,
      roundId: zuidEvaluation.round.id,
      themeCode: 'visie',
      current: 3,
      desired: 3.5,
    });

    const lead = await on(reader, leadWrites);
    const coordinator = await signInAs(reader, 'locatiecoordinator', p.id, [noord.id]);
    const dashboards = `${base}/dashboards`;
    return {
      p,
      noord,
      zuid,
      cycleId: cycle.id,
      base,
      dashboards,
      evaluationUrl,
      sessionUrl,
      leadWrites,
      lead,
      coordinator,
    };
  }

  const get = async (who: SignedInAgent, url: string): Promise<unknown> =>
    (await who.agent.get(url).expect(200)).body;

  const heatmapCell = async (who: SignedInAgent, url: string, location: string) => {
    const body = heatmapSchema.strict().parse(await get(who, `${url}/heatmap?schoolYear=${YEAR}`));
    return body.rows
      .find((r) => r.location.name === location)
      ?.cells.find((c) => c.theme === 'visie')?.current;
  };

  it(
    'answers an identical second request from the cache, with the same answer',
    async () => {
      const s = await setup();
      const first = await get(s.lead, `${s.dashboards}/heatmap?schoolYear=${YEAR}`);
      const size = cacheSize();
      const second = await get(s.lead, `${s.dashboards}/heatmap?schoolYear=${YEAR}`);
      expect(second).toEqual(first);
      expect(cacheSize()).toBe(size);
      // The same query with its parameters in another order is the same entry.
      await get(s.lead, `${s.dashboards}/heatmap?theme=visie&schoolYear=${YEAR}`);
      expect(cacheSize()).toBe(size + 1);
      await get(s.lead, `${s.dashboards}/heatmap?schoolYear=${YEAR}&theme=visie`);
      expect(cacheSize()).toBe(size + 1);
    },
    SLOW,
  );

  it(
    'reflects finalising and correcting a session written by another process in the next answer',
    async () => {
      const s = await setup();
      expect(await heatmapCell(s.lead, s.dashboards, NOORD)).toBeUndefined();
      expect(await heatmapCell(s.lead, s.dashboards, ZUID)).toBe(3);

      await send(s.leadWrites, 'post', `${s.evaluationUrl}/finalise`, { version: 1 }).expect(200);
      expect(await heatmapCell(s.lead, s.dashboards, NOORD)).toBe(2);

      const location = `${s.dashboards}/location/${s.noord.id}`;
      const texts = async () =>
        locationDashboardSchema
          .strict()
          .parse(await get(s.lead, location))
          .findings.map((f) => f.text);
      expect(await texts()).toEqual(['Meer samen beoordelen.']);

      await send(s.leadWrites, 'post', `${s.sessionUrl}/corrections`, {
        version: 2,
        reason: 'De flap was verkeerd overgenomen.',
        currentPlacement: 1.5,
        findings: [{ kind: 'development', text: 'Feedback komt te laat.' }],
      }).expect(200);
      expect(await heatmapCell(s.lead, s.dashboards, NOORD)).toBe(1.5);
      expect(await texts()).toEqual(['Feedback komt te laat.']);
    },
    SLOW,
  );

  it(
    'reflects a changed finding, action and rode lijn, and the partnership settings',
    async () => {
      const s = await setup();
      await send(s.leadWrites, 'post', `${s.evaluationUrl}/finalise`, { version: 1 }).expect(200);
      const db = writer.dataSource.manager;
      const location = `${s.dashboards}/location/${s.noord.id}`;
      const page = async () => locationDashboardSchema.strict().parse(await get(s.lead, location));

      expect((await page()).findings.map((f) => f.text)).toEqual(['Meer samen beoordelen.']);
      await db.query(
        `update finding set text = 'Beoordelen gebeurt nu samen.' where partnership_id = $1`,
        [s.p.id],
      );
      expect((await page()).findings.map((f) => f.text)).toEqual(['Beoordelen gebeurt nu samen.']);

      expect((await page()).openActions).toEqual([]);
      const [action] = await db.query<[{ id: string }]>(
        `insert into action (partnership_id, cycle_id, location_id, theme_code, title, pdca_phase)
         values ($1, $2, $3, 'visie', 'Visie herijken', 'plan') returning id`,
        [s.p.id, s.cycleId, s.noord.id],
      );
      expect((await page()).openActions.map((a) => a.title)).toEqual(['Visie herijken']);
      await db.query(`delete from action where id = $1`, [action.id]);
      expect((await page()).openActions).toEqual([]);

      const threadNames = async () =>
        safeguardsSchema
          .strict()
          .parse(await get(s.lead, `${s.dashboards}/safeguards`))
          .safeguards.flatMap((g) => g.commonThreads.map((t) => t.name));
      expect(await threadNames()).toEqual([]);
      const [thread] = await db.query<[{ id: string }]>(
        `insert into common_thread (partnership_id, cycle_id, name, kind, status, theme_code)
         values ($1, $2, 'Visie blijft vaag', 'placement', 'confirmed', 'visie') returning id`,
        [s.p.id, s.cycleId],
      );
      expect(new Set(await threadNames())).toEqual(new Set(['Visie blijft vaag']));
      // Renamed through the API, as zet_app, on the other process.
      await send(s.leadWrites, 'patch', `${s.base}/common-threads/${thread.id}`, {
        version: 1,
        name: 'Visie nog niet gedeeld',
      }).expect(200);
      expect(new Set(await threadNames())).toEqual(new Set(['Visie nog niet gedeeld']));

      // Open comparison: the coördinator of Noord now sees Zuid by name.
      expect(await heatmapCell(s.coordinator, s.dashboards, ZUID)).toBeUndefined();
      const settings = partnershipSchema.parse(
        (await s.leadWrites.agent.get(s.base).expect(200)).body,
      );
      await send(s.leadWrites, 'put', `${s.base}/settings`, {
        openComparison: true,
        minRoleGroupSize: 3,
        version: settings.version,
      }).expect(200);
      expect(await heatmapCell(s.coordinator, s.dashboards, ZUID)).toBe(3);
    },
    SLOW,
  );

  it(
    'never gives a locatie-coördinator an answer cached for the programmaleider, nor the reverse',
    async () => {
      const s = await setup();
      await send(s.leadWrites, 'post', `${s.evaluationUrl}/finalise`, { version: 1 }).expect(200);
      const urls = [
        'trajectory?theme=visie',
        'coverage',
        'gaps',
        'ambitions',
        'transitions',
        'safeguards',
        `heatmap?schoolYear=${YEAR}`,
        `location/${s.noord.id}`,
        'role-perspectives?theme=visie',
      ].map((u) => `${s.dashboards}/${u}`);

      for (const url of urls) await get(s.lead, url);
      expect(
        JSON.stringify(await get(s.lead, `${s.dashboards}/heatmap?schoolYear=${YEAR}`)),
      ).toContain(ZUID);
      for (const url of urls) {
        const text = JSON.stringify(await get(s.coordinator, url));
        expect({ url, zuidName: text.includes(ZUID), zuidId: text.includes(s.zuid.id) }).toEqual({
          url,
          zuidName: false,
          zuidId: false,
        });
      }
      // And the other way round: the programmaleider still sees Zuid after the coördinator asked.
      const other = await signInAs(reader, 'stuurgroeplid', s.p.id);
      expect(JSON.stringify(await get(other, `${s.dashboards}/coverage`))).toContain(ZUID);
    },
    SLOW,
  );

  it(
    'lets the app role read only its own partnership’s version, and write it only through the triggers',
    async () => {
      const s = await setup();
      const other = await createPartnership(writer.dataSource.manager);
      const asApp = <T>(work: (q: (sql: string) => Promise<unknown[]>) => Promise<T>) =>
        writer.dataSource.transaction(async (db) => {
          await db.query(`select set_config('app.partnership_id', $1, true)`, [s.p.id]);
          await db.query('set local role zet_app');
          return work((sql) => db.query(sql));
        });
      const versions = await asApp((q) =>
        q(`select partnership_id from dashboard_data_version order by 1`),
      );
      expect(versions).toEqual([{ partnership_id: s.p.id }]);
      await expect(
        asApp((q) => q(`update dashboard_data_version set version = 1`)),
      ).rejects.toThrow(/permission denied/);
      await expect(
        asApp((q) =>
          q(`insert into dashboard_data_version (partnership_id) values ('${other.id}')`),
        ),
      ).rejects.toThrow(/permission denied/);
    },
    SLOW,
  );
});
