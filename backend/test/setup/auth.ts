import type { MembershipRole } from '@zet/contracts';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { hashPassword } from '../../src/modules/auth/password-hasher';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'een-lang-testwachtwoord';
let passwordHash: Promise<string> | undefined;
let counter = 0;

export type TestMember = { userId: string; email: string };

/** A person with a password and, optionally, a role in a partnership (and locaties). */
export async function createMember(
  t: TestApp,
  options: {
    partnershipId?: string;
    role?: MembershipRole;
    locationIds?: string[];
    isPlatformAdmin?: boolean;
    email?: string;
  } = {},
): Promise<TestMember> {
  const email = options.email ?? `persoon${++counter}-${Date.now()}@school.test`;
  const db = t.dataSource.manager;
  const [user] = await db.query<[{ id: string }]>(
    `insert into app_user (email, name, password_hash, is_platform_admin) values ($1, $2, $3, $4) returning id`,
    [
      email,
      `Persoon ${counter}`,
      await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      options.isPlatformAdmin ?? false,
    ],
  );
  if (options.partnershipId && options.role) {
    const [membership] = await db.query<[{ id: string }]>(
      `insert into membership (user_id, partnership_id, role) values ($1, $2, $3) returning id`,
      [user.id, options.partnershipId, options.role],
    );
    for (const locationId of options.locationIds ?? []) {
      await db.query(
        `insert into membership_location (membership_id, partnership_id, location_id) values ($1, $2, $3)`,
        [membership.id, options.partnershipId, locationId],
      );
    }
  }
  return { userId: user.id, email };
}

export type SignedInAgent = { agent: TestAgent; csrf: string; member: TestMember };

export async function csrfToken(agent: TestAgent): Promise<string> {
  const res = await agent.get('/api/v1/auth/csrf').expect(200);
  return (res.body as { token: string }).token;
}

/** Signs in through the real endpoints; the agent keeps the session cookie. */
export async function signIn(
  t: TestApp,
  member: TestMember,
  password = TEST_PASSWORD,
): Promise<SignedInAgent> {
  const agent = request.agent(t.http);
  const before = await csrfToken(agent);
  await agent
    .post('/api/v1/auth/login')
    .set('x-csrf-token', before)
    .send({ email: member.email, password })
    .expect(200);
  // Signing in starts a new session, which needs a token of its own.
  return { agent, csrf: await csrfToken(agent), member };
}

export async function signInAs(
  t: TestApp,
  role: MembershipRole,
  partnershipId: string,
  locationIds: string[] = [],
): Promise<SignedInAgent> {
  return signIn(t, await createMember(t, { partnershipId, role, locationIds }));
}
