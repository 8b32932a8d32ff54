import { writeFileSync } from 'node:fs';
import { TARGETS } from './bench-config';
import type { LatencySummary } from './latency-stats';

export type EndpointResult = {
  endpoint: string;
  path: string;
  app: LatencySummary;
  sql: LatencySummary;
  /** Statements in the replayed transaction, `START TRANSACTION` and `COMMIT` included. */
  sqlStatements: number;
  failures: { app: number; sql: number; first: string | undefined };
  /** App p95 over bare-SQL p95. */
  ratio: number;
  pass: boolean;
  /** Why it failed, in words; empty when it passed. */
  misses: string[];
};

export function judge(
  endpoint: string,
  path: string,
  app: LatencySummary,
  sql: LatencySummary,
  sqlStatements: number,
  failures: EndpointResult['failures'],
): EndpointResult {
  const ratio = app.p95 / sql.p95;
  const misses: string[] = [];
  if (failures.app > 0 || failures.sql > 0) misses.push('errors');
  if (!(app.p95 < TARGETS.p95Ms)) misses.push(`p95 ≥ ${TARGETS.p95Ms} ms`);
  if (!(ratio <= TARGETS.ratio)) misses.push(`ratio > ${TARGETS.ratio}`);
  return {
    endpoint,
    path,
    app,
    sql,
    sqlStatements,
    failures,
    ratio,
    pass: misses.length === 0,
    misses,
  };
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

export function formatTable(results: EndpointResult[]): string {
  const header = [
    'endpoint',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'SQL p95 ms',
    'ratio',
    'result',
  ];
  const rows = results.map((r) => [
    r.endpoint,
    ms(r.app.p50),
    ms(r.app.p95),
    ms(r.app.p99),
    r.app.throughput.toFixed(0),
    ms(r.sql.p95),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : '–',
    r.pass ? 'PASS' : `FAIL (${r.misses.join(', ')})`,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  // Names and the verdict left-aligned, numbers right-aligned.
  const left = new Set([0, header.length - 1]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (left.has(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function writeJson(path: string, report: object): void {
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
