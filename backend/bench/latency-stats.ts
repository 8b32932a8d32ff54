export type LatencySummary = {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Completed requests per second of wall-clock time. */
  throughput: number;
};

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarise(latenciesMs: Float64Array, wallMs: number): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    throughput: wallMs > 0 ? (sorted.length * 1000) / wallMs : 0,
  };
}
