import type { Response } from 'supertest';
import {
  type AccessWorld,
  ActorSession,
  buildAccessWorld,
  expectedAccess,
  fillRoute,
  type LocatieRows,
  NAMES,
  openApiQueryParams,
  paramValues,
  type QueryParam,
  THEME,
} from '../setup/access-world';
import { type DiscoveredRoute, discoverRoutes, routeLabel } from '../setup/route-discovery';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * A locatie-coördinator sees their own locatie by name and the rest of the partnership only as an
 * unnamed distribution (DESIGN §6): no response to any read they can make, on any route the app
 * has now or later (discovered from the router), may carry another locatie's name or id, or the
 * id of that locatie's evaluations, sessions, findings or actions; not even when they put those
 * ids in the request themselves. Unless the partnership opted into open comparison.
 */

/** Hook and walk timeout: the app starts in ~20 s on 2 cores, the walk itself takes seconds, but a busy machine stretches both. */
const SLOW = 180_000;

/** Parameter names that pick out one locatie's rows: a coördinator may try them with another locatie's ids. */
const LOCATIE_PARAMS = new Set<keyof LocatieRows>([
  'locationId',
  'locatieId',
  'evaluationId',
  'roundId',
  'themeSessionId',
  'sessionId',
  'findingId',
  'actionId',
]);

const bodyText = (res: Response): string => {
  const body: unknown =
    res.body && typeof res.body === 'object' && Object.keys(res.body as object).length
      ? res.body
      : res.text;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    // A problem document echoes the requested URL as `instance`; that is our own input, not a leak.
    const { instance: _, ...rest } = body as Record<string, unknown>;
    return JSON.stringify(rest);
  }
  return typeof body === 'string' ? body : JSON.stringify(body ?? '');
};

describe('A locatie-coördinator never receives another locatie by name or id', () => {
  let t: TestApp;
  let world: AccessWorld;
  let routes: DiscoveredRoute[];
  let queryParams: Map<string, QueryParam[]>;
  let coordinator: ActorSession;
  const report: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    routes = discoverRoutes(t.running.app).routes.filter((r) => r.policy && r.method === 'GET');
    world = await buildAccessWorld(t);
    queryParams = await openApiQueryParams(t);
    coordinator = await ActorSession.open(
      t,
      'locatiecoordinatorA1',
      world.people.locatiecoordinatorA1,
    );
  }, SLOW);

  afterAll(async () => {
    if (report.length)
      console.log(
        ['Reads by the locatie-coördinator of A1 (status, bytes, leaks):', ...report].join('\n'),
      );
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

  it('finds no other locatie in any read it can make with its own ids', async () => {
    const failures: string[] = [];
    let ownNameSeen = false;
    const values = paramValues(world.a);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const req = fillRoute(route, values, required(route));
      const res = await coordinator.send(req);
      const text = bodyText(res);
      const leaks = leaksIn(text);
      ownNameSeen ||= text.includes(NAMES.a1);
      const mayRead =
        expectedAccess(
          route.policy!,
          world,
          'locatiecoordinatorA1',
          route.params.includes('partnershipId') ? world.a.partnershipId : undefined,
        ) === 'allow';
      report.push(
        `  ${routeLabel(route).padEnd(72)} ${res.status}  ${String(text.length).padStart(6)} B  ${leaks.length ? `LEAKS ${leaks.join(', ')}` : 'clean'}`,
      );
      if (leaks.length)
        failures.push(
          `${routeLabel(route)} (${route.handler}) → ${res.status} contains ${leaks.join(', ')}: ${text.slice(0, 300)}`,
        );
      // A read the coördinator may make must really answer, or this check would pass on an error page.
      if (mayRead && req.allKnown && res.status >= 400)
        failures.push(
          `${routeLabel(route)} (${route.handler}) → ${res.status}, expected an answer: ${text.slice(0, 200)}`,
        );
    }
    expect(failures).toEqual([]);
    // The coördinator does see their own locatie by name somewhere (locaties, trajectory): the fixture is live.
    expect(ownNameSeen).toBe(true);
  });

  it("finds no other locatie when it asks for another locatie's ids itself", async () => {
    const failures: string[] = [];
    let probes = 0;
    for (const [label, rows] of [
      ['A2', world.a.a2],
      ['A3', world.a.a3],
    ] as const) {
      const values = paramValues(world.a, rows);
      for (const route of routes) {
        const query = queryParams.get(routeLabel(route)) ?? [];
        const probedQuery = query
          .filter((q) => LOCATIE_PARAMS.has(q.name as keyof LocatieRows))
          .map((q) => q.name);
        const probedPath = route.params.filter((p) => LOCATIE_PARAMS.has(p as keyof LocatieRows));
        if (!probedQuery.length && !probedPath.length) continue;
        probes++;
        const req = fillRoute(route, values, [...required(route), ...probedQuery]);
        const res = await coordinator.send(req);
        const text = bodyText(res);
        const leaks = leaksIn(text);
        report.push(
          `  ${`${routeLabel(route)} with ${label}'s ${[...probedPath, ...probedQuery].join(', ')}`.padEnd(72)} ${res.status}  ${String(text.length).padStart(6)} B  ${leaks.length ? `LEAKS ${leaks.join(', ')}` : 'clean'}`,
        );
        if (leaks.length)
          failures.push(
            `${req.method} ${req.url} (${route.handler}) → ${res.status} contains ${leaks.join(', ')}: ${text.slice(0, 300)}`,
          );
        // Another locatie's row, named in the path, does not exist for this coördinator.
        if (probedPath.length && res.status < 400)
          failures.push(
            `${req.method} ${req.url} (${route.handler}) → ${res.status} for ${label}'s ${probedPath.join(', ')}, expected 404`,
          );
      }
    }
    if (!probes)
      console.log(
        'No read takes a locatie, evaluation, session, finding or action id yet: nothing to probe.',
      );
    expect(failures).toEqual([]);
  });

  it('names the other locaties in the trajectory once the partnership opts into open comparison', async () => {
    const url = `/api/v1/partnerships/${world.a.partnershipId}/dashboards/trajectory?theme=${THEME}`;
    const closed = await coordinator.send({ method: 'GET', url });
    expect(closed.status).toBe(200);
    expect(bodyText(closed)).toContain(NAMES.a1);
    expect(leaksIn(bodyText(closed))).toEqual([]);

    await t.dataSource.query(`update partnership set open_comparison = true where id = $1`, [
      world.a.partnershipId,
    ]);
    try {
      const open = await coordinator.send({ method: 'GET', url });
      expect(open.status).toBe(200);
      const text = bodyText(open);
      for (const name of [NAMES.a1, NAMES.a2, NAMES.a3]) expect(text).toContain(name);
      expect(text).toContain(world.a.a2.locationId);
      // Open comparison is between the locaties of one partnership: B stays out of sight.
      expect(text).not.toContain(NAMES.b1);
    } finally {
      await t.dataSource.query(`update partnership set open_comparison = false where id = $1`, [
        world.a.partnershipId,
      ]);
    }
  });
});
