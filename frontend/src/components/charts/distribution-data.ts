import type { SafeguardYear } from '@zet/contracts';
import { scaleKey, SCALE_POINTS } from './scenario-scale';

/**
 * Reshapes a waarborg's years into one row per school year with a count per scale point, for a
 * stacked bar. The server zero-fills the distribution; counts, medians and n pass unchanged.
 */
export type DistributionRow = {
  schoolYear: string;
  results: number;
  locations: number;
  median: number | null;
  desiredMedian: number | null;
  /** Count per scale point, keyed by `scaleKey` (2.5 → "p25"). */
  counts: Record<string, number>;
};

export function distributionRows(years: readonly SafeguardYear[]): DistributionRow[] {
  return years.map((year) => {
    const counts: Record<string, number> = {};
    for (const point of SCALE_POINTS) counts[scaleKey(point)] = 0;
    for (const entry of year.distribution) counts[scaleKey(entry.placement)] = entry.count;
    return {
      schoolYear: year.schoolYear,
      results: year.results,
      locations: year.locations,
      median: year.median,
      desiredMedian: year.desiredMedian,
      counts,
    };
  });
}

/** The scale points that occur in any year, so the legend lists only what is drawn. */
export function usedScalePoints(rows: readonly DistributionRow[]): number[] {
  return SCALE_POINTS.filter((point) => rows.some((row) => (row.counts[scaleKey(point)] ?? 0) > 0));
}

export function isDistributionEmpty(years: readonly SafeguardYear[]): boolean {
  return years.every((year) => year.results === 0);
}
