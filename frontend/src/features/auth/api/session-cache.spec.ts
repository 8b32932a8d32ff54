import { describe, expect, it } from '@jest/globals';
import type { Me } from '@zet/contracts';
import { QueryClient } from '@tanstack/react-query';
import { authKeys } from './auth-keys';
import { clearSession, markSignedIn, markSignedOut } from './session-cache';

const partnershipKey = ['partnerships', 'detail', 'p1'];

function me(id: string): Me {
  return {
    user: { id, name: id, email: `${id}@school.nl`, isPlatformAdmin: false, totpEnabled: false },
    memberships: [],
    mustEnrolTotp: false,
  };
}

/** Without garbage collection: no timers left behind to keep jest waiting. */
const newClient = () => new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });

function clientSignedInAs(id: string): QueryClient {
  const client = newClient();
  client.setQueryData(authKeys.me(), me(id));
  client.setQueryData(partnershipKey, { name: `van ${id}` });
  return client;
}

describe(markSignedIn.name, () => {
  it('drops every cached query when a different user signs in after a 401', () => {
    const client = clientSignedInAs('anna');
    markSignedOut(client);
    markSignedIn(client, me('bram'));
    expect(client.getQueryData(partnershipKey)).toBeUndefined();
    expect(client.getQueryData(authKeys.me())).toEqual(me('bram'));
  });

  it('keeps (and marks stale) the cached data when the same user signs in again', () => {
    const client = clientSignedInAs('anna');
    markSignedOut(client);
    markSignedIn(client, me('anna'));
    expect(client.getQueryData(partnershipKey)).toEqual({ name: 'van anna' });
    expect(client.getQueryState(partnershipKey)?.isInvalidated).toBe(true);
  });

  it('starts from an empty cache when nobody was signed in before', () => {
    const client = newClient();
    client.setQueryData(['content', 'overview'], { themes: [] });
    markSignedIn(client, me('anna'));
    expect(client.getQueryData(['content', 'overview'])).toBeUndefined();
  });
});

describe(markSignedOut.name, () => {
  it('sets the session to nobody', () => {
    const client = clientSignedInAs('anna');
    markSignedOut(client);
    expect(client.getQueryData(authKeys.me())).toBeNull();
  });
});

describe(clearSession.name, () => {
  it('removes everything, so even the same user starts afresh', () => {
    const client = clientSignedInAs('anna');
    clearSession(client);
    expect(client.getQueryData(partnershipKey)).toBeUndefined();
    expect(client.getQueryData(authKeys.me())).toBeNull();
    client.setQueryData(partnershipKey, { name: 'oud' });
    markSignedIn(client, me('anna'));
    expect(client.getQueryData(partnershipKey)).toBeUndefined();
  });
});
