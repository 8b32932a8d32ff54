import type * as OpenIdClient from 'openid-client';
import { importEsm } from './esm-import';

describe(importEsm.name, () => {
  it('loads an ESM-only package from CommonJS code', async () => {
    const client = await importEsm<typeof OpenIdClient>('openid-client');
    expect(typeof client.discovery).toBe('function');
    expect(typeof client.randomPKCECodeVerifier()).toBe('string');
  });
});
