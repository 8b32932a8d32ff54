import type { ThemeTrajectory, TrajectoryPoint } from '@zet/contracts';
import { seriesStyle, type SeriesStyle } from './chart-palette';

/**
 * Reshapes the trajectory contract into one row per school year for Recharts. No aggregation
 * happens here: medians, spreads and n come from the server as they are.
 */

export type LocationYearResult = Omit<TrajectoryPoint, 'schoolYear'>;

export type TrajectoryRow = {
  schoolYear: string;
  median: number | null;
  desiredMedian: number | null;
  low: number | null;
  high: number | null;
  /** [low, high] for the band, or null so the band has a gap in a year without results. */
  band: [number, number] | null;
  /** n: the number of locaties with a result this year. */
  locations: number;
  byLocation: Partial<Record<string, LocationYearResult>>;
  /** "Partnerschap als geheel": partnership-wide evaluations, never a locatie's result. */
  whole: LocationYearResult | null;
};

export type TrajectoryLine = { id: string; name: string } & SeriesStyle;

/** Every school year of the trajectory in order (the server's list, plus any stray point's year). */
export function trajectoryYears(trajectory: ThemeTrajectory): string[] {
  const years = new Set(trajectory.schoolYears);
  for (const entry of trajectory.partnership) years.add(entry.schoolYear);
  for (const point of trajectory.partnershipWide ?? []) years.add(point.schoolYear);
  for (const series of trajectory.series)
    for (const point of series.points) years.add(point.schoolYear);
  return years.size === trajectory.schoolYears.length
    ? [...trajectory.schoolYears]
    : [...years].sort();
}

export function trajectoryRows(trajectory: ThemeTrajectory): TrajectoryRow[] {
  const partnershipByYear = new Map(trajectory.partnership.map((p) => [p.schoolYear, p]));
  const wholeByYear = new Map(
    (trajectory.partnershipWide ?? []).map(({ schoolYear, ...result }) => [schoolYear, result]),
  );
  return trajectoryYears(trajectory).map((schoolYear) => {
    const partnership = partnershipByYear.get(schoolYear);
    const low = partnership?.low ?? null;
    const high = partnership?.high ?? null;
    const byLocation: TrajectoryRow['byLocation'] = {};
    for (const series of trajectory.series) {
      const point = series.points.find((p) => p.schoolYear === schoolYear);
      if (point) {
        const { schoolYear: _year, ...result } = point;
        byLocation[series.location.id] = result;
      }
    }
    return {
      schoolYear,
      median: partnership?.median ?? null,
      desiredMedian: partnership?.desiredMedian ?? null,
      low,
      high,
      band: low !== null && high !== null ? [low, high] : null,
      locations: partnership?.locations ?? 0,
      byLocation,
      whole: wholeByYear.get(schoolYear) ?? null,
    };
  });
}

/** The selected locaties in the server's order, each with a colour and marker of its own. */
export function trajectoryLines(
  trajectory: ThemeTrajectory,
  selectedLocationIds: readonly string[],
): TrajectoryLine[] {
  const selected = new Set(selectedLocationIds);
  return trajectory.series
    .filter((series) => selected.has(series.location.id))
    .map((series, index) => ({
      id: series.location.id,
      name: series.location.name,
      ...seriesStyle(index),
    }));
}

/** True when partnership-wide evaluations gave this theme a result in some year. */
export function hasWholePartnership(trajectory: ThemeTrajectory): boolean {
  return (trajectory.partnershipWide ?? []).some(
    (point) => point.current !== null || point.desired !== null,
  );
}

/** True when the trajectory holds no result at all: nothing to draw. */
export function isTrajectoryEmpty(trajectory: ThemeTrajectory): boolean {
  const anySeriesValue = trajectory.series.some((series) =>
    series.points.some((point) => point.current !== null || point.desired !== null),
  );
  const anyMedian = trajectory.partnership.some(
    (entry) => entry.median !== null || entry.desiredMedian !== null,
  );
  return !anySeriesValue && !anyMedian && !hasWholePartnership(trajectory);
}
