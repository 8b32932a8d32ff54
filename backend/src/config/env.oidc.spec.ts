import { ConfigError, loadConfig } from './env';

const sso = {
  OIDC_ISSUER: 'https://connect.surfconext.nl',
  OIDC_CLIENT_ID: 'zet-monitor.example.nl',
  OIDC_CLIENT_SECRET: 'a-client-secret',
};

describe('loadConfig: single sign-on', () => {
  it('leaves single sign-on off when no OIDC_* variable is set', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('turns it on with issuer, client id and secret, with the redirect URI under PUBLIC_URL', () => {
    expect(loadConfig({ ...sso, PUBLIC_URL: 'https://zet.example.nl/' }).oidc).toEqual({
      issuer: 'https://connect.surfconext.nl',
      clientId: 'zet-monitor.example.nl',
      clientSecret: 'a-client-secret',
      redirectUri: 'https://zet.example.nl/api/v1/auth/oidc/callback',
      displayName: 'SURFconext',
      scopes: 'openid email profile',
    });
  });

  it('refuses half a configuration, naming what is missing', () => {
    try {
      loadConfig({ OIDC_ISSUER: sso.OIDC_ISSUER });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual([
        'OIDC_CLIENT_ID',
        'OIDC_CLIENT_SECRET',
      ]);
    }
  });

  it('refuses a plain-http issuer in production, and scopes without openid', () => {
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://x@y/z',
    };
    expect(() =>
      loadConfig({ ...production, ...sso, OIDC_ISSUER: 'http://idp.example.nl' }),
    ).toThrow(/OIDC_ISSUER: must be an https/);
    expect(() => loadConfig({ ...sso, OIDC_SCOPES: 'email profile' })).toThrow(/OIDC_SCOPES/);
  });
});
