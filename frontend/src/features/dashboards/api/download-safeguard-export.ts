import type { SafeguardExportTable } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { API_V1, apiDownload, path, type Download } from '../../../lib/api-client';
import type { DashboardQuery } from '../utils/dashboard-params';

export type SafeguardExport =
  | { format: 'csv'; table: SafeguardExportTable }
  | { format: 'xlsx' }
  | { format: 'pdf'; safeguard: string };

function queryString(query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The URL of an export with the dashboard's filters; the PDF report is `safeguard=all` or one. */
export function safeguardExportUrl(
  partnershipId: string,
  query: DashboardQuery,
  file: SafeguardExport,
): string {
  const base = `${API_V1}${path`/partnerships/${partnershipId}`}`;
  switch (file.format) {
    case 'csv':
      return `${base}/dashboards/safeguards/export.csv${queryString({ ...query, table: file.table })}`;
    case 'xlsx':
      return `${base}/dashboards/safeguards/export.xlsx${queryString({ ...query })}`;
    case 'pdf':
      return `${base}/reports/safeguards.pdf${queryString({ ...query, safeguard: file.safeguard })}`;
  }
}

const fallbackName = { csv: 'waarborgen.csv', xlsx: 'waarborgen.xlsx', pdf: 'waarborgen.pdf' };

export function downloadSafeguardExport(
  partnershipId: string,
  query: DashboardQuery,
  file: SafeguardExport,
): Promise<Download> {
  return apiDownload(safeguardExportUrl(partnershipId, query, file), fallbackName[file.format]);
}

/** Fetches an export as a file (the PDF takes a few seconds: it is rendered with the charts). */
export function useSafeguardExport(partnershipId: string) {
  return useMutation({
    mutationFn: ({ query, file }: { query: DashboardQuery; file: SafeguardExport }) =>
      downloadSafeguardExport(partnershipId, query, file),
  });
}
