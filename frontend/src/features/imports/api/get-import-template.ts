import { importTemplateSchema, type ImportTemplate } from '@zet/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { importKeys } from './import-keys';
import { importsUrl } from './import-urls';

export function getImportTemplate(
  partnershipId: string,
  signal?: AbortSignal,
): Promise<ImportTemplate> {
  return apiGet(`${importsUrl(partnershipId)}/template`, importTemplateSchema, { signal });
}

export const importTemplateQueryOptions = (partnershipId: string) =>
  queryOptions({
    queryKey: importKeys.template(partnershipId),
    queryFn: ({ signal }) => getImportTemplate(partnershipId, signal),
    // The template follows the content files: it only changes with a new release.
    staleTime: Infinity,
  });

/** The template's columns and rules, to show beside the download links. */
export function useImportTemplate(partnershipId: string) {
  return useQuery(importTemplateQueryOptions(partnershipId));
}
