import type { MembershipRole } from '@zet/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import request, { type Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { AccessPolicy } from '../../src/common/access/access.decorators';
import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import { ACCESS_DECISION_HEADER } from './access-probe';
import { createMember, csrfToken, signIn, type TestMember } from './auth';
import type { DiscoveredRoute } from './route-discovery';
import type { TestApp } from './test-app';

/**
 * The world the access tests walk: two partnerships, A (three locaties with distinctive names,
 * each with an evaluation, theme session, finding and action; a cycle, a rode lijn, a doelgroep, an open
 * invitation, and a member who is only there to be the target of `:userId` routes) and B (the
 * same in small), plus one signed-in session per actor.
 */

export const NAMES = {
  partnershipA: 'Opleidingsschool Alfa',
  partnershipB: 'Opleidingsschool Bravo',
  a1: 'Amstelschool Eigenwijs',
  a2: 'Zonnebloemcollege Verborgenhout',
  a3: 'Kraanvogellyceum Geheimstad',
  b1: 'Bravoschool Buitenaf',
} as const;

export const THEME = 'visie';

type Rows = {
  partnershipId: string;
  locationId: string;
  cycleId: string;
  schoolYear: string;
  evaluationId: string;
  roundId: string;
  themeSessionId: string;
  findingId: string;
  actionId: string;
  commonThreadId: string;
  targetGroupId: string;
  invitationId: string;
  /** A member who is no actor: `:userId` routes (revoke access, erase) aim at them. */
  targetUserId: string;
};

export type AccessWorld = {
  a: Rows & {
    locations: { a1: string; a2: string; a3: string };
    /** The rows of locaties A2 and A3, which a coördinator of A1 must never see. */
    a2: LocatieRows;
    a3: LocatieRows;
  };
  b: Rows;
  people: Record<Exclude<ActorKey, 'anonymous'>, TestMember>;
};

export type ActorKey =
  | 'anonymous'
  | 'platformAdmin'
  | 'programmaleiderA'
  | 'stuurgroeplidA'
  | 'locatiecoordinatorA1'
  | 'procesbegeleiderA'
  | 'programmaleiderB'
  | 'noMembership';

export const ACTOR_LABELS: Record<ActorKey, string> = {
  anonymous: 'anoniem',
  platformAdmin: 'platf-admin',
  programmaleiderA: 'PL A',
  stuurgroeplidA: 'SG A',
  locatiecoordinatorA1: 'LC A1',
  procesbegeleiderA: 'PB A',
  programmaleiderB: 'PL B',
  noMembership: 'geen lid',
};

export const ACTOR_KEYS = Object.keys(ACTOR_LABELS) as ActorKey[];

async function insertReturningId(t: TestApp, sql: string, params: unknown[]): Promise<string> {
  const [row] = await t.dataSource.query<[{ id: string }]>(sql, params);
  return row.id;
}

/** The rows that belong to one locatie: its evaluation (with round and theme session), a finding, an action. */
export type LocatieRows = {
  locationId: string;
  locatieId: string;
  /** The dashboards' `?locationIds=` filter. */
  locationIds: string;
  evaluationId: string;
  roundId: string;
  themeSessionId: string;
  sessionId: string;
  findingId: string;
  actionId: string;
};

async function buildPartnership(
  t: TestApp,
  name: string,
  locationNames: string[],
): Promise<{ rows: Omit<Rows, 'targetUserId' | 'invitationId'>; perLocatie: LocatieRows[] }> {
  const db = t.dataSource.manager;
  const p = await createPartnership(db, { name });
  const locations = [];
  for (const n of locationNames) locations.push(await createLocation(db, p.id, { name: n }));
  const schoolYear = '2024-2025';
  const cycle = await createCycle(db, p.id, schoolYear);
  const targetGroupId = await insertReturningId(
    t,
    `insert into target_group (partnership_id, code, name) values ($1, 'leraren', 'Leraren') returning id`,
    [p.id],
  );

  const perLocatie: LocatieRows[] = [];
  for (const [i, location] of locations.entries()) {
    // Locaties name their evaluations and actions after themselves, as people do.
    const { evaluation, round } = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: cycle.id,
      locationId: location.id,
    });
    await t.dataSource.query(`update evaluation set title = $1 where id = $2`, [
      `ZET-dagdeel ${location.name}`,
      evaluation.id,
    ]);
    await t.dataSource.query(
      `insert into evaluation_target_group (evaluation_id, partnership_id, target_group_id) values ($1, $2, $3)`,
      [evaluation.id, p.id, targetGroupId],
    );
    const session = await createThemeSession(db, {
      evaluation,
      roundId: round.id,
      themeCode: THEME,
      current: 2 + i * 0.5,
      desired: 3,
      groupLabel: 'Groep 1',
    });
    const findingId = await insertReturningId(
      t,
      `insert into finding (partnership_id, theme_session_id, kind, text, position) values ($1, $2, 'strength', $3, 1) returning id`,
      [p.id, session.id, `Sterk punt van ${location.name}`],
    );
    const actionId = await insertReturningId(
      t,
      `insert into action (partnership_id, cycle_id, location_id, finding_id, theme_code, title, pdca_phase) values ($1, $2, $3, $4, $5, $6, 'do') returning id`,
      [p.id, cycle.id, location.id, findingId, THEME, `Actie ${location.name}`],
    );
    perLocatie.push({
      locationId: location.id,
      locatieId: location.id,
      locationIds: location.id,
      evaluationId: evaluation.id,
      roundId: round.id,
      themeSessionId: session.id,
      sessionId: session.id,
      findingId,
      actionId,
    });
  }
  // A partnership-wide evaluation too: never any locatie's result.
  const wide = await createEvaluation(db, {
    partnershipId: p.id,
    cycleId: cycle.id,
    locationId: null,
  });
  await createThemeSession(db, {
    evaluation: wide.evaluation,
    roundId: wide.round.id,
    themeCode: THEME,
    current: 3,
    desired: 3.5,
  });

  const first = perLocatie[0]!;
  const commonThreadId = await insertReturningId(
    t,
    `insert into common_thread (partnership_id, cycle_id, name, kind, status, theme_code) values ($1, $2, 'Rode lijn begeleiding', 'finding', 'confirmed', $3) returning id`,
    [p.id, cycle.id, THEME],
  );
  await t.dataSource.query(
    `insert into common_thread_finding (partnership_id, common_thread_id, finding_id) values ($1, $2, $3)`,
    [p.id, commonThreadId, first.findingId],
  );

  return {
    rows: {
      partnershipId: p.id,
      locationId: first.locationId,
      cycleId: cycle.id,
      schoolYear,
      evaluationId: first.evaluationId,
      roundId: first.roundId,
      themeSessionId: first.themeSessionId,
      findingId: first.findingId,
      actionId: first.actionId,
      commonThreadId,
      targetGroupId,
    },
    perLocatie,
  };
}

async function openInvitation(
  t: TestApp,
  partnershipId: string,
  role: MembershipRole,
  locationIds: string[] = [],
): Promise<string> {
  return insertReturningId(
    t,
    `insert into invitation (partnership_id, email, name, role, location_ids, token_hash, expires_at)
     values ($1, $2, 'Genodigde', $3, $4, $5, now() + interval '7 days') returning id`,
    [
      partnershipId,
      `genodigde-${randomUUID()}@school.test`,
      role,
      locationIds,
      randomBytes(32).toString('hex'),
    ],
  );
}

export async function buildAccessWorld(t: TestApp): Promise<AccessWorld> {
  const a = await buildPartnership(t, NAMES.partnershipA, [NAMES.a1, NAMES.a2, NAMES.a3]);
  const b = await buildPartnership(t, NAMES.partnershipB, [NAMES.b1]);
  const [a1, a2, a3] = a.perLocatie.map((l) => l.locationId) as [string, string, string];
  const pA = a.rows.partnershipId;
  const pB = b.rows.partnershipId;

  const people = {
    platformAdmin: await createMember(t, { isPlatformAdmin: true }),
    programmaleiderA: await createMember(t, { partnershipId: pA, role: 'programmaleider' }),
    stuurgroeplidA: await createMember(t, { partnershipId: pA, role: 'stuurgroeplid' }),
    locatiecoordinatorA1: await createMember(t, {
      partnershipId: pA,
      role: 'locatiecoordinator',
      locationIds: [a1],
    }),
    procesbegeleiderA: await createMember(t, { partnershipId: pA, role: 'procesbegeleider' }),
    programmaleiderB: await createMember(t, { partnershipId: pB, role: 'programmaleider' }),
    noMembership: await createMember(t),
  };
  // The procesbegeleider facilitates A1's theme session only.
  await t.dataSource.query(`update theme_session set facilitator_id = $1 where id = $2`, [
    people.procesbegeleiderA.userId,
    a.rows.themeSessionId,
  ]);

  // Other locaties have people of their own: a coördinator of A2 and an open invitation for A3.
  await createMember(t, { partnershipId: pA, role: 'locatiecoordinator', locationIds: [a2] });
  await openInvitation(t, pA, 'locatiecoordinator', [a3]);

  const targetA = await createMember(t, { partnershipId: pA, role: 'stuurgroeplid' });
  const targetB = await createMember(t, { partnershipId: pB, role: 'stuurgroeplid' });

  return {
    a: {
      ...a.rows,
      invitationId: await openInvitation(t, pA, 'stuurgroeplid'),
      targetUserId: targetA.userId,
      locations: { a1, a2, a3 },
      a2: a.perLocatie[1]!,
      a3: a.perLocatie[2]!,
    },
    b: {
      ...b.rows,
      invitationId: await openInvitation(t, pB, 'stuurgroeplid'),
      targetUserId: targetB.userId,
    },
    people,
  };
}

/** Who an actor is, for computing what the policy should answer. */
export function actorRoles(
  world: AccessWorld,
  actor: ActorKey,
  partnershipId: string | undefined,
): MembershipRole[] {
  if (!partnershipId) return [];
  const inA = partnershipId === world.a.partnershipId;
  const inB = partnershipId === world.b.partnershipId;
  switch (actor) {
    case 'programmaleiderA':
      return inA ? ['programmaleider'] : [];
    case 'stuurgroeplidA':
      return inA ? ['stuurgroeplid'] : [];
    case 'locatiecoordinatorA1':
      return inA ? ['locatiecoordinator'] : [];
    case 'procesbegeleiderA':
      return inA ? ['procesbegeleider'] : [];
    case 'programmaleiderB':
      return inB ? ['programmaleider'] : [];
    default:
      return [];
  }
}

export type Expectation = 'allow' | 401 | 404;

/** What the AccessGuard must answer, from the route's declared policy and who asks; never hand-listed per route. */
export function expectedAccess(
  policy: AccessPolicy,
  world: AccessWorld,
  actor: ActorKey,
  partnershipId: string | undefined,
): Expectation {
  if (policy.kind === 'public') return 'allow';
  if (actor === 'anonymous') return 401;
  switch (policy.kind) {
    case 'signed-in':
      return 'allow';
    case 'platform-admin':
      return actor === 'platformAdmin' ? 'allow' : 404;
    case 'partnership': {
      const roles = actorRoles(world, actor, partnershipId);
      return policy.roles.some((r) => roles.includes(r)) ? 'allow' : 404;
    }
  }
}

/** Values for path and query parameters, by name; `partnershipId` and the rest from one partnership's rows. */
export function paramValues(
  rows: Rows,
  overrides: Partial<Record<string, string>> = {},
): Record<string, string> {
  const values: Record<string, string> = {
    partnershipId: rows.partnershipId,
    locationId: rows.locationId,
    locatieId: rows.locationId,
    locationIds: rows.locationId,
    cycleId: rows.cycleId,
    schoolYear: rows.schoolYear,
    schoolYears: rows.schoolYear,
    evaluationId: rows.evaluationId,
    roundId: rows.roundId,
    themeSessionId: rows.themeSessionId,
    sessionId: rows.themeSessionId,
    findingId: rows.findingId,
    actionId: rows.actionId,
    commonThreadId: rows.commonThreadId,
    threadId: rows.commonThreadId,
    rodeLijnId: rows.commonThreadId,
    targetGroupId: rows.targetGroupId,
    targetGroup: rows.targetGroupId,
    invitationId: rows.invitationId,
    userId: rows.targetUserId,
    memberId: rows.targetUserId,
    personId: rows.targetUserId,
    code: THEME,
    theme: THEME,
    themeCode: THEME,
    version: 'zet-2025',
    versionId: 'zet-2025',
    contentVersion: 'zet-2025',
    contentVersionId: 'zet-2025',
  };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) values[k] = v;
  return values;
}

export type FilledRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** Every path and required query parameter had a fixture value (no random ids). */
  allKnown: boolean;
  unknownParams: string[];
};

/** The route's path with fixture ids in its `:params` (a random uuid where the name is unknown), plus the named query parameters. */
export function fillRoute(
  route: DiscoveredRoute,
  values: Record<string, string>,
  queryNames: string[] = [],
): FilledRequest {
  const unknownParams: string[] = [];
  const path = route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = values[name];
    if (value !== undefined) return encodeURIComponent(value);
    unknownParams.push(name);
    return randomUUID();
  });
  const query = new URLSearchParams();
  for (const name of queryNames) {
    const value = values[name];
    if (value !== undefined) query.set(name, value);
    else unknownParams.push(`?${name}`);
  }
  const qs = query.toString();
  const method: FilledRequest['method'] =
    route.method === 'ALL' ||
    route.method === 'HEAD' ||
    route.method === 'OPTIONS' ||
    route.method === 'SEARCH'
      ? 'GET'
      : route.method;
  return {
    method,
    url: qs ? `${path}?${qs}` : path,
    allKnown: unknownParams.length === 0,
    unknownParams,
  };
}

export type QueryParam = { name: string; required: boolean };

/** The query parameters of every route (`GET /api/v1/...` → params), from the app's own OpenAPI document. */
export async function openApiQueryParams(t: TestApp): Promise<Map<string, QueryParam[]>> {
  const res = await request(t.http).get('/api/docs-json');
  const out = new Map<string, QueryParam[]>();
  if (res.status !== 200) return out;
  type Operation = { parameters?: { name: string; in: string; required?: boolean }[] };
  const paths = (res.body as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const [openApiPath, operations] of Object.entries(paths)) {
    const path = openApiPath.replace(/\{([^}]+)\}/g, ':$1');
    for (const [method, op] of Object.entries(operations)) {
      const params = (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, required: !!p.required }));
      if (params.length) out.set(`${method.toUpperCase()} ${path}`, params);
    }
  }
  return out;
}

/**
 * One actor's browser: an agent with its session cookie and CSRF token. A route may end the
 * session (sign-out) or replace the token (GET /auth/csrf); the next request then notices (a CSRF
 * 403 before the guard, or a 401 while /auth/me agrees the session is gone), signs in again or
 * fetches a new token, and is sent once more, so every cell of the matrix tests the actor it claims.
 */
export class ActorSession {
  resignIns = 0;
  /** A write went through: it may have ended the session or its CSRF token. */
  private suspect = false;
  private constructor(
    private readonly t: TestApp,
    readonly key: ActorKey,
    private readonly member: TestMember | undefined,
    public agent: TestAgent,
    private csrf: string,
  ) {}

  static async open(
    t: TestApp,
    key: ActorKey,
    member: TestMember | undefined,
  ): Promise<ActorSession> {
    if (member) {
      const { agent, csrf } = await signIn(t, member);
      return new ActorSession(t, key, member, agent, csrf);
    }
    const agent = request.agent(t.http);
    return new ActorSession(t, key, undefined, agent, await csrfToken(agent));
  }

  /**
   * Makes sure the session and token still work after a write went through, so that a check of
   * the database around the next request does not see a sign-in of ours.
   */
  async ready(): Promise<void> {
    if (!this.suspect) return;
    this.suspect = false;
    if (this.member && (await this.agent.get('/api/v1/auth/me')).status === 401)
      await this.signInAgain();
    else this.csrf = await csrfToken(this.agent);
  }

  private async signInAgain(): Promise<void> {
    ({ agent: this.agent, csrf: this.csrf } = await signIn(this.t, this.member!));
    this.resignIns++;
  }

  /** Sends one request as this actor; writes carry the CSRF token and a `{}` body (DELETE none). */
  async send(req: Pick<FilledRequest, 'method' | 'url'>, body: object = {}): Promise<Response> {
    await this.ready();
    let res = await this.raw(req, body);
    if (
      req.method !== 'GET' &&
      res.status === 403 &&
      res.headers[ACCESS_DECISION_HEADER] === undefined
    ) {
      // Refused by the CSRF check, before the guard: the token went stale.
      this.csrf = await csrfToken(this.agent);
      res = await this.raw(req, body);
    }
    if (
      res.status === 401 &&
      this.member &&
      (await this.agent.get('/api/v1/auth/me')).status === 401
    ) {
      await this.signInAgain();
      res = await this.raw(req, body);
    }
    if (req.method !== 'GET' && res.status < 300) this.suspect = true;
    if (req.method === 'GET' && req.url === '/api/v1/auth/csrf' && res.status === 200)
      this.csrf = (res.body as { token: string }).token;
    return res;
  }

  private raw(req: Pick<FilledRequest, 'method' | 'url'>, body: object): Promise<Response> {
    switch (req.method) {
      case 'GET':
        return this.agent.get(req.url);
      case 'DELETE':
        return this.agent.delete(req.url).set('x-csrf-token', this.csrf);
      default:
        return this.agent[req.method.toLowerCase() as 'post' | 'put' | 'patch'](req.url)
          .set('x-csrf-token', this.csrf)
          .send(body);
    }
  }
}

export async function openActorSessions(
  t: TestApp,
  world: AccessWorld,
): Promise<Record<ActorKey, ActorSession>> {
  const sessions = {} as Record<ActorKey, ActorSession>;
  for (const key of ACTOR_KEYS)
    sessions[key] = await ActorSession.open(
      t,
      key,
      key === 'anonymous' ? undefined : world.people[key],
    );
  return sessions;
}

/**
 * A fingerprint of every table's content (row count and a hash of all rows), except the session
 * store, which every request touches. Equal fingerprints: nothing was written.
 */
export async function databaseFingerprint(t: TestApp): Promise<Map<string, string>> {
  const tables = (
    await t.dataSource.query<{ tablename: string }[]>(
      `select tablename from pg_tables where schemaname = 'public' and tablename <> 'user_session' order by 1`,
    )
  ).map((r) => r.tablename);
  const sql = tables
    .map(
      (name) =>
        `select '${name}' as name, count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${name}" x`,
    )
    .join(' union all ');
  const rows = await t.dataSource.query<{ name: string; n: number; h: string }[]>(sql);
  return new Map(rows.map((r) => [r.name, `${r.n}:${r.h}`]));
}

export function fingerprintDiff(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [name, value] of after) {
    if (before.get(name) !== value)
      changed.push(
        `${name} (${before.get(name)?.split(':')[0] ?? 'nieuw'} → ${value.split(':')[0]} rijen)`,
      );
  }
  return changed;
}

/**
 * The actors' memberships as they are now, and a function that puts back any a route took away
 * (a write an actor was allowed to make, aimed at themselves), so later rows of the matrix still
 * test the roles they claim to.
 */
export async function guardMemberships(
  t: TestApp,
  world: AccessWorld,
): Promise<() => Promise<boolean>> {
  const userIds = Object.values(world.people).map((p) => p.userId);
  const memberships = await t.dataSource.query<
    { id: string; user_id: string; partnership_id: string; role: string }[]
  >(`select id, user_id, partnership_id, role from membership where user_id = any($1)`, [userIds]);
  const locations = await t.dataSource.query<
    { membership_id: string; partnership_id: string; location_id: string }[]
  >(
    `select ml.membership_id, ml.partnership_id, ml.location_id from membership_location ml join membership m on m.id = ml.membership_id where m.user_id = any($1)`,
    [userIds],
  );
  const expected = memberships.length + locations.length;
  return async () => {
    const [{ n }] = await t.dataSource.query<[{ n: string }]>(
      `select (select count(*) from membership where id = any($1)) + (select count(*) from membership_location where membership_id = any($1)) as n`,
      [memberships.map((m) => m.id)],
    );
    if (Number(n) === expected) return false;
    for (const m of memberships) {
      await t.dataSource.query(
        `insert into membership (id, user_id, partnership_id, role) values ($1, $2, $3, $4) on conflict do nothing`,
        [m.id, m.user_id, m.partnership_id, m.role],
      );
    }
    for (const l of locations) {
      await t.dataSource.query(
        `insert into membership_location (membership_id, partnership_id, location_id) values ($1, $2, $3) on conflict do nothing`,
        [l.membership_id, l.partnership_id, l.location_id],
      );
    }
    return true;
  };
}
