import {
  type Ambitions,
  type AppliedFilters,
  type Basis,
  type Coverage,
  type CoverageCell,
  type Gaps,
  type Heatmap,
  type LocationDashboard,
  PLACEMENT_VALUES,
  type RolePerspectives,
  type SafeguardOverview,
  type Transitions,
} from '@zet/contracts';
import type {
  AmbitionRow,
  CoverageRow,
  GapRow,
  HeatmapRow,
  LocationFindingRow,
  LocationTrajectoryRow,
  OpenActionRow,
  RolePerspectiveRow,
  SafeguardRow,
  SafeguardThreadRow,
  TransitionRow,
} from './dashboard.queries';
import { OTHER_ROLES, type SafeguardInfo } from './dashboard-content';
import { asPlacement } from './trajectory.shaping';

/**
 * Shapes SQL rows into chart-ready contract data. Nothing here aggregates: every count, median
 * and range comes from the database; this only arranges rows, fills gaps with nulls or zeros
 * and leaves out what the caller may not see by name.
 */

type ThemeRef = { code: string; name: string };
type NamedLocation = { id: string; name: string };
type Common = { filters: AppliedFilters; n: Basis };

const byKey = <T, K>(items: T[], key: (item: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

// ---------------------------------------------------------------------------------------------

function coverageCell(theme: string, row: CoverageRow | undefined): CoverageCell {
  return {
    theme,
    lastSchoolYear: row?.last_year ?? null,
    yearsSince: row?.years_since ?? null,
    stale: row?.stale ?? true,
    sessions: row?.sessions ?? 0,
  };
}

export function shapeCoverage(
  input: Common & {
    themes: ThemeRef[];
    referenceYear: string | null;
    locations: NamedLocation[];
    rows: CoverageRow[];
  },
): Coverage {
  const cells = new Map<string, CoverageRow>();
  const wide = new Map<string, CoverageRow>();
  const perTheme = new Map<string, CoverageRow>();
  for (const row of input.rows) {
    if (row.level === 'location' && row.location_id)
      cells.set(`${row.location_id}|${row.theme}`, row);
    else if (row.level === 'partnership_wide') wide.set(row.theme, row);
    else if (row.level === 'theme') perTheme.set(row.theme, row);
  }
  const locationIds = new Set(
    input.rows.filter((r) => r.level === 'location').map((r) => r.location_id),
  );
  return {
    filters: input.filters,
    referenceYear: input.referenceYear,
    themes: input.themes,
    rows: input.locations
      .filter((l) => locationIds.has(l.id))
      .map((location) => ({
        location: { id: location.id, name: location.name },
        cells: input.themes.map((t) => coverageCell(t.code, cells.get(`${location.id}|${t.code}`))),
      })),
    partnershipWide: wide.size
      ? input.themes.map((t) => coverageCell(t.code, wide.get(t.code)))
      : null,
    perTheme: input.themes.map((t) => {
      const r = perTheme.get(t.code);
      return {
        theme: t.code,
        locations: r?.locations ?? 0,
        evaluated: r?.evaluated ?? 0,
        stale: r?.stale_count ?? 0,
      };
    }),
    n: input.n,
  };
}

// ---------------------------------------------------------------------------------------------

export function shapeGaps(
  input: Common & { themes: ThemeRef[]; schoolYears: string[]; rows: GapRow[] },
): Gaps {
  const summaries = new Map<string, GapRow>();
  const distribution = byKey(
    input.rows.filter((r) => r.level === 'distribution'),
    (r) => `${r.theme}|${r.school_year}`,
  );
  for (const r of input.rows)
    if (r.level === 'summary') summaries.set(`${r.theme}|${r.school_year}`, r);
  return {
    filters: input.filters,
    themes: input.themes
      .filter((t) => input.schoolYears.some((y) => summaries.has(`${t.code}|${y}`)))
      .map((theme) => ({
        theme,
        years: input.schoolYears.map((schoolYear) => {
          const key = `${theme.code}|${schoolYear}`;
          const s = summaries.get(key);
          return {
            schoolYear,
            locations: s?.locations ?? 0,
            medianCurrent: asPlacement(s?.median_current),
            medianDesired: asPlacement(s?.median_desired),
            medianGap: s?.median_gap ?? null,
            lowGap: s?.low_gap ?? null,
            highGap: s?.high_gap ?? null,
            distribution: (distribution.get(key) ?? []).map((d) => ({
              gap: d.gap ?? 0,
              locations: d.locations,
            })),
          };
        }),
      })),
    n: input.n,
  };
}

// ---------------------------------------------------------------------------------------------

export function shapeAmbitions(
  input: Common & {
    themes: ThemeRef[];
    schoolYears: string[];
    locations: NamedLocation[];
    rows: AmbitionRow[];
  },
): Ambitions {
  const summaries = new Map<string, AmbitionRow>();
  for (const r of input.rows)
    if (r.level === 'summary') summaries.set(`${r.theme}|${r.school_year}`, r);
  const names = new Map(input.locations.map((l) => [l.id, l.name]));
  const themeOrder = new Map(input.themes.map((t, i) => [t.code, i]));
  return {
    filters: input.filters,
    themes: input.themes
      .filter((t) => input.schoolYears.some((y) => summaries.has(`${t.code}|${y}`)))
      .map((theme) => ({
        theme,
        years: input.schoolYears.map((schoolYear) => {
          const s = summaries.get(`${theme.code}|${schoolYear}`);
          const locations = s?.locations ?? 0;
          const reached = s?.reached_count ?? 0;
          return {
            schoolYear,
            locations,
            reached,
            notReached: locations - reached,
            rose: s?.rose ?? 0,
            same: s?.same ?? 0,
            fell: s?.fell ?? 0,
          };
        }),
      })),
    locations: input.rows
      .filter((r) => r.level === 'latest' && r.location_id && names.has(r.location_id))
      .sort(
        (a, b) =>
          (names.get(a.location_id!) ?? '').localeCompare(names.get(b.location_id!) ?? '', 'nl') ||
          (themeOrder.get(a.theme) ?? 99) - (themeOrder.get(b.theme) ?? 99),
      )
      .map((r) => ({
        location: { id: r.location_id!, name: names.get(r.location_id!)! },
        theme: r.theme,
        schoolYear: r.school_year,
        previousSchoolYear: r.previous_year!,
        previousDesired: asPlacement(r.previous_desired)!,
        current: asPlacement(r.current)!,
        desired: asPlacement(r.desired),
        reached: r.reached ?? false,
        ambition: r.ambition ?? null,
      })),
    n: input.n,
  };
}

// ---------------------------------------------------------------------------------------------

export function shapeTransitions(
  input: Common & { themes: ThemeRef[]; rows: TransitionRow[] },
): Transitions {
  const toTransition = (r: TransitionRow) => ({
    from: asPlacement(r.from_placement)!,
    to: asPlacement(r.to_placement)!,
    count: r.steps,
  });
  const perTheme = byKey(
    input.rows.filter((r) => r.level === 'theme'),
    (r) => r.theme,
  );
  const themeTotals = new Map(
    input.rows.filter((r) => r.level === 'theme_total').map((r) => [r.theme, r.steps]),
  );
  const total = input.rows.find((r) => r.level === 'total');
  return {
    filters: input.filters,
    transitions: input.rows.filter((r) => r.level === 'all').map(toTransition),
    themes: input.themes
      .filter((t) => perTheme.has(t.code))
      .map((theme) => {
        const list = perTheme.get(theme.code)!;
        return {
          theme,
          steps: themeTotals.get(theme.code) ?? 0,
          transitions: list.map(toTransition),
        };
      }),
    steps: total?.steps ?? 0,
    n: input.n,
  };
}

// ---------------------------------------------------------------------------------------------

/** Themes sharing the highest (lowest) median; none when fewer than two themes have a result. */
function extremes(ranking: { theme: ThemeRef; median: number }[]): {
  strongest: string[];
  weakest: string[];
} {
  if (ranking.length < 2) return { strongest: [], weakest: [] };
  const medians = ranking.map((r) => r.median);
  const max = Math.max(...medians);
  const min = Math.min(...medians);
  if (max === min) return { strongest: [], weakest: [] };
  return {
    strongest: ranking.filter((r) => r.median === max).map((r) => r.theme.code),
    weakest: ranking.filter((r) => r.median === min).map((r) => r.theme.code),
  };
}

export function shapeSafeguards(input: {
  safeguards: (SafeguardInfo & { themes: ThemeRef[] })[];
  schoolYears: string[];
  rows: SafeguardRow[];
  threads: SafeguardThreadRow[];
  themeRef: (code: string) => ThemeRef;
}): SafeguardOverview[] {
  const yearRows = new Map<string, SafeguardRow>();
  const points = new Map<string, number>();
  for (const r of input.rows) {
    if (r.level === 'year') yearRows.set(`${r.safeguard}|${r.school_year}`, r);
    else if (r.level === 'point')
      points.set(`${r.safeguard}|${r.school_year}|${r.placement}`, r.results);
  }
  const ranking = byKey(
    input.rows.filter((r) => r.level === 'rank'),
    (r) => r.safeguard,
  );
  const threads = byKey(input.threads, (r) => r.safeguard);
  return input.safeguards.map((s) => {
    const themeRanking = (ranking.get(s.code) ?? []).map((r) => ({
      theme: input.themeRef(r.theme!),
      median: asPlacement(r.median)!,
      low: asPlacement(r.low)!,
      high: asPlacement(r.high)!,
      locations: r.locations,
    }));
    return {
      safeguard: { code: s.code, name: s.name },
      themes: s.themes,
      years: input.schoolYears.map((schoolYear) => {
        const y = yearRows.get(`${s.code}|${schoolYear}`);
        return {
          schoolYear,
          results: y?.results ?? 0,
          locations: y?.locations ?? 0,
          median: asPlacement(y?.median),
          desiredMedian: asPlacement(y?.desired_median),
          distribution: PLACEMENT_VALUES.map((placement) => ({
            placement,
            count: points.get(`${s.code}|${schoolYear}|${placement}`) ?? 0,
          })),
        };
      }),
      latestYear: ranking.get(s.code)?.[0]?.school_year ?? null,
      themeRanking,
      ...extremes(themeRanking),
      commonThreads: (threads.get(s.code) ?? []).map((t) => ({
        id: t.id,
        name: t.name,
        schoolYear: t.school_year,
        themes: t.themes,
      })),
    };
  });
}

// ---------------------------------------------------------------------------------------------

export function shapeHeatmap(
  input: Common & {
    schoolYear: string | null;
    themes: ThemeRef[];
    locations: NamedLocation[];
    rows: HeatmapRow[];
  },
): Heatmap {
  const cells = new Map<string, HeatmapRow>();
  const partnership = new Map<string, HeatmapRow>();
  const wide = new Map<string, HeatmapRow>();
  for (const r of input.rows) {
    if (r.level === 'location') cells.set(`${r.location_id}|${r.theme}`, r);
    else if (r.level === 'partnership') partnership.set(r.theme, r);
    else wide.set(r.theme, r);
  }
  const withResults = new Set(
    input.rows.filter((r) => r.level === 'location').map((r) => r.location_id),
  );
  const cell = (theme: string, r: HeatmapRow | undefined) => ({
    theme,
    current: asPlacement(r?.current),
    desired: asPlacement(r?.desired),
    currentLow: asPlacement(r?.current_low),
    currentHigh: asPlacement(r?.current_high),
    groups: r?.groups ?? 0,
  });
  return {
    filters: input.filters,
    schoolYear: input.schoolYear,
    themes: input.themes,
    rows: input.locations
      .filter((l) => withResults.has(l.id))
      .map((location) => ({
        location: { id: location.id, name: location.name },
        cells: input.themes.map((t) => cell(t.code, cells.get(`${location.id}|${t.code}`))),
      })),
    partnership: input.themes.map((t) => {
      const r = partnership.get(t.code);
      return {
        theme: t.code,
        median: asPlacement(r?.current),
        low: asPlacement(r?.current_low),
        high: asPlacement(r?.current_high),
        locations: r?.groups ?? 0,
      };
    }),
    partnershipWide: wide.size ? input.themes.map((t) => cell(t.code, wide.get(t.code))) : null,
    n: input.n,
  };
}

// ---------------------------------------------------------------------------------------------

export function shapeLocationDashboard(
  input: Common & {
    location: { id: string; name: string; kind: string };
    schoolYears: string[];
    themes: ThemeRef[];
    trajectory: LocationTrajectoryRow[];
    findings: LocationFindingRow[];
    actions: OpenActionRow[];
    /**
     * How many other locaties a partnership distribution must rest on before it is shown; null
     * when the viewer may see every locatie by name anyway. With fewer, median and range would
     * give away the others' results.
     */
    minOtherLocations: number | null;
  },
): LocationDashboard {
  const own = new Map<string, LocationTrajectoryRow>();
  const partnership = new Map<string, LocationTrajectoryRow>();
  for (const r of input.trajectory)
    (r.level === 'location' ? own : partnership).set(`${r.theme}|${r.school_year}`, r);
  return {
    filters: input.filters,
    location: input.location,
    schoolYears: input.schoolYears,
    themes: input.themes
      .filter((t) =>
        input.schoolYears.some(
          (y) => own.has(`${t.code}|${y}`) || partnership.has(`${t.code}|${y}`),
        ),
      )
      .map((theme) => ({
        theme,
        points: input.schoolYears.map((schoolYear) => {
          const r = own.get(`${theme.code}|${schoolYear}`);
          const found = partnership.get(`${theme.code}|${schoolYear}`);
          // Locaties the viewer does not see by name: a coördinator of several sees more than one.
          const others = (found?.groups ?? 0) - (found?.named ?? 0);
          const p =
            input.minOtherLocations !== null && others < input.minOtherLocations
              ? undefined
              : found;
          return {
            schoolYear,
            current: asPlacement(r?.current),
            desired: asPlacement(r?.desired),
            currentLow: asPlacement(r?.current_low),
            currentHigh: asPlacement(r?.current_high),
            groups: r?.groups ?? 0,
            partnership: {
              median: asPlacement(p?.current),
              low: asPlacement(p?.current_low),
              high: asPlacement(p?.current_high),
              locations: found?.groups ?? 0,
            },
          };
        }),
      })),
    findings: input.findings.map((f) => ({
      id: f.id,
      schoolYear: f.school_year,
      theme: f.theme,
      kind: f.kind,
      text: f.text,
    })),
    openActions: input.actions.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      theme: a.theme_code,
      ownerRole: a.owner_role,
      dueOn: a.due_on,
      schoolYear: a.school_year,
    })),
    n: input.n,
  };
}

// ---------------------------------------------------------------------------------------------

type Perspective = Omit<RolePerspectives['themes'][number], 'theme' | 'sessions'>;

const spread = (r: RolePerspectiveRow | undefined) =>
  r && r.median !== null
    ? {
        participants: r.participants,
        median: asPlacement(r.median)!,
        low: asPlacement(r.low)!,
        high: asPlacement(r.high)!,
      }
    : null;

/**
 * One unit (a theme, or one session): roles at or above the minimum by name, the smaller ones
 * as "overige rollen" when that merged group itself reaches the minimum, otherwise hidden; each
 * side only when it reaches the minimum.
 */
function perspective(
  rows: RolePerspectiveRow[],
  min: number,
  roleName: (code: string) => string,
): Perspective {
  const group = rows.find((r) => r.part === 'group');
  const groupPlacement = asPlacement(group?.median);
  const gap = (median: number) => (groupPlacement === null ? null : median - groupPlacement);
  const named = rows.filter((r) => r.part === 'role' && r.role_group !== null && r.median !== null);
  const merged = rows.find((r) => r.part === 'role' && r.role_group === null);
  const mergedShown = merged && merged.participants >= min ? merged : undefined;
  const roles = named
    .sort(
      (a, b) =>
        b.participants - a.participants ||
        roleName(a.role_group!).localeCompare(roleName(b.role_group!), 'nl'),
    )
    .map((r) => ({
      ...spread(r)!,
      role: r.role_group!,
      name: roleName(r.role_group!),
      gapToGroup: gap(Number(r.median)),
    }));
  if (mergedShown)
    roles.push({
      ...spread(mergedShown)!,
      role: OTHER_ROLES.code,
      name: OTHER_ROLES.name,
      gapToGroup: gap(Number(mergedShown.median)),
    });
  const side = (name: string) => {
    const r = rows.find((x) => x.part === 'side' && x.side === name);
    return r && r.participants >= min ? spread(r) : null;
  };
  const school = side('school');
  const instituut = side('instituut');
  return {
    groupPlacement,
    roles,
    hiddenParticipants: merged && !mergedShown ? merged.participants : 0,
    sides: {
      school,
      instituut,
      difference: school && instituut ? school.median - instituut.median : null,
    },
    spread: spread(rows.find((r) => r.part === 'all')),
  };
}

export function shapeRolePerspectives(
  input: Common & {
    minRoleGroupSize: number;
    themes: ThemeRef[];
    themeRows: RolePerspectiveRow[];
    sessionRows: RolePerspectiveRow[];
    locations: NamedLocation[];
    roleName: (code: string) => string;
  },
): RolePerspectives {
  const perTheme = byKey(input.themeRows, (r) => r.theme);
  const perSession = byKey(input.sessionRows, (r) => r.session_id);
  const names = new Map(input.locations.map((l) => [l.id, l.name]));
  return {
    filters: input.filters,
    minRoleGroupSize: input.minRoleGroupSize,
    themes: input.themes
      .filter((t) => perTheme.has(t.code))
      .map((theme) => {
        const rows = perTheme.get(theme.code)!;
        return {
          theme,
          sessions: rows.find((r) => r.part === 'all')?.sessions ?? 0,
          ...perspective(rows, input.minRoleGroupSize, input.roleName),
        };
      }),
    sessions: [...perSession.values()].flatMap((rows) => {
      const first = rows[0]!;
      const locationName = first.location_id ? names.get(first.location_id) : undefined;
      // Sessions of locaties the caller may not see by name never reach this point; guard anyway.
      if (first.location_id && locationName === undefined) return [];
      return [
        {
          sessionId: first.session_id!,
          location: first.location_id ? { id: first.location_id, name: locationName! } : null,
          schoolYear: first.school_year!,
          theme: first.theme,
          groupLabel: first.group_label ?? '',
          ...perspective(rows, input.minRoleGroupSize, input.roleName),
        },
      ];
    }),
    n: input.n,
  };
}
