import type { LocationDashboard, ThemeTrajectory } from '@zet/contracts';

/**
 * Reshapes the Onze locatie contract for the shared charts and tables. No aggregation: the
 * locatie's results and the partnership's unnamed distribution come from the server as they are.
 */

type ThemeEntry = LocationDashboard['themes'][number];
type Point = ThemeEntry['points'][number];

/**
 * One theme as a trajectory: the locatie as the only line, the partnership's median and spread
 * as the band (no desired median: the server does not send it for this view).
 */
export function locationTrajectory(
  dashboard: LocationDashboard,
  themeCode: string,
): ThemeTrajectory | undefined {
  const entry = dashboard.themes.find((t) => t.theme.code === themeCode);
  if (!entry) return undefined;
  return {
    theme: entry.theme,
    schoolYears: dashboard.schoolYears,
    series: [
      {
        location: { id: dashboard.location.id, name: dashboard.location.name },
        points: entry.points
          .filter((point) => point.current !== null || point.desired !== null)
          .map(({ partnership: _partnership, ...point }) => point),
      },
    ],
    partnership: entry.points.map((point) => ({
      schoolYear: point.schoolYear,
      median: point.partnership.median,
      low: point.partnership.low,
      high: point.partnership.high,
      desiredMedian: null,
      locations: point.partnership.locations,
    })),
  };
}

export type LatestResult = {
  code: string;
  name: string;
  /** The newest point with a result of the locatie itself; undefined if never evaluated. */
  latest: Point | undefined;
};

/** Per theme the newest own result, with the partnership's distribution of that same year. */
export function latestResults(dashboard: LocationDashboard): LatestResult[] {
  return dashboard.themes.map(({ theme, points }) => ({
    code: theme.code,
    name: theme.name,
    latest: [...points]
      .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear))
      .filter((point) => point.current !== null || point.desired !== null)
      .at(-1),
  }));
}

export type FindingYear = {
  schoolYear: string;
  themes: {
    code: string;
    strengths: LocationDashboard['findings'];
    developments: LocationDashboard['findings'];
  }[];
};

/** Findings grouped by school year (newest first), then theme; only one theme when given. */
export function findingsByYear(
  dashboard: LocationDashboard,
  themeCode: string | undefined,
): FindingYear[] {
  type Group = FindingYear['themes'][number];
  const years = new Map<string, Map<string, Group>>();
  for (const finding of dashboard.findings) {
    if (themeCode !== undefined && finding.theme !== themeCode) continue;
    const themes = years.get(finding.schoolYear) ?? new Map<string, Group>();
    years.set(finding.schoolYear, themes);
    const group: Group = themes.get(finding.theme) ?? {
      code: finding.theme,
      strengths: [],
      developments: [],
    };
    themes.set(finding.theme, group);
    (finding.kind === 'strength' ? group.strengths : group.developments).push(finding);
  }
  const themeOrder = dashboard.themes.map((t) => t.theme.code);
  return [...years.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([schoolYear, themes]) => ({
      schoolYear,
      themes: [...themes.values()].sort(
        (a, b) => themeOrder.indexOf(a.code) - themeOrder.indexOf(b.code),
      ),
    }));
}

/** An action is overdue when its due date lies before today (both ISO dates). */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}

/** The locaties this person can pick: a locatie user their own, everyone else all of them. */
export function pickableLocations<T extends { id: string }>(
  all: readonly T[],
  ownLocationIds: readonly string[],
  seesAll: boolean,
): T[] {
  if (seesAll) return [...all];
  const own = new Set(ownLocationIds);
  return all.filter((location) => own.has(location.id));
}
