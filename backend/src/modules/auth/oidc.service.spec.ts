import type { Request } from 'express';
import type { ScopedDb } from '../../common/access/scoped-db';
import { loadConfig } from '../../config/env';
import type { AuditService } from '../audit/audit.service';
import type { AuthService } from './auth.service';
import { landingPage } from './oidc.controller';
import { OidcService } from './oidc.service';

// The flow itself is tested against a real provider in test/integration/oidc.int-spec.ts.
describe(OidcService.name, () => {
  const service = (env: Record<string, string>) =>
    new OidcService({} as ScopedDb, {} as AuditService, {} as AuthService, loadConfig(env));

  it('offers no single sign-on and refuses to start or finish one when not configured', async () => {
    const off = service({});
    expect(off.providers()).toEqual({ sso: null });
    const req = { session: {} } as unknown as Request;
    expect(await off.start(req)).toEqual({ kind: 'refused', reason: 'disabled' });
    expect(await off.finish(req)).toEqual({ kind: 'refused', reason: 'disabled' });
  });

  it('names the provider for the sign-in button when configured', () => {
    const on = service({
      OIDC_ISSUER: 'https://idp.example.nl',
      OIDC_CLIENT_ID: 'zet',
      OIDC_CLIENT_SECRET: 's',
      OIDC_DISPLAY_NAME: 'Mijn Instelling',
    });
    expect(on.providers()).toEqual({
      sso: { displayName: 'Mijn Instelling', startUrl: '/api/v1/auth/oidc/start' },
    });
  });
});

describe(landingPage.name, () => {
  it('sends a signed-in person home, or to the second step when their account has one', () => {
    expect(landingPage({ kind: 'signed_in', status: 'signed_in' })).toBe('/');
    expect(landingPage({ kind: 'signed_in', status: 'totp_setup_required' })).toBe('/');
    expect(landingPage({ kind: 'signed_in', status: 'totp_required' })).toBe(
      '/aanmelden?stap=tweestapsverificatie',
    );
  });

  it('sends a refusal back to the sign-in page with its reason', () => {
    expect(landingPage({ kind: 'refused', reason: 'no_invitation' })).toBe(
      '/aanmelden?fout=geen-uitnodiging',
    );
    expect(landingPage({ kind: 'refused', reason: 'email_unverified' })).toBe(
      '/aanmelden?fout=email-niet-bevestigd',
    );
    expect(landingPage({ kind: 'refused', reason: 'failed' })).toBe('/aanmelden?fout=sso');
    expect(landingPage({ kind: 'refused', reason: 'disabled' })).toBe('/aanmelden?fout=sso');
  });
});
