import { partnershipThemeSchema, type PartnershipTheme } from '@zet/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest, path } from '../../../lib/api-client';
import { partnershipThemeUrl } from './get-partnership-theme';
import { useApplyPartnershipTheme, type ThemeRef } from './put-content-override';

export type DeleteOverrideVariables = { path: string; version: number };

/** Back to the base text (or away with an added card); 409 when it changed meanwhile. */
export function deleteContentOverride(
  ref: ThemeRef,
  { path: overridePath, version }: DeleteOverrideVariables,
): Promise<PartnershipTheme> {
  return apiRequest({
    method: 'DELETE',
    url: `${partnershipThemeUrl(ref.partnershipId, ref.versionId, ref.themeCode)}${path`/overrides/${overridePath}`}`,
    query: { version },
    schema: partnershipThemeSchema,
  });
}

export function useDeleteContentOverride(ref: ThemeRef) {
  const apply = useApplyPartnershipTheme(ref);
  return useMutation({
    mutationFn: (variables: DeleteOverrideVariables) => deleteContentOverride(ref, variables),
    onSuccess: apply,
  });
}
