import http from 'node:http';
import { Pool } from 'pg';
import type { Statement } from './capture-sql';

/** What the load worker is asked to do: a closed loop of `concurrency` clients. */
export type LoadJob = {
  concurrency: number;
  requestsPerClient: number;
  warmupPerClient: number;
} & (
  | { kind: 'http'; url: string; cookie: string }
  | { kind: 'sql'; databaseUrl: string; poolSize: number; statements: Statement[] }
);

export type LoadResult = {
  /** Latency of each measured request, in milliseconds. */
  latencies: Float64Array;
  wallMs: number;
  failures: number;
  firstFailure: string | undefined;
};

type Attempt = () => Promise<string | undefined>;

/**
 * Each client sends its requests one after another; the clients run side by side. Warm-up
 * requests come first and are not measured. A failed request is counted, not timed.
 */
async function closedLoop(job: LoadJob, attempt: Attempt): Promise<LoadResult> {
  const warm = async () => {
    for (let i = 0; i < job.warmupPerClient; i++) await attempt();
  };
  await Promise.all(Array.from({ length: job.concurrency }, warm));

  const latencies = new Float64Array(job.concurrency * job.requestsPerClient);
  let measured = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const client = async () => {
    for (let i = 0; i < job.requestsPerClient; i++) {
      const start = process.hrtime.bigint();
      const failure = await attempt();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (failure === undefined) {
        latencies[measured++] = ms;
      } else {
        failures++;
        firstFailure ??= failure;
      }
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: job.concurrency }, client));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { latencies: latencies.subarray(0, measured), wallMs, failures, firstFailure };
}

/** GETs over keep-alive connections, one per client, reading each body to its end. */
async function httpLoad(job: Extract<LoadJob, { kind: 'http' }>): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const attempt: Attempt = () =>
    new Promise((resolve) => {
      const req = http.get(job.url, { agent, headers: { cookie: job.cookie } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () =>
          resolve(res.statusCode === 200 ? undefined : `HTTP ${res.statusCode ?? '?'}`),
        );
        res.on('error', (error) => resolve(error.message));
      });
      req.on('error', (error) => resolve(error.message));
    });
  try {
    return await closedLoop(job, attempt);
  } finally {
    agent.destroy();
  }
}

/** The captured transaction, statement by statement, on a pool as large as the app's. */
async function sqlLoad(job: Extract<LoadJob, { kind: 'sql' }>): Promise<LoadResult> {
  const pool = new Pool({ connectionString: job.databaseUrl, max: job.poolSize });
  const attempt: Attempt = async () => {
    const client = await pool.connect();
    try {
      for (const s of job.statements) await client.query(s.sql, s.params);
      return undefined;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      return error instanceof Error ? error.message : String(error);
    } finally {
      client.release();
    }
  };
  try {
    return await closedLoop(job, attempt);
  } finally {
    await pool.end();
  }
}

export function runLoad(job: LoadJob): Promise<LoadResult> {
  return job.kind === 'http' ? httpLoad(job) : sqlLoad(job);
}
