import { useMutation } from '@tanstack/react-query';
import { API_V1, apiDownload, path, type Download } from '../../../lib/api-client';

/** Everything the partnership holds about the person, as the server's JSON file. */
export function downloadPersonExport(partnershipId: string, userId: string): Promise<Download> {
  return apiDownload(
    `${API_V1}${path`/partnerships/${partnershipId}/people/${userId}/export`}`,
    'persoonsgegevens.json',
  );
}

export function useExportPerson(partnershipId: string) {
  return useMutation({
    mutationFn: (userId: string) => downloadPersonExport(partnershipId, userId),
  });
}
