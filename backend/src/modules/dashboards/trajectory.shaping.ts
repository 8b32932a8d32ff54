import type { Basis, Location, ThemeTrajectory, TrajectoryPoint } from '@zet/contracts';
import type { TrajectoryRow } from './dashboard.queries';

type Placement = TrajectoryPoint['current'];

export const asPlacement = (v: number | null | undefined): Placement => v ?? null;

const point = (schoolYear: string, r: TrajectoryRow | undefined): TrajectoryPoint => ({
  schoolYear,
  current: asPlacement(r?.current),
  desired: asPlacement(r?.desired),
  currentLow: asPlacement(r?.current_low),
  currentHigh: asPlacement(r?.current_high),
  groups: r?.groups ?? 0,
});

/**
 * Shapes SQL rows into chart-ready series: every school year appears on every line, with nulls
 * where a locatie had no result, so the chart shows a gap rather than interpolating.
 */
export function shapeTrajectory(
  theme: { code: string; name: string },
  schoolYears: string[],
  locations: Pick<Location, 'id' | 'name'>[],
  rows: TrajectoryRow[],
  n: Basis = { locations: 0, sessions: 0 },
  /**
   * How many locaties the viewer does not see by name a year's partnership line must rest on;
   * null when the viewer sees them all. With fewer, median and range would give their results away.
   */
  minOtherLocations: number | null = null,
): ThemeTrajectory {
  const byLocation = new Map<string, Map<string, TrajectoryRow>>();
  const partnership = new Map<string, TrajectoryRow>();
  const wide = new Map<string, TrajectoryRow>();
  for (const row of rows) {
    if (row.level === 'partnership') {
      partnership.set(row.school_year, row);
      continue;
    }
    if (row.level === 'partnership_wide') {
      wide.set(row.school_year, row);
      continue;
    }
    if (!row.location_id) continue;
    let years = byLocation.get(row.location_id);
    if (!years) byLocation.set(row.location_id, (years = new Map<string, TrajectoryRow>()));
    years.set(row.school_year, row);
  }
  return {
    theme,
    schoolYears,
    series: locations
      .filter((l) => byLocation.has(l.id))
      .map((location) => ({
        location: { id: location.id, name: location.name },
        points: schoolYears.map((schoolYear) =>
          point(schoolYear, byLocation.get(location.id)?.get(schoolYear)),
        ),
      })),
    partnership: schoolYears.map((schoolYear) => {
      const found = partnership.get(schoolYear);
      const others = (found?.groups ?? 0) - (found?.named ?? 0);
      const r = minOtherLocations !== null && others < minOtherLocations ? undefined : found;
      return {
        schoolYear,
        median: asPlacement(r?.current),
        low: asPlacement(r?.current_low),
        high: asPlacement(r?.current_high),
        desiredMedian: asPlacement(r?.desired),
        locations: found?.groups ?? 0,
      };
    }),
    partnershipWide: wide.size
      ? schoolYears.map((schoolYear) => point(schoolYear, wide.get(schoolYear)))
      : [],
    n,
  };
}
