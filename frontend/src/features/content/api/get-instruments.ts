import { instrumentListSchema, type InstrumentList, type InstrumentQuery } from '@zet/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function getInstruments(
  filters: InstrumentQuery,
  signal?: AbortSignal,
): Promise<InstrumentList> {
  return apiGet(`${API_V1}/content/instruments`, instrumentListSchema, {
    query: { element: filters.element, role: filters.role, goal: filters.goal },
    signal,
  });
}

export const instrumentsQueryOptions = (filters: InstrumentQuery) =>
  queryOptions({
    queryKey: contentKeys.instruments(filters),
    queryFn: ({ signal }) => getInstruments(filters, signal),
    staleTime: 10 * 60_000,
    // Changing a filter keeps the previous list on screen until the new one is in.
    placeholderData: keepPreviousData,
  });

export function useInstruments(filters: InstrumentQuery) {
  return useQuery(instrumentsQueryOptions(filters));
}
