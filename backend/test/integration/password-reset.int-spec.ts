import { problemSchema } from '@zet/contracts';
import request from 'supertest';
import { createMember, csrfToken, signIn, TEST_PASSWORD } from '../setup/auth';
import { lastMailTo, mailService, mailsTo, tokenFromMail } from '../setup/mail';
import { createTestApp, type TestApp } from '../setup/test-app';

const NEW_PASSWORD = 'mijn-nieuwe-wachtwoordzin';

describe('Password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.truncate();
    mailService(t).clearOutbox();
  });

  async function anonymous() {
    const agent = request.agent(t.http);
    return { agent, csrf: await csrfToken(agent) };
  }

  async function requestReset(email: string) {
    const { agent, csrf } = await anonymous();
    // Always the same answer: 202 with an empty body.
    return agent
      .post('/api/v1/auth/password-reset')
      .set('x-csrf-token', csrf)
      .send({ email })
      .expect(202);
  }

  async function confirm(token: string, password = NEW_PASSWORD) {
    const { agent, csrf } = await anonymous();
    return agent
      .post('/api/v1/auth/password-reset/confirm')
      .set('x-csrf-token', csrf)
      .send({ token, password });
  }

  async function login(email: string, password: string) {
    const { agent, csrf } = await anonymous();
    return agent.post('/api/v1/auth/login').set('x-csrf-token', csrf).send({ email, password });
  }

  it('answers the same for an unknown address and mails a one-hour link only to a known one', async () => {
    const member = await createMember(t);
    const known = await requestReset(member.email.toUpperCase());
    const unknown = await requestReset('niemand@school.test');
    expect(unknown.body).toEqual(known.body);
    expect(unknown.text).toBe(known.text);

    expect(mailsTo(t, 'niemand@school.test')).toEqual([]);
    const mail = lastMailTo(t, member.email);
    expect(mail.subject).toBe('Nieuw wachtwoord instellen voor ZET Monitor');
    expect(mail.text).toMatch(/een uur geldig/);
    tokenFromMail(mail, '/wachtwoord-herstellen');

    const [row] = await t.dataSource.query<[{ token_hash: string; seconds: number }]>(
      `select token_hash, extract(epoch from expires_at - created_at)::int as seconds from password_reset where user_id = $1`,
      [member.userId],
    );
    expect(row.seconds).toBe(3600);
    // Only the hash is stored, never the token of the link.
    expect(mail.text).not.toContain(row.token_hash);
  });

  it('sets the new password once, ends every session and records it', async () => {
    const member = await createMember(t);
    const session = await signIn(t, member);
    await session.agent.get('/api/v1/auth/me').expect(200);

    await requestReset(member.email);
    const token = tokenFromMail(lastMailTo(t, member.email), '/wachtwoord-herstellen');
    expect((await confirm(token)).status).toBe(204);

    await session.agent.get('/api/v1/auth/me').expect(401);
    expect((await login(member.email, TEST_PASSWORD)).status).toBe(401);
    await signIn(t, member, NEW_PASSWORD);

    const reused = await confirm(token, 'nog-een-ander-wachtwoord');
    expect(reused.status).toBe(400);
    expect(problemSchema.parse(reused.body)).toMatchObject({
      detail: expect.stringMatching(/niet \(meer\) geldig/),
      errors: [{ path: ['token'] }],
    });

    const actions = await t.dataSource.query<{ action: string }[]>(
      `select action from audit_log where user_id = $1 and action like 'auth.password%' order by id`,
      [member.userId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'auth.password_reset_requested',
      'auth.password_reset',
    ]);
  });

  it('refuses an expired link and a weak password, in Dutch', async () => {
    const member = await createMember(t);
    await requestReset(member.email);
    const token = tokenFromMail(lastMailTo(t, member.email), '/wachtwoord-herstellen');

    const weak = await confirm(token, 'kort');
    expect(weak.status).toBe(400);
    expect(problemSchema.parse(weak.body).errors).toEqual([
      { path: ['password'], message: 'Kies een wachtwoord van minstens 12 tekens.' },
    ]);

    await t.dataSource.query(
      `update password_reset set expires_at = now() - interval '1 second' where user_id = $1`,
      [member.userId],
    );
    const expired = await confirm(token);
    expect(expired.status).toBe(400);
    expect(problemSchema.parse(expired.body).detail).toMatch(/verlopen/);
    expect((await login(member.email, TEST_PASSWORD)).status).toBe(200);

    const garbage = await confirm('x'.repeat(43));
    expect(garbage.status).toBe(400);
  });

  it('sends at most three links an hour to one person, with the same answer', async () => {
    const member = await createMember(t);
    for (let i = 0; i < 5; i++) await requestReset(member.email);
    expect(mailsTo(t, member.email)).toHaveLength(3);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    const member = await createMember(t);
    for (let i = 0; i < 5; i++)
      expect((await login(member.email, 'verkeerd-wachtwoord')).status).toBe(401);
    expect((await login(member.email, TEST_PASSWORD)).status).toBe(429);

    await requestReset(member.email);
    expect(
      (await confirm(tokenFromMail(lastMailTo(t, member.email), '/wachtwoord-herstellen'))).status,
    ).toBe(204);
    expect((await login(member.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses a request without the CSRF token', async () => {
    const res = await request(t.http)
      .post('/api/v1/auth/password-reset')
      .send({ email: 'iemand@school.test' })
      .expect(403);
    expect(problemSchema.parse(res.body).status).toBe(403);
  });
});

describe('Password reset rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '3' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits reset requests per address per minute', async () => {
    const agent = request.agent(t.http);
    const csrf = await csrfToken(agent);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await agent
            .post('/api/v1/auth/password-reset')
            .set('x-csrf-token', csrf)
            .send({ email: `x${i}@school.test` })
        ).status,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});
