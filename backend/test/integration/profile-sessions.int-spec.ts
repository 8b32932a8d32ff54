import { listOf, problemSchema, profileSchema, sessionInfoSchema } from '@zet/contracts';
import request from 'supertest';
import { createMember, signIn } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('Profile and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.truncate();
  });

  it('shows and renames one’s own profile', async () => {
    const member = await createMember(t);
    const { agent, csrf } = await signIn(t, member);
    const profile = profileSchema
      .strict()
      .parse((await agent.get('/api/v1/auth/profile').expect(200)).body);
    expect(profile).toMatchObject({
      id: member.userId,
      email: member.email,
      isPlatformAdmin: false,
      totpEnabled: false,
    });
    expect(profile.lastSignInAt).not.toBeNull();

    const renamed = await agent
      .patch('/api/v1/auth/profile')
      .set('x-csrf-token', csrf)
      .send({ name: '  Anna de Boer ' })
      .expect(200);
    expect(profileSchema.strict().parse(renamed.body).name).toBe('Anna de Boer');
    expect(
      profileSchema.parse((await agent.get('/api/v1/auth/profile').expect(200)).body).name,
    ).toBe('Anna de Boer');

    const empty = await agent
      .patch('/api/v1/auth/profile')
      .set('x-csrf-token', csrf)
      .send({ name: ' ' })
      .expect(400);
    expect(problemSchema.parse(empty.body).errors).toEqual([
      { path: ['name'], message: 'Vul een naam in.' },
    ]);
    await agent.patch('/api/v1/auth/profile').send({ name: 'Zonder token' }).expect(403);
    await request(t.http).get('/api/v1/auth/profile').expect(401);

    const [entry] = await t.dataSource.query<
      {
        action: string;
        target_id: string;
      }[]
    >(`select action, target_id from audit_log where action = 'auth.profile_updated'`);
    expect(entry).toEqual({ action: 'auth.profile_updated', target_id: member.userId });
  });

  it('lists one’s sessions and signs out everywhere else', async () => {
    const member = await createMember(t);
    const laptop = await signIn(t, member);
    const tablet = await signIn(t, member);
    const someoneElse = await signIn(t, await createMember(t));

    const sessions = listOf(sessionInfoSchema.strict()).parse(
      (await laptop.agent.get('/api/v1/auth/sessions').expect(200)).body,
    );
    expect(sessions.items).toHaveLength(2);
    expect(sessions.items.filter((s) => s.current)).toHaveLength(1);

    await laptop.agent.delete('/api/v1/auth/sessions').expect(403);
    await laptop.agent.delete('/api/v1/auth/sessions').set('x-csrf-token', laptop.csrf).expect(204);

    await tablet.agent.get('/api/v1/auth/me').expect(401);
    await laptop.agent.get('/api/v1/auth/me').expect(200);
    await someoneElse.agent.get('/api/v1/auth/me').expect(200);
    const after = listOf(sessionInfoSchema.strict()).parse(
      (await laptop.agent.get('/api/v1/auth/sessions').expect(200)).body,
    );
    expect(after.items).toEqual([expect.objectContaining({ current: true })]);
  });
});
