import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type BenchDatabase = { name: string; url: string; drop(): Promise<void> };

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A throwaway database `zet_bench_<random>` on the server; `drop` is safe to call twice. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `zet_bench_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    drop() {
      dropped ??= onServer(serverUrl, `drop database if exists ${name} with (force)`);
      return dropped;
    },
  };
}
