import {
  loginResultSchema,
  problemSchema,
  recoveryCodesSchema,
  totpSetupSchema,
} from '@zet/contracts';
import { generate } from 'otplib';
import request from 'supertest';
import { createPartnership } from '../factories';
import { createMember, csrfToken, signIn, TEST_PASSWORD, type TestMember } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('Two-factor sign-in with TOTP and recovery codes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Signs in with the password only: the answer says what the second step is. */
  async function passwordStep(member: TestMember) {
    const agent = request.agent(t.http);
    const csrf = await csrfToken(agent);
    const res = await agent
      .post('/api/v1/auth/login')
      .set('x-csrf-token', csrf)
      .send({ email: member.email, password: TEST_PASSWORD })
      .expect(200);
    return { agent, result: loginResultSchema.parse(res.body) };
  }

  async function secondStep(agent: ReturnType<typeof request.agent>, code: string, status: number) {
    const csrf = await csrfToken(agent);
    return agent
      .post('/api/v1/auth/login/totp')
      .set('x-csrf-token', csrf)
      .send({ code })
      .expect(status);
  }

  async function enrolled() {
    const p = await createPartnership(t.dataSource.manager);
    const member = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });
    const { agent, csrf } = await signIn(t, member);
    const setup = totpSetupSchema.parse(
      (await agent.post('/api/v1/auth/totp/setup').set('x-csrf-token', csrf).expect(200)).body,
    );
    const wrong = await agent
      .post('/api/v1/auth/totp/enable')
      .set('x-csrf-token', csrf)
      .send({ code: '000000' === (await generate({ secret: setup.secret })) ? '111111' : '000000' })
      .expect(400);
    expect(problemSchema.parse(wrong.body).errors?.[0]?.path).toEqual(['code']);
    const { recoveryCodes } = recoveryCodesSchema.parse(
      (
        await agent
          .post('/api/v1/auth/totp/enable')
          .set('x-csrf-token', csrf)
          .send({ code: await generate({ secret: setup.secret }) })
          .expect(200)
      ).body,
    );
    return { member, secret: setup.secret, recoveryCodes };
  }

  it('stores the secret sealed, not as it was shown to the person', async () => {
    const { member, secret } = await enrolled();
    const [row] = await t.dataSource.query<[{ totp_secret: string; totp_enabled_at: Date }]>(
      `select totp_secret, totp_enabled_at from app_user where id = $1`,
      [member.userId],
    );
    expect(row.totp_enabled_at).not.toBeNull();
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(secret);
  });

  it('asks for a code after the password, refuses a wrong one in Dutch, and signs in with the right one', async () => {
    const { member, secret } = await enrolled();
    const { agent, result } = await passwordStep(member);
    expect(result.status).toBe('totp_required');
    await agent.get('/api/v1/auth/me').expect(401);

    const code = await generate({ secret });
    const wrong = await secondStep(agent, code === '123456' ? '654321' : '123456', 401);
    expect(problemSchema.parse(wrong.body).detail).toMatch(/Deze code klopt niet/);
    await agent.get('/api/v1/auth/me').expect(401);

    const ok = await secondStep(agent, code, 200);
    expect(loginResultSchema.parse(ok.body).status).toBe('signed_in');
    await agent.get('/api/v1/auth/me').expect(200);
  });

  it('accepts each recovery code once', async () => {
    const { member, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    const first = await passwordStep(member);
    await secondStep(first.agent, recoveryCodes[0]!, 200);
    const again = await passwordStep(member);
    await secondStep(again.agent, recoveryCodes[0]!, 401);
    await secondStep(again.agent, recoveryCodes[1]!, 200);
  });
});
