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
});

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
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
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
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // The embedded database has no authentication: keep the whole app on loopback by default.
    host: e.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl: e.DATABASE_URL,
    embeddedDataDir: path.resolve(e.ZET_DATA_DIR),
    seedDemo: e.SEED_DEMO ?? embedded,
    dbPoolSize: e.DB_POOL_SIZE,
    frontendDist: path.resolve(e.FRONTEND_DIST ?? path.join(__dirname, '../../../frontend/dist')),
  };
}
