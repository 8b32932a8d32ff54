import {
  platformPartnershipSchema,
  type CreatePartnershipInput,
  type PlatformPartnership,
} from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_V1, apiSend } from '../../../lib/api-client';
import { platformKeys } from './platform-keys';

/** Creates the partnership and invites its first programmaleider by e-mail. */
export function postPartnership(input: CreatePartnershipInput): Promise<PlatformPartnership> {
  return apiSend('POST', `${API_V1}/platform/partnerships`, platformPartnershipSchema, input);
}

export function useCreatePartnership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postPartnership,
    onSettled: () => client.invalidateQueries({ queryKey: platformKeys.partnerships() }),
  });
}
