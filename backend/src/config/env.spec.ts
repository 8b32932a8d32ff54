import path from 'node:path';
import { ConfigError, loadConfig } from './env';

describe(loadConfig.name, () => {
  it('runs embedded on loopback with demo data when no DATABASE_URL is given', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.host).toBe('127.0.0.1');
    expect(config.seedDemo).toBe(true);
    expect(config.embeddedDataDir).toBe(path.resolve('.data/pglite'));
  });

  it('listens on all interfaces without demo data against a real server', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://zet@db:5432/zet' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.seedDemo).toBe(false);
  });

  it('lists every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual([
        'PORT',
        'DATABASE_URL',
      ]);
    }
  });

  it('refuses to start in production without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@y/z' })).toThrow(
      /SESSION_SECRET/,
    );
  });
});
