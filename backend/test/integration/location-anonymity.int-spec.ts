import {
  type AccessWorld,
  ActorSession,
  buildAccessWorld,
  expectedAccess,
  type FilledRequest,
  fillRoute,
  type LocatieRows,
  NAMES,
  openApiQueryParams,
  paramValues,
  type QueryParam,
  THEME,
} from '../setup/access-world';
import { capturePdfRendering, readableText } from '../setup/response-text';
import { type DiscoveredRoute, discoverRoutes, routeLabel } from '../setup/route-discovery';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * A locatie-coördinator sees their own locatie by name and the rest of the partnership only as an
 * unnamed distribution (DESIGN §6): no response to any read they can make, on any route the app
 * has now or later (discovered from the router), may carry another locatie's name or id, or the
 * id of that locatie's evaluations, sessions, findings or actions; not in JSON, not in a CSV,
 * workbook or printed report, and not even when they put those ids in the request themselves.
 * Unless the partnership opted into open comparison.
 */

/** Hook and walk timeout: the app starts in ~20 s on 2 cores, the walk itself takes seconds, but a busy machine stretches both. */
const SLOW = 180_000;

/**
 * Who is checked: the coördinator of A1, and the procesbegeleider who facilitates one session of
 * A1 (their scope is their sessions, so they see no other locatie either).
 */
const VIEWERS = ['locatiecoordinatorA1', 'procesbegeleiderA'] as const;
type Viewer = (typeof VIEWERS)[number];
const VIEWER_NAMES: Record<Viewer, string> = {
  locatiecoordinatorA1: 'locatie-coördinator of A1',
  procesbegeleiderA: 'procesbegeleider of an A1 session',
};

/** Parameter names that pick out one locatie's rows: a coördinator may try them with another locatie's ids. */
const LOCATIE_PARAMS = new Set<string>([
  'locationId',
  'locatieId',
  'locationIds',
  'evaluationId',
  'roundId',
  'themeSessionId',
  'sessionId',
  'findingId',
  'actionId',
] satisfies (keyof LocatieRows)[]);

describe('A locatie-coördinator never receives another locatie by name or id', () => {
  let t: TestApp;
  let world: AccessWorld;
  let routes: DiscoveredRoute[];
  let queryParams: Map<string, QueryParam[]>;
  const viewers = {} as Record<Viewer, ActorSession>;
  let pdf: Awaited<ReturnType<typeof capturePdfRendering>>;
  const report: string[] = [];

  beforeAll(async () => {
    pdf = await capturePdfRendering();
    t = await createTestApp();
    routes = discoverRoutes(t.running.app).routes.filter((r) => r.policy && r.method === 'GET');
    world = await buildAccessWorld(t);
    queryParams = await openApiQueryParams(t);
    for (const viewer of VIEWERS)
      viewers[viewer] = await ActorSession.open(t, viewer, world.people[viewer]);
  }, SLOW);

  afterAll(async () => {
    pdf?.restore();
    if (report.length)
      console.log(['Reads (status, readable bytes, other locaties found):', ...report].join('\n'));
    await t?.close();
  }, SLOW);

  /** Everything of A2 and A3 that must not reach A1's coördinator, with what it is. */
  function secrets(): [string, string][] {
    const of = (label: string, name: string, rows: LocatieRows): [string, string][] => [
      [name, `${label}'s name`],
      [rows.locationId, `${label}'s id`],
      [rows.evaluationId, `${label}'s evaluation id`],
      [rows.roundId, `${label}'s round id`],
      [rows.themeSessionId, `${label}'s theme session id`],
      [rows.findingId, `${label}'s finding id`],
      [rows.actionId, `${label}'s action id`],
    ];
    return [...of('A2', NAMES.a2, world.a.a2), ...of('A3', NAMES.a3, world.a.a3)];
  }

  const leaksIn = (text: string) =>
    secrets()
      .filter(([secret]) => text.includes(secret))
      .map(([, what]) => what);

  const required = (r: DiscoveredRoute) =>
    (queryParams.get(routeLabel(r)) ?? []).filter((q) => q.required).map((q) => q.name);

  /** A viewer's request, and all they could read in the answer (a report's printed HTML included). */
  async function read(
    req: Pick<FilledRequest, 'method' | 'url'>,
    viewer: Viewer = 'locatiecoordinatorA1',
  ) {
    pdf?.htmls.splice(0);
    const res = await viewers[viewer].send(req);
    return { res, text: await readableText(res, pdf?.htmls ?? []) };
  }

  const line = (label: string, status: number, text: string, leaks: string[]) =>
    `  ${label.padEnd(90)} ${status}  ${String(text.length).padStart(6)} B  ${leaks.length ? `LEAKS ${leaks.join(', ')}` : 'clean'}`;

  for (const viewer of VIEWERS) {
    it(
      `the ${VIEWER_NAMES[viewer]} finds no other locatie in any read it can make with its own ids`,
      async () => {
        const failures: string[] = [];
        let ownNameSeen = false;
        const values = paramValues(world.a);
        expect(routes.length).toBeGreaterThan(0);
        report.push(`As the ${VIEWER_NAMES[viewer]}:`);
        for (const route of routes) {
          const req = fillRoute(route, values, required(route));
          const { res, text } = await read(req, viewer);
          const leaks = leaksIn(text);
          ownNameSeen ||= text.includes(NAMES.a1);
          const mayRead =
            expectedAccess(
              route.policy!,
              world,
              viewer,
              route.params.includes('partnershipId') ? world.a.partnershipId : undefined,
            ) === 'allow';
          report.push(line(routeLabel(route), res.status, text, leaks));
          if (leaks.length)
            failures.push(
              `${req.method} ${req.url} (${route.handler}) → ${res.status} contains ${leaks.join(', ')}: ${text.slice(0, 300)}`,
            );
          // A read they may make must really answer, or this check would pass on an error page.
          if (mayRead && req.allKnown && res.status >= 400)
            failures.push(
              `${req.method} ${req.url} (${route.handler}) → ${res.status}, expected an answer: ${text.slice(0, 200)}`,
            );
        }
        expect(failures).toEqual([]);
        // The coördinator does see their own locatie by name somewhere (locaties, trajectory): the fixture is live.
        if (viewer === 'locatiecoordinatorA1') expect(ownNameSeen).toBe(true);
      },
      SLOW,
    );

    it(
      `the ${VIEWER_NAMES[viewer]} finds no other locatie when asking for another locatie's ids itself`,
      async () => {
        const failures: string[] = [];
        let probes = 0;
        report.push(`As the ${VIEWER_NAMES[viewer]}, with other locaties' ids:`);
        for (const [label, rows] of [
          ['A2', world.a.a2],
          ['A3', world.a.a3],
        ] as const) {
          const values = paramValues(world.a, rows);
          for (const route of routes) {
            const query = queryParams.get(routeLabel(route)) ?? [];
            const probedQuery = query.filter((q) => LOCATIE_PARAMS.has(q.name)).map((q) => q.name);
            const probedPath = route.params.filter((p) => LOCATIE_PARAMS.has(p));
            if (!probedQuery.length && !probedPath.length) continue;
            probes++;
            const req = fillRoute(route, values, [
              ...new Set([...required(route), ...probedQuery]),
            ]);
            const { res, text } = await read(req, viewer);
            const leaks = leaksIn(text);
            report.push(
              line(
                `${routeLabel(route)} with ${label}'s ${[...probedPath, ...probedQuery].join(', ')}`,
                res.status,
                text,
                leaks,
              ),
            );
            if (leaks.length)
              failures.push(
                `${req.method} ${req.url} (${route.handler}) → ${res.status} contains ${leaks.join(', ')}: ${text.slice(0, 300)}`,
              );
            // Another locatie's row, named in the path, does not exist for them.
            if (probedPath.length && res.status < 400)
              failures.push(
                `${req.method} ${req.url} (${route.handler}) → ${res.status} for ${label}'s ${probedPath.join(', ')}, expected 404`,
              );
          }
        }
        if (!probes) report.push('  (no read takes a locatie-specific id yet: nothing to probe)');
        expect(failures).toEqual([]);
      },
      SLOW,
    );
  }

  it('names the other locaties in the trajectory once the partnership opts into open comparison', async () => {
    const url = `/api/v1/partnerships/${world.a.partnershipId}/dashboards/trajectory?theme=${THEME}`;
    const closed = await read({ method: 'GET', url });
    expect(closed.res.status).toBe(200);
    expect(closed.text).toContain(NAMES.a1);
    expect(leaksIn(closed.text)).toEqual([]);

    await t.dataSource.query(`update partnership set open_comparison = true where id = $1`, [
      world.a.partnershipId,
    ]);
    try {
      const open = await read({ method: 'GET', url });
      expect(open.res.status).toBe(200);
      for (const name of [NAMES.a1, NAMES.a2, NAMES.a3]) expect(open.text).toContain(name);
      expect(open.text).toContain(world.a.a2.locationId);
      // Open comparison is between the locaties of one partnership: B stays out of sight.
      expect(open.text).not.toContain(NAMES.b1);
    } finally {
      await t.dataSource.query(`update partnership set open_comparison = false where id = $1`, [
        world.a.partnershipId,
      ]);
    }
  });
});
