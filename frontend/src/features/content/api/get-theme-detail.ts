import { themeDetailSchema, type ThemeDetail } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_V1, apiGet, path } from '../../../lib/api-client';
import { contentKeys } from './content-keys';

export function getThemeDetail(
  code: string,
  version: string | undefined,
  signal?: AbortSignal,
): Promise<ThemeDetail> {
  return apiGet(`${API_V1}${path`/content/themes/${code}`}`, themeDetailSchema, {
    query: { version },
    signal,
  });
}

export const themeDetailQueryOptions = (code: string, version: string | undefined) =>
  queryOptions({
    queryKey: contentKeys.theme(code, version),
    queryFn: ({ signal }) => getThemeDetail(code, version, signal),
    staleTime: 10 * 60_000,
  });

export function useThemeDetail(code: string, version: string | undefined) {
  return useQuery(themeDetailQueryOptions(code, version));
}
