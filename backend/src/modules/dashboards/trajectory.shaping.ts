import type { Location, ThemeTrajectory, TrajectoryPoint } from '@zet/contracts';
import type { TrajectoryRow } from './dashboard.queries';

type Placement = TrajectoryPoint['current'];

const asPlacement = (v: number | null): Placement => v;

/**
 * Shapes SQL rows into chart-ready series: every school year appears on every line, with nulls
 * where a locatie had no result, so the chart shows a gap rather than interpolating.
 */
export function shapeTrajectory(
  theme: { code: string; name: string },
  schoolYears: string[],
  locations: Pick<Location, 'id' | 'name'>[],
  rows: TrajectoryRow[],
): ThemeTrajectory {
  const byLocation = new Map<string, Map<string, TrajectoryRow>>();
  const partnership = new Map<string, TrajectoryRow>();
  for (const row of rows) {
    if (row.level === 'partnership') {
      partnership.set(row.school_year, row);
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
        points: schoolYears.map((schoolYear) => {
          const r = byLocation.get(location.id)?.get(schoolYear);
          return {
            schoolYear,
            current: asPlacement(r?.current ?? null),
            desired: asPlacement(r?.desired ?? null),
            currentLow: asPlacement(r?.current_low ?? null),
            currentHigh: asPlacement(r?.current_high ?? null),
            groups: r?.groups ?? 0,
          };
        }),
      })),
    partnership: schoolYears.map((schoolYear) => {
      const r = partnership.get(schoolYear);
      return {
        schoolYear,
        median: asPlacement(r?.current ?? null),
        low: asPlacement(r?.current_low ?? null),
        high: asPlacement(r?.current_high ?? null),
        desiredMedian: asPlacement(r?.desired ?? null),
        locations: r?.groups ?? 0,
      };
    }),
  };
}
