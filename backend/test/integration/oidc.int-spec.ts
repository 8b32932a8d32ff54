import { authProvidersSchema, meSchema, type MembershipRole } from '@zet/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createLocation, createPartnership } from '../factories';
import { createMember, signIn } from '../setup/auth';
import {
  type LocalOidcProvider,
  type ProviderAccount,
  startOidcProvider,
} from '../setup/oidc-provider';
import { createTestApp, type TestApp } from '../setup/test-app';

// The app's own address as the provider knows it; the test carries the browser back by path.
const PUBLIC_URL = 'http://zet.test';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/auth/oidc/callback`;

let counter = 0;
const account = (overrides: Partial<ProviderAccount> = {}): ProviderAccount => ({
  sub: randomUUID(),
  email: `sso${++counter}-${Date.now()}@hogeschool.test`,
  email_verified: true,
  name: `Docent ${counter}`,
  ...overrides,
});

describe('Single sign-on (OpenID Connect)', () => {
  let idp: LocalOidcProvider;
  let t: TestApp;

  beforeAll(async () => {
    idp = await startOidcProvider(REDIRECT_URI);
    t = await createTestApp({
      env: {
        PUBLIC_URL,
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_DISPLAY_NAME: 'SURFconext',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });
  beforeEach(async () => {
    await t.truncate();
    idp.forgeNextIdToken = undefined;
  });

  async function invite(
    email: string,
    role: MembershipRole,
    options: { locationIds?: string[]; expired?: boolean } = {},
  ) {
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const [row] = await db.query<[{ id: string }]>(
      `insert into invitation (partnership_id, email, name, role, location_ids, token_hash, expires_at)
       values ($1, $2, 'Uitgenodigde Collega', $3, $4::uuid[], $5, now() + make_interval(days => $6)) returning id`,
      [
        p.id,
        email,
        role,
        options.locationIds ?? [],
        randomBytes(32).toString('hex'),
        options.expired ? -1 : 7,
      ],
    );
    return { partnershipId: p.id, invitationId: row.id };
  }

  type Flow = { agent: TestAgent; landing: string; callbackUrl: string };

  /**
   * A browser: start at the app, follow the provider's redirects (its own cookies), come back to
   * the callback with the app's cookie. `tamper` may change the callback URL first.
   */
  async function signInWithSso(
    who: ProviderAccount,
    tamper?: (callback: URL) => void,
    agent = request.agent(t.http),
  ): Promise<Flow> {
    const start = await agent.get('/api/v1/auth/oidc/start').expect(303);
    let location = start.headers.location as string;
    expect(location.startsWith(`${idp.issuer}/`)).toBe(true);
    const atProvider = request.agent(idp.issuer);
    idp.nextAccount = who;
    for (let hops = 0; location.startsWith(`${idp.issuer}/`); hops++) {
      if (hops > 8) throw new Error('too many redirects at the provider');
      const url = new URL(location);
      const res = await atProvider.get(url.pathname + url.search);
      if (res.status !== 302 && res.status !== 303)
        throw new Error(`provider answered ${res.status}: ${res.text.slice(0, 300)}`);
      location = new URL(res.headers.location as string, url).href;
    }
    const callback = new URL(location);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    tamper?.(callback);
    const back = await agent.get(callback.pathname + callback.search).expect(303);
    return {
      agent,
      landing: back.headers.location as string,
      callbackUrl: callback.pathname + callback.search,
    };
  }

  const auditRows = (action: string) =>
    t.dataSource.query<
      { user_id: string | null; partnership_id: string | null; details: Record<string, unknown> }[]
    >(
      `select user_id, partnership_id, details from audit_log where action = $1 order by occurred_at`,
      [action],
    );

  it('tells the sign-in page that single sign-on is available, and its name', async () => {
    const res = await request(t.http).get('/api/v1/auth/providers').expect(200);
    expect(authProvidersSchema.strict().parse(res.body)).toEqual({
      sso: { displayName: 'SURFconext', startUrl: '/api/v1/auth/oidc/start' },
    });
  });

  it('creates the account of an invited e-mail address, with the invitation role and locaties, and signs in', async () => {
    const who = account({ name: 'Sanne de Vries' });
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const [north, south] = [await createLocation(db, p.id), await createLocation(db, p.id)];
    const [invitation] = await db.query<[{ id: string }]>(
      `insert into invitation (partnership_id, email, name, role, location_ids, token_hash, expires_at)
       values ($1, $2, 'Sanne', 'locatiecoordinator', $3::uuid[], $4, now() + interval '7 days') returning id`,
      [p.id, who.email.toUpperCase(), [north.id], randomBytes(32).toString('hex')],
    );
    const other = await invite(who.email, 'stuurgroeplid');

    const { agent, landing } = await signInWithSso(who);
    expect(landing).toBe('/');

    const me = meSchema.strict().parse((await agent.get('/api/v1/auth/me').expect(200)).body);
    expect(me.user).toMatchObject({
      email: who.email,
      name: 'Sanne de Vries',
      isPlatformAdmin: false,
    });
    expect(me.memberships).toHaveLength(2);
    expect(me.memberships.find((m) => m.partnershipId === p.id)).toMatchObject({
      roles: ['locatiecoordinator'],
      locationIds: [north.id],
    });
    expect(me.memberships.find((m) => m.partnershipId === other.partnershipId)).toMatchObject({
      roles: ['stuurgroeplid'],
    });
    expect(me.memberships.flatMap((m) => m.locationIds)).not.toContain(south.id);

    const [user] = await db.query<[{ password_hash: string | null; oidc_subject: string }]>(
      `select password_hash, oidc_subject from app_user where email = $1`,
      [who.email],
    );
    expect(user).toEqual({ password_hash: null, oidc_subject: who.sub });
    const accepted = await db.query<{ id: string }[]>(
      `select id from invitation where accepted_at is not null order by id`,
    );
    expect(accepted.map((r) => r.id).sort()).toEqual([invitation.id, other.invitationId].sort());
    const signIns = await auditRows('auth.sign_in');
    // One entry in the log of each partnership the person now belongs to.
    expect(signIns.map((r) => r.partnership_id).sort()).toEqual([p.id, other.partnershipId].sort());
    for (const row of signIns) {
      expect(row).toMatchObject({ user_id: me.user.id, details: { method: 'oidc' } });
    }
    expect(
      (await auditRows('auth.invitation_accepted')).map((r) => r.partnership_id).sort(),
    ).toEqual([p.id, other.partnershipId].sort());

    // The next time the subject alone is enough: no invitation needed any more.
    const again = await signInWithSso(who);
    expect(again.landing).toBe('/');
    await again.agent.get('/api/v1/auth/me').expect(200);
  });

  it('gives a new session id on sign-in (no session fixation)', async () => {
    const who = account();
    await invite(who.email, 'stuurgroeplid');
    const agent = request.agent(t.http);
    const cookieOf = (res: request.Response) =>
      ([] as string[])
        .concat((res.headers['set-cookie'] as string[] | string | undefined) ?? [])
        .find((c) => c.startsWith('zet.sid='));
    const before = cookieOf(await agent.get('/api/v1/auth/oidc/start').expect(303));
    expect(before).toBeDefined();
    const { landing } = await signInWithSso(who, undefined, agent);
    expect(landing).toBe('/');
    const sessions = await t.dataSource.query<{ sid: string }[]>(
      `select sid from user_session where sess->>'userId' is not null`,
    );
    expect(sessions).toHaveLength(1);
    expect(before).not.toContain(encodeURIComponent(sessions[0]!.sid));
  });

  it('links an existing account with the same verified e-mail address and signs it in', async () => {
    const member = await createMember(t);
    const who = account({ email: member.email.toUpperCase() });
    const { agent, landing } = await signInWithSso(who);
    expect(landing).toBe('/');
    const me = meSchema.parse((await agent.get('/api/v1/auth/me').expect(200)).body);
    expect(me.user.id).toBe(member.userId);
    const [row] = await t.dataSource.query<[{ oidc_subject: string }]>(
      `select oidc_subject from app_user where id = $1`,
      [member.userId],
    );
    expect(row.oidc_subject).toBe(who.sub);
    expect(await auditRows('auth.sso_linked')).toHaveLength(1);
    // The password still works too.
    await signIn(t, member);
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const who = account({ email_verified: false });
    await invite(who.email, 'programmaleider');
    const { agent, landing } = await signInWithSso(who);
    expect(landing).toBe('/aanmelden?fout=email-niet-bevestigd');
    await agent.get('/api/v1/auth/me').expect(401);
    expect(
      await t.dataSource.query(`select 1 from app_user where email = $1`, [who.email]),
    ).toHaveLength(0);
    expect(
      await t.dataSource.query(`select 1 from invitation where accepted_at is not null`),
    ).toHaveLength(0);
    expect((await auditRows('auth.sign_in_failed'))[0]?.details).toMatchObject({
      method: 'oidc',
      reason: 'email_unverified',
    });
  });

  it('does not link an existing account to an unverified e-mail address', async () => {
    const member = await createMember(t);
    const { agent, landing } = await signInWithSso(
      account({ email: member.email, email_verified: false }),
    );
    expect(landing).toBe('/aanmelden?fout=email-niet-bevestigd');
    await agent.get('/api/v1/auth/me').expect(401);
    const [row] = await t.dataSource.query<[{ oidc_subject: null }]>(
      `select oidc_subject from app_user where id = $1`,
      [member.userId],
    );
    expect(row.oidc_subject).toBeNull();
  });

  it('sends someone without an account or open invitation back with fout=geen-uitnodiging', async () => {
    const expired = account();
    await invite(expired.email, 'stuurgroeplid', { expired: true });
    for (const who of [account(), expired]) {
      const { agent, landing } = await signInWithSso(who);
      expect(landing).toBe('/aanmelden?fout=geen-uitnodiging');
      await agent.get('/api/v1/auth/me').expect(401);
    }
    expect(await t.dataSource.query(`select 1 from app_user`)).toHaveLength(0);
  });

  it('refuses a tampered state, and an answer used twice', async () => {
    const who = account();
    await invite(who.email, 'stuurgroeplid');
    const tampered = await signInWithSso(who, (callback) =>
      callback.searchParams.set('state', `${callback.searchParams.get('state')}x`),
    );
    expect(tampered.landing).toBe('/aanmelden?fout=sso');
    await tampered.agent.get('/api/v1/auth/me').expect(401);
    // The state was used up by the refused attempt: the genuine answer no longer matches either.
    const original = tampered.callbackUrl.replace(/state=([^&]*)x(&|$)/, 'state=$1$2');
    expect((await tampered.agent.get(original).expect(303)).headers.location).toBe(
      '/aanmelden?fout=sso',
    );
    expect(await t.dataSource.query(`select 1 from app_user`)).toHaveLength(0);

    const genuine = await signInWithSso(who);
    expect(genuine.landing).toBe('/');
    const replay = await genuine.agent.get(genuine.callbackUrl).expect(303);
    expect(replay.headers.location).toBe('/aanmelden?fout=sso');
  });

  it('refuses an ID token whose claims were changed after signing', async () => {
    const who = account({ email_verified: false });
    await invite(who.email, 'programmaleider');
    idp.forgeNextIdToken = (claims) =>
      Object.assign(claims, { email: who.email, email_verified: true });
    const { agent, landing } = await signInWithSso(who);
    expect(idp.forgeNextIdToken).toBeUndefined(); // the forgery was served
    expect(landing).toBe('/aanmelden?fout=sso');
    await agent.get('/api/v1/auth/me').expect(401);
    expect(await t.dataSource.query(`select 1 from app_user`)).toHaveLength(0);
  });

  it('sends a callback without a sign-in in progress back with fout=sso, never an error page', async () => {
    const res = await request(t.http)
      .get('/api/v1/auth/oidc/callback?code=abc&state=def')
      .expect(303);
    expect(res.headers.location).toBe('/aanmelden?fout=sso');
    const error = await request(t.http)
      .get('/api/v1/auth/oidc/callback?error=access_denied')
      .expect(303);
    expect(error.headers.location).toBe('/aanmelden?fout=sso');
  });
});
