import 'reflect-metadata';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp, type RunningApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/env';
import { createTestDatabase, type TestDatabase } from './test-database';

export type TestApp = {
  running: RunningApp;
  dataSource: DataSource;
  /** The Node http server, for supertest. */
  http: Server;
  /** Empties every table but the migrations' and the content mirror. */
  truncate(): Promise<void>;
  close(): Promise<void>;
};

const KEEP = new Set(['schema_migration', 'content_version', 'content_theme']);

/** The real app on a fresh database, migrated, content synced, without demo data. */
export async function createTestApp(
  options: { seedDemo?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    SEED_DEMO: options.seedDemo ? 'true' : 'false',
    FRONTEND_DIST: '/nonexistent',
    // Tests sign in often from one address; the rate-limit test sets its own limits.
    LOGIN_RATE_PER_MINUTE: '10000',
    TOTP_REQUIRED_FOR: '',
    ERASURE_LOG: `/tmp/zet-test-erasures-${process.pid}-${Date.now()}.jsonl`,
    ...options.env,
  });
  const running = await createApp(config, { databaseUrl: database.url, logger: false });
  const dataSource = running.dataSource;
  const tables: { tablename: string }[] = await dataSource.query(
    `select tablename from pg_tables where schemaname = 'public'`,
  );
  const toTruncate = tables.map((t) => t.tablename).filter((t) => !KEEP.has(t));
  return {
    running,
    dataSource,
    http: running.app.getHttpServer() as Server,
    async truncate() {
      await dataSource.query(`truncate ${toTruncate.join(', ')} cascade`);
    },
    async close() {
      await running.close();
      await database.drop();
    },
  };
}
