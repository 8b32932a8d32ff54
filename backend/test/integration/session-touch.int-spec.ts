import { createPartnership } from '../factories';
import { signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

/** The idle lifetime is renewed in the database at most once a minute, not on every request. */
describe('Session renewal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const expiries = async () =>
    (
      await t.dataSource.query<{ sid: string; expire: Date }[]>(
        `select sid, expire from user_session where sess->>'userId' is not null order by sid`,
      )
    ).map((r) => [r.sid, r.expire.toISOString()]);

  it('does not write the session on every request within a minute of the last write', async () => {
    const p = await createPartnership(t.dataSource.manager);
    const lead = await signInAs(t, 'programmaleider', p.id);
    // Earlier than any renewal would set it, so a write on the next requests would show.
    await t.dataSource.query(
      `update user_session set expire = date_trunc('second', now()) + interval '5 minutes' where sess->>'userId' is not null`,
    );
    const before = await expiries();
    expect(before).toHaveLength(1);

    for (let i = 0; i < 3; i++) await lead.agent.get(`/api/v1/partnerships/${p.id}`).expect(200);
    expect(await expiries()).toEqual(before);

    // Signing out still ends the session at once.
    await lead.agent.post('/api/v1/auth/logout').set('x-csrf-token', lead.csrf).expect(204);
    await lead.agent.get(`/api/v1/partnerships/${p.id}`).expect(401);
  });
});
