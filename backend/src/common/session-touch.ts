import type { Store } from 'express-session';
import { LRUCache } from 'lru-cache';

/** How often a session's idle lifetime is renewed in the database, at most. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/**
 * Renews a session's idle expiry in the store at most once per interval per process, instead of
 * on every request: express-session waits for the touch (an UPDATE) before it ends the response.
 * A session therefore expires between `idle − interval` and `idle` after its last request, never
 * later than configured. A full save (sign-in, changed session) counts as a touch; a failed touch
 * does not, so the next request retries it.
 */
export function throttleTouch<S extends Store>(
  store: S,
  intervalMs = SESSION_TOUCH_INTERVAL_MS,
  now: () => number = Date.now,
): S {
  if (!store.touch) return store;
  const touch = store.touch.bind(store);
  const set = store.set.bind(store);
  const destroy = store.destroy.bind(store);
  // Bounded: a forgotten session only costs one extra touch.
  const touchedAt = new LRUCache<string, number>({ max: 100_000 });

  // express-session passes its touch callback an error, though the types say it takes none.
  store.touch = (sid, session, callback?: (error?: unknown) => void) => {
    const last = touchedAt.get(sid);
    const at = now();
    if (last !== undefined && at - last < intervalMs) {
      callback?.();
      return;
    }
    touch(sid, session, (error?: unknown) => {
      if (!error) touchedAt.set(sid, at);
      callback?.(error);
    });
  };
  store.set = (sid, session, callback) => {
    const at = now();
    set(sid, session, (error?: unknown) => {
      if (!error) touchedAt.set(sid, at);
      callback?.(error);
    });
  };
  store.destroy = (sid, callback) => {
    touchedAt.delete(sid);
    destroy(sid, callback);
  };
  return store;
}
