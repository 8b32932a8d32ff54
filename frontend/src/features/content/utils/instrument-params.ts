import type { InstrumentQuery } from '@zet/contracts';

/**
 * The instrument catalogue keeps its filters in the URL: `?element=gedeelde-visie&rol=…&doel=…`.
 * A value that cannot be a content code is ignored rather than sent to the server.
 */
export const instrumentParams = { element: 'element', role: 'rol', goal: 'doel' } as const;

export type InstrumentFilterKey = keyof typeof instrumentParams;

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function readInstrumentFilters(params: URLSearchParams): InstrumentQuery {
  const read = (key: InstrumentFilterKey) => {
    const raw = params.get(instrumentParams[key])?.trim();
    return raw && raw.length <= 80 && CODE.test(raw) ? raw : undefined;
  };
  const filters: InstrumentQuery = {};
  const element = read('element');
  const role = read('role');
  const goal = read('goal');
  if (element) filters.element = element;
  if (role) filters.role = role;
  if (goal) filters.goal = goal;
  return filters;
}

export function activeFilterCount(filters: InstrumentQuery): number {
  return [filters.element, filters.role, filters.goal].filter(Boolean).length;
}

/** The search string with one filter set (or cleared with `undefined`), other params kept. */
export function withInstrumentFilter(
  params: URLSearchParams,
  key: InstrumentFilterKey,
  value: string | undefined,
): string {
  const next = new URLSearchParams(params);
  if (value) next.set(instrumentParams[key], value);
  else next.delete(instrumentParams[key]);
  const search = next.toString();
  return search ? `?${search}` : '';
}

/** The search string without any filter. */
export function withoutInstrumentFilters(params: URLSearchParams): string {
  const next = new URLSearchParams(params);
  for (const name of Object.values(instrumentParams)) next.delete(name);
  const search = next.toString();
  return search ? `?${search}` : '';
}

/** A link into the catalogue with one filter set, e.g. from a theme's culture element. */
export function instrumentsUrl(key: InstrumentFilterKey, value: string): string {
  return `/instrumenten?${instrumentParams[key]}=${encodeURIComponent(value)}`;
}
