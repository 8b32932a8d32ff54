import { importReportSchema, type ImportReport } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { importKeys } from './import-keys';
import { importsUrl } from './import-urls';

export type ImportRun = { file: File; dryRun: boolean };

/**
 * Uploads the file in the multipart field `file`. A dry run only checks and previews; otherwise
 * every new row is imported, or nothing (a 400 with the row errors).
 */
export function postImport(
  partnershipId: string,
  { file, dryRun }: ImportRun,
): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest({
    method: 'POST',
    url: importsUrl(partnershipId),
    schema: importReportSchema,
    query: { dryRun },
    body: form,
  });
}

export function useRunImport(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (run: ImportRun) => postImport(partnershipId, run),
    onSuccess: (report) => {
      if (report.dryRun) return;
      // New finalised dagdelen change evaluation lists, dashboards and the audit log of other
      // features: everything but the template is stale now.
      void client.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== importKeys.all[0],
      });
    },
  });
}
