import { hkdfSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  ZET_DATA_DIR: z.string().min(1).default('.data/pglite'),
  SEED_DEMO: booleanFlag.optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  FRONTEND_DIST: z.string().min(1).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOTP_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(12),
  /** Who must use two-factor sign-in: platform admins and/or the listed partnership roles. */
  TOTP_REQUIRED_FOR: z.string().default('platform_admin,programmaleider'),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('ZET Monitor <no-reply@zet-monitor.local>'),
  TRUST_PROXY: booleanFlag.default(false),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  ERASURE_LOG: z.string().min(1).optional(),
  /** Single sign-on (OpenID Connect, e.g. SURFconext): on when issuer, client id and secret are all set. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_DISPLAY_NAME: z.string().trim().min(1).max(60).default('SURFconext'),
  OIDC_SCOPES: z.string().default('openid email profile'),
});

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

export type AppConfig = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** Absent: run the embedded PostgreSQL (PGlite) with data in `embeddedDataDir`. */
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  seedDemo: boolean;
  dbPoolSize: number;
  frontendDist: string;
  session: { secret: string; idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  /** Seals TOTP secrets at rest (see totp-secret-box). */
  totpKey: Buffer;
  totpRequiredFor: string[];
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  /** Sign-in attempts per IP address per minute. */
  loginRatePerMinute: number;
  /** Failed sign-ins per account per quarter of an hour before it is locked for that window. */
  loginMaxFailures: number;
  /** Kept outside the database so erasures can be re-applied after a restore from backup. */
  erasureLog: string;
  /** Single sign-on through OpenID Connect; undefined when not configured. */
  oidc: OidcConfig | undefined;
};

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: `PUBLIC_URL` + the callback route. */
  redirectUri: string;
  /** Shown on the sign-in button, e.g. "SURFconext". */
  displayName: string;
  scopes: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The key that seals TOTP secrets at rest, derived from TOTP_ENCRYPTION_KEY, else SESSION_SECRET.
 * Changing that material voids every stored second factor; recovery codes (hashes) keep working.
 */
function totpKeyFrom(material: string): Buffer {
  return Buffer.from(hkdfSync('sha256', material, 'zet-monitor', 'totp-secret', 32));
}

/** Reads process.env once; every other file receives the typed result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const embedded = e.DATABASE_URL === undefined;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError([
      'SESSION_SECRET: required in production (at least 32 random characters)',
    ]);
  }
  const host = e.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0');
  const publicUrl = (
    e.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${e.PORT}`
  ).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // The embedded database has no authentication: keep the whole app on loopback by default.
    host,
    databaseUrl: e.DATABASE_URL,
    embeddedDataDir: path.resolve(e.ZET_DATA_DIR),
    seedDemo: e.SEED_DEMO ?? embedded,
    dbPoolSize: e.DB_POOL_SIZE,
    frontendDist: path.resolve(e.FRONTEND_DIST ?? path.join(__dirname, '../../../frontend/dist')),
    session: {
      // Outside production a per-process secret is fine: sessions then end on restart.
      secret: e.SESSION_SECRET ?? randomBytes(32).toString('hex'),
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      secureCookie: e.NODE_ENV === 'production',
    },
    // Outside production without secrets, a fixed development key: the demo's second factors
    // then survive a restart, and it holds nothing worth protecting.
    totpKey: totpKeyFrom(
      e.TOTP_ENCRYPTION_KEY ?? e.SESSION_SECRET ?? 'zet-monitor-development-only-totp-key',
    ),
    totpRequiredFor: e.TOTP_REQUIRED_FOR.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    erasureLog: path.resolve(
      e.ERASURE_LOG ?? path.join(path.dirname(path.resolve(e.ZET_DATA_DIR)), 'erasures.jsonl'),
    ),
    oidc: oidcConfig(e, publicUrl),
  };
}

/** All three of issuer, client id and secret, or none: half a configuration fails at start, not at sign-in. */
function oidcConfig(e: z.infer<typeof envSchema>, publicUrl: string): OidcConfig | undefined {
  const set = OIDC_REQUIRED.filter((name) => e[name] !== undefined);
  if (set.length === 0) return undefined;
  const problems = OIDC_REQUIRED.filter((name) => e[name] === undefined).map(
    (name) =>
      `${name}: required when ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'} set (single sign-on)`,
  );
  if (
    e.NODE_ENV === 'production' &&
    e.OIDC_ISSUER &&
    new URL(e.OIDC_ISSUER).protocol !== 'https:'
  ) {
    problems.push('OIDC_ISSUER: must be an https:// URL in production');
  }
  if (!e.OIDC_SCOPES.split(/\s+/).includes('openid'))
    problems.push("OIDC_SCOPES: must include 'openid'");
  if (problems.length > 0 || !e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET)
    throw new ConfigError(problems);
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri: `${publicUrl}/api/v1/auth/oidc/callback`,
    displayName: e.OIDC_DISPLAY_NAME,
    scopes: e.OIDC_SCOPES.trim().split(/\s+/).join(' '),
  };
}
