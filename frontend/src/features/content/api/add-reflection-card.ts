import {
  partnershipThemeSchema,
  type AddReflectionCardInput,
  type PartnershipTheme,
} from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { partnershipThemeUrl } from './get-partnership-theme';
import { useApplyPartnershipTheme, type ThemeRef } from './put-content-override';

/** Adds a reflection card of the partnership to the theme; it is offered in the reflection step. */
export function addReflectionCard(
  ref: ThemeRef,
  input: AddReflectionCardInput,
): Promise<PartnershipTheme> {
  return apiSend(
    'POST',
    `${partnershipThemeUrl(ref.partnershipId, ref.versionId, ref.themeCode)}/reflection-cards`,
    partnershipThemeSchema,
    input,
  );
}

export function useAddReflectionCard(ref: ThemeRef) {
  const apply = useApplyPartnershipTheme(ref);
  return useMutation({
    mutationFn: (input: AddReflectionCardInput) => addReflectionCard(ref, input),
    onSuccess: apply,
  });
}
