import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Response } from 'supertest';
import { ACCESS_DECISION_HEADER, installAccessProbe } from '../setup/access-probe';
import {
  ACTOR_KEYS,
  ACTOR_LABELS,
  type AccessWorld,
  type ActorKey,
  type ActorSession,
  buildAccessWorld,
  databaseFingerprint,
  type Expectation,
  expectedAccess,
  fillRoute,
  fingerprintDiff,
  guardMemberships,
  NAMES,
  openActorSessions,
  paramValues,
  openApiQueryParams,
  type QueryParam,
} from '../setup/access-world';
import {
  type DiscoveredRoute,
  describePolicy,
  discoverRoutes,
  type RouteDiscovery,
  routeLabel,
  shortPolicy,
} from '../setup/route-discovery';
import { capturePdfRendering, readableText } from '../setup/response-text';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * Walks every route the app serves (discovered from its router, so a new route is covered the day
 * it is added) with every kind of actor, and checks the answer against the route's declared access
 * policy: 401 when not signed in, 404 when not yours (another partnership, a role not allowed, a
 * platform route for a non-admin), and through the guard otherwise. Denied writes change nothing.
 * The table is printed after the run and written to test-results/access-matrix.txt.
 */

/**
 * Timeouts against a hang, not a budget: on 2 idle cores the app starts in ~20 s and the walk
 * (600+ requests) takes ~20 s, but a machine busy with other test runs stretches both severalfold.
 */
const SLOW = 180_000;
const WALK = 300_000;

type Cell = {
  status: number;
  decision: string;
  expected: Expectation;
  ms: number;
  failure?: string;
};

const MATRIX_FILE = path.resolve(__dirname, '../../../test-results/access-matrix.txt');
const excerpt = (res: Response) =>
  Buffer.isBuffer(res.body)
    ? `<${res.body.length} bytes ${String(res.headers['content-type'])}>`
    : JSON.stringify(res.body ?? res.text).slice(0, 240);
const withoutInstance = (body: unknown) => {
  if (!body || typeof body !== 'object') return body;
  const { instance: _, ...rest } = body as Record<string, unknown>;
  return rest;
};

describe('Access matrix: every route × every actor', () => {
  let t: TestApp;
  let undoProbe: (() => void) | undefined;
  let pdf: Awaited<ReturnType<typeof capturePdfRendering>>;
  let discovery: RouteDiscovery | undefined;
  let world: AccessWorld;
  let actors: Record<ActorKey, ActorSession>;
  let queryParams: Map<string, QueryParam[]>;
  let restoreMemberships: () => Promise<boolean>;
  const matrix = new Map<string, Map<ActorKey, Cell>>();
  const crossRows: { label: string; status: number; decision: string; ok: boolean }[] = [];
  const crossIdRows: { label: string; status: number; ok: boolean }[] = [];
  const notes: string[] = [];

  beforeAll(async () => {
    undoProbe = installAccessProbe();
    // Who may download a report does not depend on Chromium printing it: record the HTML instead.
    pdf = await capturePdfRendering();
    if (pdf)
      notes.push(
        'PDF reports are not printed by Chromium in this run (the renderer records the HTML instead)',
      );
    t = await createTestApp();
    discovery = discoverRoutes(t.running.app);
    world = await buildAccessWorld(t);
    actors = await openActorSessions(t, world);
    queryParams = await openApiQueryParams(t);
    restoreMemberships = await guardMemberships(t, world);
  }, SLOW);

  afterAll(async () => {
    undoProbe?.();
    pdf?.restore();
    if (discovery && matrix.size) {
      const text = renderReport();
      console.log(text);
      fs.mkdirSync(path.dirname(MATRIX_FILE), { recursive: true });
      fs.writeFileSync(MATRIX_FILE, text);
    }
    await t?.close();
  }, SLOW);

  const routes = () => discovery!.routes;
  const withPolicy = () => routes().filter((r) => r.policy);
  const queryOf = (r: DiscoveredRoute) =>
    (queryParams.get(routeLabel(r)) ?? []).filter((q) => q.required).map((q) => q.name);
  const isWrite = (r: DiscoveredRoute) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method);

  it('discovers the routes from the router, and finds nothing on /api/v1 that the guard does not see', () => {
    const labels = routes().map(routeLabel);
    // A sanity floor: discovery that finds nothing would make every other test pass vacuously.
    expect(labels).toEqual(
      expect.arrayContaining([
        'GET /api/v1/auth/me',
        'GET /api/v1/partnerships/:partnershipId',
        'GET /api/health',
      ]),
    );
    // Every Nest route computed from metadata is really on the Express router (the discovery is right)…
    expect(discovery!.unregistered.map(routeLabel)).toEqual([]);
    // …and every route on the Express router under /api/v1 is a Nest route, so the AccessGuard runs for it.
    expect(discovery!.foreign.filter((r) => r.path.startsWith('/api/v1')).map(routeLabel)).toEqual(
      [],
    );
  });

  it('every route declares an access policy (@Public, @SignedIn, @PlatformAdmin or @Allow)', () => {
    const missing = routes()
      .filter((r) => !r.policy)
      .map((r) => `${routeLabel(r)} (${r.handler})`);
    expect(missing).toEqual([]);
  });

  it('routes under /partnerships/:partnershipId are scoped by the partnership, and only they', () => {
    const wrong = routes()
      .filter(
        (r) => r.policy && r.params.includes('partnershipId') !== (r.policy.kind === 'partnership'),
      )
      .map((r) => `${routeLabel(r)} (${r.handler}) has ${describePolicy(r.policy)}`);
    expect(wrong).toEqual([]);
  });

  it(
    'answers every route for every actor as its policy says; denied writes change nothing',
    async () => {
      const failures: string[] = [];
      const values = paramValues(world.a);
      const partnershipOf = (r: DiscoveredRoute) =>
        r.params.includes('partnershipId') ? world.a.partnershipId : undefined;
      // Reads first, so writes allowed to some actors (revoking an invitation, signing out) come after
      // every read; per write, the actors who must be refused go before those who may.
      const ordered = [...withPolicy().filter((r) => !isWrite(r)), ...withPolicy().filter(isWrite)];

      for (const route of ordered) {
        const label = routeLabel(route);
        const req = fillRoute(route, values, queryOf(route));
        const row = new Map<ActorKey, Cell>();
        matrix.set(label, row);
        const expectations = ACTOR_KEYS.map((actor) => ({
          actor,
          expected: expectedAccess(route.policy!, world, actor, partnershipOf(route)),
        }));
        expectations.sort(
          (x, y) => Number(x.expected === 'allow') - Number(y.expected === 'allow'),
        );

        for (const { actor, expected } of expectations) {
          await actors[actor].ready();
          const before =
            isWrite(route) && expected !== 'allow' ? await databaseFingerprint(t) : undefined;
          const started = Date.now();
          const res = await actors[actor].send(req);
          const ms = Date.now() - started;
          const decision = String(res.headers[ACCESS_DECISION_HEADER] ?? '-');
          const problems: string[] = [];
          if (expected === 'allow') {
            if (decision !== 'allow') problems.push(`the guard refused (${decision})`);
            if (res.status === 401 || res.status === 403) problems.push(`status ${res.status}`);
            if (res.status >= 500) problems.push(`server error ${res.status}`);
            if (!isWrite(route) && req.allKnown && res.status >= 400)
              problems.push(`a read with fixture ids should succeed, got ${res.status}`);
          } else {
            if (res.status !== expected) problems.push(`expected ${expected}, got ${res.status}`);
            if (decision !== 'deny') problems.push(`not refused by the guard (${decision})`);
          }
          if (before) {
            const changed = fingerprintDiff(before, await databaseFingerprint(t));
            if (changed.length)
              problems.push(`a refused write changed data: ${changed.join(', ')}`);
          }
          if (isWrite(route) && expected === 'allow') {
            if (await restoreMemberships())
              notes.push(
                `${label} as ${ACTOR_LABELS[actor]} removed an actor's membership; restored it for the rest of the run`,
              );
          }
          const cell: Cell = { status: res.status, decision, expected, ms };
          if (problems.length) {
            cell.failure = problems.join('; ');
            failures.push(
              `${label} (${route.handler}, ${describePolicy(route.policy)}) as ${ACTOR_LABELS[actor]}: ${cell.failure} — ${excerpt(res)}`,
            );
          }
          row.set(actor, cell);
        }
        if (!req.allKnown)
          notes.push(
            `${label}: no fixture for ${req.unknownParams.join(', ')} (random id / left out): an allowed request is only checked for passing the guard`,
          );
      }
      for (const actor of ACTOR_KEYS) {
        if (actors[actor].resignIns)
          notes.push(
            `${ACTOR_LABELS[actor]} signed in again ${actors[actor].resignIns}× after a route ended its session`,
          );
      }
      expect(failures).toEqual([]);
    },
    WALK,
  );

  it('gives programmaleider B a 404 on every route of partnership A, indistinguishable from a partnership that does not exist', async () => {
    const failures: string[] = [];
    const pl = actors.programmaleiderB;
    for (const route of withPolicy().filter((r) => r.params.includes('partnershipId'))) {
      const label = routeLabel(route);
      const req = fillRoute(route, paramValues(world.a), queryOf(route));
      await pl.ready();
      const before = isWrite(route) ? await databaseFingerprint(t) : undefined;
      const res = await pl.send(req);
      const decision = String(res.headers[ACCESS_DECISION_HEADER] ?? '-');
      const problems: string[] = [];
      if (res.status !== 404) problems.push(`status ${res.status}`);
      if (decision !== 'deny') problems.push(`not refused by the guard (${decision})`);
      const text = await readableText(res);
      for (const secret of [NAMES.partnershipA, NAMES.a1, NAMES.a2, NAMES.a3])
        if (text.includes(secret)) problems.push(`body names "${secret}"`);
      if (before) {
        const changed = fingerprintDiff(before, await databaseFingerprint(t));
        if (changed.length) problems.push(`changed data: ${changed.join(', ')}`);
      }
      // The same request for a partnership that does not exist must look exactly the same.
      const ghost = await pl.send(
        fillRoute(route, paramValues(world.a, { partnershipId: randomUUID() }), queryOf(route)),
      );
      if (
        ghost.status !== res.status ||
        JSON.stringify(withoutInstance(ghost.body)) !== JSON.stringify(withoutInstance(res.body))
      ) {
        problems.push(
          `differs from a non-existent partnership (${ghost.status} ${excerpt(ghost)})`,
        );
      }
      crossRows.push({ label, status: res.status, decision, ok: problems.length === 0 });
      if (problems.length)
        failures.push(
          `${label} (${route.handler}) as PL B on A: ${problems.join('; ')} — ${excerpt(res)}`,
        );
    }
    expect(crossRows.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it("does not let programmaleider B reach A's rows through B's own partnership id", async () => {
    const failures: string[] = [];
    const pl = actors.programmaleiderB;
    const aValues = paramValues(world.a);
    const bValues = paramValues(world.b);
    // Parameters naming a row of one partnership (not shared content such as a theme code): A's row, B's partnership.
    const owned = (name: string) =>
      name !== 'partnershipId' && aValues[name] !== undefined && aValues[name] !== bValues[name];
    const aSecrets = [
      NAMES.partnershipA,
      NAMES.a1,
      NAMES.a2,
      NAMES.a3,
      ...Object.keys(aValues)
        .filter(owned)
        .map((k) => aValues[k]!),
    ];
    const values = { ...aValues, partnershipId: world.b.partnershipId };
    const candidates = withPolicy().filter(
      (r) =>
        r.params.includes('partnershipId') &&
        r.params.some(owned) &&
        expectedAccess(r.policy!, world, 'programmaleiderB', world.b.partnershipId) === 'allow',
    );
    for (const route of candidates) {
      const label = routeLabel(route);
      const req = fillRoute(route, values, queryOf(route));
      await pl.ready();
      pdf?.htmls.splice(0);
      const before = await databaseFingerprint(t);
      const res = await pl.send(req);
      const problems: string[] = [];
      if (res.status < 400)
        problems.push(
          `status ${res.status} for partnership A's ${route.params.filter(owned).join(', ')}`,
        );
      if (res.status >= 500) problems.push(`server error ${res.status}`);
      const text = await readableText(res, pdf?.htmls.splice(0) ?? []);
      for (const secret of aSecrets)
        if (text.includes(secret)) problems.push(`body contains A's "${secret}"`);
      const changed = fingerprintDiff(before, await databaseFingerprint(t));
      if (changed.length) problems.push(`changed data: ${changed.join(', ')}`);
      crossIdRows.push({ label, status: res.status, ok: problems.length === 0 });
      if (problems.length)
        failures.push(
          `${req.method} ${req.url} (${route.handler}) as PL B with A's ids: ${problems.join('; ')} — ${excerpt(res)}`,
        );
    }
    if (!candidates.length)
      notes.push(
        'no partnership route with an id of a partnership row is open to a programmaleider: the cross-id check had nothing to do',
      );
    expect(failures).toEqual([]);
  });

  function renderReport(): string {
    const labelWidth = Math.max(...[...matrix.keys()].map((l) => l.length), 10);
    const policies = new Map(routes().map((r) => [routeLabel(r), shortPolicy(r.policy)]));
    const policyWidth = Math.max(...[...policies.values()].map((p) => p.length), 6);
    const colWidth = Math.max(...ACTOR_KEYS.map((a) => ACTOR_LABELS[a].length)) + 1;
    const pad = (s: string, w: number) => s.padEnd(w);
    const cellText = (c: Cell | undefined) => {
      if (!c) return '';
      const s = c.decision === 'deny' ? `(${c.status})` : String(c.status);
      return c.failure ? `${s}!` : s;
    };
    const lines: string[] = [];
    const cells = [...matrix.values()].flatMap((row) => [...row.values()]);
    lines.push(
      `Access matrix: ${matrix.size} routes × ${ACTOR_KEYS.length} actors = ${cells.length} requests, ${cells.filter((c) => c.failure).length} not as the policy says.`,
      `Partnership routes use partnership A's id (and A's rows for other ids); "PL B" is therefore another partnership's programmaleider.`,
      `Cell = HTTP status; (status) = refused by the AccessGuard; ! = not what the policy requires. Reads first, then writes (sent with CSRF token and {}).`,
      `Roles: PL programmaleider, SG stuurgroeplid, LC locatie-coördinator (of A1), PB procesbegeleider (facilitates one session of A1).`,
      '',
      `${pad('route', labelWidth)}  ${pad('policy', policyWidth)}  ${ACTOR_KEYS.map((a) => pad(ACTOR_LABELS[a], colWidth)).join('')}`,
      '-'.repeat(labelWidth + policyWidth + 4 + colWidth * ACTOR_KEYS.length),
    );
    for (const [label, row] of matrix) {
      lines.push(
        `${pad(label, labelWidth)}  ${pad(policies.get(label) ?? '', policyWidth)}  ${ACTOR_KEYS.map((a) => pad(cellText(row.get(a)), colWidth)).join('')}`,
      );
    }
    const missing = routes().filter((r) => !r.policy);
    if (missing.length) {
      lines.push(
        '',
        'Routes WITHOUT an access policy (not walked; the guard answers 500):',
        ...missing.map((r) => `  ${routeLabel(r)} (${r.handler})`),
      );
    }
    if (crossRows.length) {
      lines.push(
        '',
        `Programmaleider B on partnership A's id (must be 404 from the guard, same as a non-existent partnership):`,
      );
      for (const r of crossRows)
        lines.push(
          `  ${pad(r.label, labelWidth)}  ${r.decision === 'deny' ? `(${r.status})` : r.status}${r.ok ? '' : '  !'}`,
        );
    }
    if (crossIdRows.length) {
      lines.push(
        '',
        `Programmaleider B on B's own id with A's row ids (must be an error, never A's data):`,
      );
      for (const r of crossIdRows)
        lines.push(`  ${pad(r.label, labelWidth)}  ${r.status}${r.ok ? '' : '  !'}`);
    }
    const timed = [...matrix].flatMap(([label, row]) =>
      [...row].map(([actor, c]) => ({ label, actor, ms: c.ms })),
    );
    const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, 8);
    lines.push(
      '',
      `Time in requests: ${(timed.reduce((sum, c) => sum + c.ms, 0) / 1000).toFixed(1)} s; slowest: ${slowest.map((c) => `${c.label} as ${ACTOR_LABELS[c.actor]} ${c.ms} ms`).join(', ')}`,
    );
    const foreign = discovery!.foreign;
    if (foreign.length)
      lines.push(
        '',
        `Routes outside Nest (no guard; allowed only outside /api/v1): ${foreign.map(routeLabel).join(', ')}`,
      );
    if (notes.length) lines.push('', 'Notes:', ...[...new Set(notes)].map((n) => `  - ${n}`));
    return lines.join('\n');
  }
});
