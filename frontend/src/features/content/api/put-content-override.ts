import {
  partnershipThemeSchema,
  type AdaptationValue,
  type PartnershipTheme,
} from '@zet/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, path } from '../../../lib/api-client';
import { contentKeys } from './content-keys';
import { partnershipThemeUrl } from './get-partnership-theme';

export type ThemeRef = { partnershipId: string; versionId: string; themeCode: string };

export type PutOverrideVariables = {
  path: string;
  value: AdaptationValue;
  /** The override's version as last read; null when the part has no override yet. */
  version: number | null;
};

/** Writes one adaptation; 409 when someone else changed (or created) it meanwhile. */
export function putContentOverride(
  ref: ThemeRef,
  variables: PutOverrideVariables,
): Promise<PartnershipTheme> {
  return apiSend(
    'PUT',
    `${partnershipThemeUrl(ref.partnershipId, ref.versionId, ref.themeCode)}${path`/overrides/${variables.path}`}`,
    partnershipThemeSchema,
    { value: variables.value, version: variables.version },
  );
}

/** After any write: the answer is the new effective theme; its lists and diffs are refetched. */
export function useApplyPartnershipTheme(ref: ThemeRef) {
  const client = useQueryClient();
  return async (theme: PartnershipTheme) => {
    const themeKey = contentKeys.partnershipTheme(ref.partnershipId, ref.versionId, ref.themeCode);
    client.setQueryData(themeKey, theme);
    await client.invalidateQueries({
      queryKey: contentKeys.partnership(ref.partnershipId),
      predicate: ({ queryKey }) =>
        queryKey.length !== themeKey.length || themeKey.some((part, i) => queryKey[i] !== part),
    });
  };
}

export function usePutContentOverride(ref: ThemeRef) {
  const apply = useApplyPartnershipTheme(ref);
  return useMutation({
    mutationFn: (variables: PutOverrideVariables) => putContentOverride(ref, variables),
    onSuccess: apply,
  });
}
