import { partnershipSchema, type Partnership, type PartnershipSettingsInput } from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend, path } from '../../../lib/api-client';
import { partnershipKeys } from './partnership-keys';

export function putPartnershipSettings(
  partnershipId: string,
  input: PartnershipSettingsInput,
): Promise<Partnership> {
  return apiSend(
    'PUT',
    `${API_V1}${path`/partnerships/${partnershipId}/settings`}`,
    partnershipSchema,
    input,
  );
}

/** Everything below the partnership depends on who may see what: it is all fetched anew. */
export function useUpdatePartnershipSettings(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnershipSettingsInput) => putPartnershipSettings(partnershipId, input),
    onSuccess: async (saved) => {
      client.setQueryData(partnershipKeys.detail(partnershipId), saved);
      await client.invalidateQueries();
    },
  });
}
