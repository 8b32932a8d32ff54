import { MemoryStore, type SessionData } from 'express-session';
import { throttleTouch } from './session-touch';

/** express-session's own store, counting the touches that reach it. */
class CountingStore extends MemoryStore {
  touches = 0;
  override touch(sid: string, session: SessionData, callback?: () => void): void {
    this.touches++;
    super.touch(sid, session, callback);
  }
}

const session = { cookie: { originalMaxAge: 60_000, expires: new Date(Date.now() + 60_000) } };

describe(throttleTouch.name, () => {
  const setup = () => {
    let clock = 1_000_000;
    const inner = new CountingStore();
    const store = throttleTouch(inner, 60_000, () => clock);
    const touch = (sid: string) =>
      new Promise<void>((resolve) => store.touch(sid, session, () => resolve()));
    const set = (sid: string) =>
      new Promise<void>((resolve) => store.set(sid, session, () => resolve()));
    return { inner, store, touch, set, tick: (ms: number) => (clock += ms) };
  };

  it('touches a session once, then not again within the interval', async () => {
    const s = setup();
    await s.touch('a');
    await s.touch('a');
    s.tick(59_999);
    await s.touch('a');
    expect(s.inner.touches).toBe(1);
  });

  it('touches again once the interval has passed, and each session on its own', async () => {
    const s = setup();
    await s.touch('a');
    await s.touch('b');
    s.tick(60_000);
    await s.touch('a');
    expect(s.inner.touches).toBe(3);
  });

  it('counts a save as a touch, and forgets a destroyed session', async () => {
    const s = setup();
    await s.set('a');
    await s.touch('a');
    expect(s.inner.touches).toBe(0);
    await new Promise<void>((resolve) => s.store.destroy('a', () => resolve()));
    await s.set('a');
    s.store.destroy('a');
    await s.touch('a');
    expect(s.inner.touches).toBe(1);
  });
});
