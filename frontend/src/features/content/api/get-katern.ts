import { katernSchema, type Katern } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function getKatern(signal?: AbortSignal): Promise<Katern> {
  return apiGet(`${API_V1}/content/katern`, katernSchema, { signal });
}

export const katernQueryOptions = () =>
  queryOptions({
    queryKey: contentKeys.katern(),
    queryFn: ({ signal }) => getKatern(signal),
    staleTime: Infinity,
  });

export function useKatern() {
  return useQuery(katernQueryOptions());
}
