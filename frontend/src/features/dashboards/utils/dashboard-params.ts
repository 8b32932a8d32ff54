import { toSearch } from './development-params';

/**
 * The filters every dashboard keeps in the URL, so a view can be shared as a link:
 * `?van=2022-2023&tot=2024-2025&doelgroep=<id>&waarborg=leeromgeving&locaties=<id>,<id>`.
 * Names are Dutch, like the rest of the URL; values are the API's codes and ids.
 */
export const dashboardParams = {
  from: 'van',
  to: 'tot',
  targetGroup: 'doelgroep',
  safeguard: 'waarborg',
  theme: 'thema',
  locations: 'locaties',
  year: 'jaar',
  view: 'weergave',
  location: 'locatie',
} as const;

export type DashboardParam = (typeof dashboardParams)[keyof typeof dashboardParams];

/** The query string the dashboard endpoints take (lists comma-separated). */
export type DashboardQuery = {
  schoolYears?: string;
  locationIds?: string;
  targetGroup?: string;
  safeguard?: string;
  theme?: string;
};

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** "2024-2025" when the text is a school year (second year follows the first), else undefined. */
export function parseSchoolYear(raw: string | null | undefined): string | undefined {
  const match = SCHOOL_YEAR.exec(raw?.trim() ?? '');
  if (!match) return undefined;
  return Number(match[2]) === Number(match[1]) + 1 ? `${match[1]}-${match[2]}` : undefined;
}

export type Period = { from: string; to: string };

/**
 * The period in the URL. One bound alone counts for both; bounds the wrong way round are swapped.
 * Undefined means "every school year" (the server's default).
 */
export function readPeriod(params: URLSearchParams): Period | undefined {
  const from = parseSchoolYear(params.get(dashboardParams.from));
  const to = parseSchoolYear(params.get(dashboardParams.to));
  if (!from && !to) return undefined;
  const a = from ?? to ?? '';
  const b = to ?? from ?? '';
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** Every school year from `from` up to and including `to`. */
export function schoolYearsOf({ from, to }: Period): string[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const years: string[] = [];
  for (let year = first; year <= last && years.length < 30; year++) {
    years.push(`${year}-${year + 1}`);
  }
  return years;
}

/** A single school year (`jaar`), e.g. the heatmap's. */
export function readYear(params: URLSearchParams): string | undefined {
  return parseSchoolYear(params.get(dashboardParams.year));
}

/** A code-like value (theme, waarborg) or undefined. */
export function readCode(params: URLSearchParams, name: DashboardParam): string | undefined {
  const raw = params.get(name)?.trim();
  return raw && /^[a-z0-9-]{1,80}$/.test(raw) ? raw : undefined;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id (doelgroep, locatie) or undefined. */
export function readId(params: URLSearchParams, name: DashboardParam): string | undefined {
  const raw = params.get(name)?.trim();
  return raw && ID.test(raw) ? raw : undefined;
}

/** The locaties filter: ids in URL order, without duplicates; undefined when there is none. */
export function readLocationFilter(params: URLSearchParams): string[] | undefined {
  const raw = params.get(dashboardParams.locations);
  if (raw === null) return undefined;
  const ids = [...new Set(raw.split(',').map((id) => id.trim()))].filter((id) => ID.test(id));
  return ids.length > 0 ? ids : undefined;
}

export type FilterField = 'period' | 'targetGroup' | 'safeguard' | 'theme' | 'locations';

/** The API query for the fields a view uses; anything else in the URL is left out. */
export function toDashboardQuery(
  params: URLSearchParams,
  fields: readonly FilterField[],
): DashboardQuery {
  const query: DashboardQuery = {};
  const period = fields.includes('period') ? readPeriod(params) : undefined;
  if (period) query.schoolYears = schoolYearsOf(period).join(',');
  const locations = fields.includes('locations') ? readLocationFilter(params) : undefined;
  if (locations) query.locationIds = locations.join(',');
  const targetGroup = fields.includes('targetGroup')
    ? readId(params, dashboardParams.targetGroup)
    : undefined;
  if (targetGroup) query.targetGroup = targetGroup;
  const safeguard = fields.includes('safeguard')
    ? readCode(params, dashboardParams.safeguard)
    : undefined;
  if (safeguard) query.safeguard = safeguard;
  const theme = fields.includes('theme') ? readCode(params, dashboardParams.theme) : undefined;
  if (theme) query.theme = theme;
  return query;
}

/**
 * A search string with the given params set (undefined or '' removes one), the rest kept.
 * Commas stay readable.
 */
export function withParams(
  params: URLSearchParams,
  changes: Partial<Record<DashboardParam, string | undefined>>,
): string {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
  }
  return toSearch(next);
}

/** The period written as both bounds, or removed when it covers everything. */
export function withPeriod(params: URLSearchParams, period: Period | undefined): string {
  return withParams(params, { van: period?.from, tot: period?.to });
}

/** The filters worth carrying from one dashboard to the next (not view-specific choices). */
export function sharedFilterSearch(params: URLSearchParams): string {
  const next = new URLSearchParams();
  for (const name of [dashboardParams.from, dashboardParams.to, dashboardParams.targetGroup]) {
    const value = params.get(name);
    if (value) next.set(name, value);
  }
  return toSearch(next);
}
