import type { Me } from '@zet/contracts';
import type { Query, QueryClient } from '@tanstack/react-query';
import { authKeys } from './auth-keys';

/** Who the cached data belonged to when the server ended their session (answered 401). */
const expiredUsers = new WeakMap<QueryClient, string>();

const isMeQuery = (query: Query) =>
  query.queryKey.length === authKeys.me().length &&
  authKeys.me().every((part, index) => query.queryKey[index] === part);

/** The server answered 401: nobody is signed in any more; the app shell then asks to sign in. */
export function markSignedOut(client: QueryClient): void {
  const me = client.getQueryData<Me | null>(authKeys.me());
  if (me) expiredUsers.set(client, me.user.id);
  client.setQueryData<Me | null>(authKeys.me(), null);
}

/**
 * Someone signed in. When it is the person whose session just expired, their cached data stays
 * (and is refreshed); anyone else gets an empty cache, so nothing of the previous person shows.
 */
export function markSignedIn(client: QueryClient, me: Me): void {
  const previous =
    client.getQueryData<Me | null>(authKeys.me())?.user.id ?? expiredUsers.get(client);
  expiredUsers.delete(client);
  if (previous === me.user.id) {
    void client.invalidateQueries({ predicate: (query) => !isMeQuery(query) });
  } else {
    client.removeQueries({ predicate: (query) => !isMeQuery(query) });
  }
  client.setQueryData<Me | null>(authKeys.me(), me);
}

/** Signed out on purpose: nothing of the session stays in memory. */
export function clearSession(client: QueryClient): void {
  expiredUsers.delete(client);
  client.removeQueries();
  client.setQueryData<Me | null>(authKeys.me(), null);
}
