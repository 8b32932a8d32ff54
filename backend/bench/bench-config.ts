import { z } from 'zod';
import type { DemoParams } from '../src/database/seed/demo-dataset.types';
import { NATIONAL_PARAMS } from '../src/database/seed/demo-dataset';

/** DESIGN.md §8: every dashboard endpoint p95 < 50 ms, and within 1.5× of its bare SQL. */
export const TARGETS = { p95Ms: 50, ratio: 1.5 } as const;

/** `small` keeps one partnership's shape (25 locaties × 10 years) but seeds only 5 of them. */
const SCALES: Record<'national' | 'small', DemoParams> = {
  national: NATIONAL_PARAMS,
  small: { ...NATIONAL_PARAMS, partnerships: 5 },
};

const count = (fallback: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/postgres'),
  BENCH_SCALE: z.enum(['national', 'small']).default('national'),
  BENCH_CONCURRENCY: count(20, 200),
  /** Measured requests per client and endpoint (each client sends them one after another). */
  BENCH_REQUESTS: count(50, 10_000),
  /** Unmeasured requests per client before each measurement. */
  BENCH_WARMUP: count(5, 1_000),
  /** Comma-separated endpoint names to run (default: all). */
  BENCH_ENDPOINTS: z.string().optional(),
  BENCH_JSON: z.string().min(1).optional(),
});

export type BenchConfig = {
  serverUrl: string;
  scale: 'national' | 'small';
  params: DemoParams;
  concurrency: number;
  requestsPerClient: number;
  warmupPerClient: number;
  endpoints: string[] | null;
  jsonPath: string | undefined;
};

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid benchmark configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    serverUrl: e.DATABASE_URL,
    scale: e.BENCH_SCALE,
    params: SCALES[e.BENCH_SCALE],
    concurrency: e.BENCH_CONCURRENCY,
    requestsPerClient: e.BENCH_REQUESTS,
    warmupPerClient: e.BENCH_WARMUP,
    endpoints: e.BENCH_ENDPOINTS
      ? e.BENCH_ENDPOINTS.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : null,
    jsonPath: e.BENCH_JSON,
  };
}
