import type { Server } from 'node:http';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/env';
import { signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

async function existing(url: string): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'false', FRONTEND_DIST: '/nonexistent', LOGIN_RATE_PER_MINUTE: '10000', TOTP_REQUIRED_FOR: '' });
  const running = await createApp(config, { databaseUrl: url, logger: false });
  return { running, dataSource: running.dataSource, http: running.app.getHttpServer() as Server, truncate: async () => undefined, close: () => running.close() };
}

const PARTNERSHIPS = Number(process.env.PERF_PARTNERSHIPS ?? 20);

it('perf', async () => {
  const reuse = process.env.PERF_DB;
  const t: TestApp = reuse ? await existing(reuse) : await createTestApp();
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  console.log('database', t.dataSource.options.database);
  const started = Date.now();
  if (!reuse) {
  await q(`insert into partnership (name) select 'P' || i from generate_series(1, ${PARTNERSHIPS}) i`);
  await q(`insert into location (partnership_id, name, kind) select p.id, 'Loc ' || i, 'school_vo' from partnership p, generate_series(1, 25) i`);
  await q(`insert into cycle (partnership_id, school_year, pdca_phase) select p.id, (2015 + i) || '-' || (2016 + i), 'check' from partnership p, generate_series(0, 9) i`);
  await q(`insert into target_group (partnership_id, code, name) select p.id, 'voltijd', 'Voltijd' from partnership p`);
  await q(`insert into evaluation (partnership_id, cycle_id, location_id, title, held_on, content_version_id, status, finalised_at)
           select l.partnership_id, c.id, l.id, 'E', '2025-01-01', 'zet-2025', 'finalised', now()
             from location l join cycle c on c.partnership_id = l.partnership_id`);
  await q(`insert into evaluation_target_group (evaluation_id, partnership_id, target_group_id)
           select e.id, e.partnership_id, tg.id from evaluation e join target_group tg on tg.partnership_id = e.partnership_id where random() < 0.5`);
  await q(`insert into evaluation_round (partnership_id, evaluation_id, number) select partnership_id, id, 1 from evaluation`);
  await q(`insert into theme_session (partnership_id, evaluation_id, round_id, content_version_id, theme_code, group_label, current_placement, desired_placement)
           select e.partnership_id, e.id, r.id, 'zet-2025', ct.code, 'G' || g,
                  (1 + floor(random() * 5) / 2)::numeric(2,1), (2 + floor(random() * 5) / 2)::numeric(2,1)
             from evaluation e join evaluation_round r on r.evaluation_id = e.id
             cross join (select code from content_theme where content_version_id = 'zet-2025') ct
             cross join generate_series(1, 2) g`);
  await q(`insert into individual_placement (partnership_id, theme_session_id, role, current_placement, desired_placement, position)
           select ts.partnership_id, ts.id,
                  (array['werkplekbegeleider','schoolopleider','instituutsopleider','student','schoolleider','mt-instituut','startende-leraar'])[1 + floor(random() * 7)],
                  (1 + floor(random() * 7) / 2)::numeric(2,1), null, i
             from theme_session ts cross join generate_series(1, 14) i`);
  await q(`insert into session_participant (partnership_id, theme_session_id, role, side, expected, present)
           select ts.partnership_id, ts.id, r, 'school', 4, 4 from theme_session ts cross join unnest(array['student','schoolleider','werkplekbegeleider']) r`);
  await q(`insert into finding (partnership_id, theme_session_id, kind, text, position)
           select ts.partnership_id, ts.id, case when i % 2 = 0 then 'strength' else 'development' end,
                  (array['Werkplekbegeleiders hebben te weinig tijd voor begeleiding.','De visie is niet bekend bij nieuwe collega''s.','Leerkansen worden niet gekoppeld aan leerdoelen.','Studenten krijgen regelmatig feedback na de les.','Beoordelingscriteria verschillen tussen school en instituut.'])[1 + floor(random() * 5)] || ' ' || floor(random() * 1000), i
             from theme_session ts cross join generate_series(1, 4) i`);
  await q(`analyze`);
  }
  console.log(`generated in ${Date.now() - started} ms`, await q(`select (select count(*) from theme_session) s, (select count(*) from individual_placement) ip, (select count(*) from finding) f`));

  const [{ id: pid }] = (await q(`select id from partnership order by name limit 1`)) as [{ id: string }];
  const [{ id: lid }] = (await q(`select id from location where partnership_id = $1 limit 1`, [pid])) as [{ id: string }];
  const { agent, csrf } = await signInAs(t, 'programmaleider', pid);
  const base = `/api/v1/partnerships/${pid}`;
  const endpoints = [
    '',
    'dashboards/trajectory?theme=visie',
    'dashboards/coverage',
    'dashboards/gaps',
    'dashboards/ambitions',
    'dashboards/transitions',
    'dashboards/safeguards',
    'dashboards/heatmap',
    `dashboards/location/${lid}`,
    'dashboards/role-perspectives',
    'dashboards/role-perspectives?theme=visie',
    'dashboards/trajectory?theme=visie&targetGroup=' + ((await q(`select id from target_group where partnership_id = $1`, [pid])) as [{ id: string }])[0].id,
    'common-threads/followed',
  ];
  const results: string[] = [];
  for (const path of endpoints) {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const s = process.hrtime.bigint();
      await agent.get(`${base}/${path}`).expect(200);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    times.sort((a, b) => a - b);
    results.push(`${path.padEnd(60)} median ${times[7]!.toFixed(1)} ms  p95 ${times[13]!.toFixed(1)} ms`);
  }
  const s = Date.now();
  await agent.post(`${base}/common-threads/suggestions`).set('x-csrf-token', csrf).send({ schoolYear: '2024-2025' }).expect(200);
  results.push(`suggestions ${Date.now() - s} ms`);
  console.log(results.join('\n'));
  await t.running.close();
}, 1_800_000);
