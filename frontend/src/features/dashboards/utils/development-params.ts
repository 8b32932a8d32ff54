/**
 * The Ontwikkeling page keeps its selections in the URL:
 * `?thema=visie&locaties=<id>,<id>`. No `locaties` means the default selection; an empty
 * `locaties=` means none.
 */
export const developmentParams = { theme: 'thema', locations: 'locaties' } as const;

/** How many locaties get a line when the URL does not say. */
export const DEFAULT_LOCATION_LINES = 3;

export type ThemeChoice = { code: string; known: boolean } | undefined;

/** The theme in the URL, or the first theme; `known` is false for a code the content lacks. */
export function readTheme(params: URLSearchParams, themeCodes: readonly string[]): ThemeChoice {
  const raw = params.get(developmentParams.theme)?.trim();
  if (raw) return { code: raw, known: themeCodes.includes(raw) };
  const first = themeCodes[0];
  return first === undefined ? undefined : { code: first, known: true };
}

/** The selected locaties among those that have a line, in the order of `available`. */
export function readSelectedLocations(
  params: URLSearchParams,
  available: readonly string[],
): string[] {
  const raw = params.get(developmentParams.locations);
  if (raw === null) return available.slice(0, DEFAULT_LOCATION_LINES);
  const wanted = new Set(raw.split(',').map((id) => id.trim()));
  return available.filter((id) => wanted.has(id));
}

/** A search string with readable commas (`locaties=a,b`), other params kept. */
export function toSearch(params: URLSearchParams): string {
  const search = params.toString().replace(/%2C/gi, ',');
  return search ? `?${search}` : '';
}

export function withTheme(params: URLSearchParams, code: string): string {
  const next = new URLSearchParams(params);
  next.set(developmentParams.theme, code);
  return toSearch(next);
}

export function withLocations(params: URLSearchParams, ids: readonly string[]): string {
  const next = new URLSearchParams(params);
  next.set(developmentParams.locations, ids.join(','));
  return toSearch(next);
}
