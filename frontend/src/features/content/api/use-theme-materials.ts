import type {
  AdaptableField,
  ContentOverride,
  ContentVersion,
  PartnershipTheme,
  ThemeDetail,
} from '@zet/contracts';
import { useQuery } from '@tanstack/react-query';
import { useContentOverview } from './get-content-overview';
import { partnershipThemeQueryOptions } from './get-partnership-theme';
import { themeDetailQueryOptions } from './get-theme-detail';

/** A theme's materials as one page shows them, whether or not a partnership adapted them. */
export type ThemeMaterials = {
  theme: ThemeDetail;
  /** The partnership's adaptations of this theme; empty without a partnership. */
  overrides: ContentOverride[];
  /** The parts a programmaleider may adapt; empty without a partnership. */
  adaptable: AdaptableField[];
  /** The version the texts come from, when known. */
  version: ContentVersion | undefined;
};

const fromPartnership = (data: PartnershipTheme): ThemeMaterials => ({
  theme: data.theme,
  overrides: data.overrides,
  adaptable: data.adaptable,
  version: data.baseVersion,
});

const fromBase = (theme: ThemeDetail): ThemeMaterials => ({
  theme,
  overrides: [],
  adaptable: [],
  version: undefined,
});

/**
 * A member of a partnership reads the effective theme (the base with the partnership's
 * adaptations); anyone else reads the shipped theme. `version` is a content version id from the
 * URL, or undefined for the current version.
 */
export function useThemeMaterials(
  themeCode: string,
  version: string | undefined,
  partnershipId: string | undefined,
) {
  const overview = useContentOverview();
  const versionId = version ?? overview.data?.version.id;
  const base = useQuery({
    ...themeDetailQueryOptions(themeCode, version),
    select: fromBase,
    enabled: partnershipId === undefined,
  });
  const effective = useQuery({
    ...partnershipThemeQueryOptions(partnershipId ?? '', versionId ?? '', themeCode),
    select: fromPartnership,
    enabled: partnershipId !== undefined && versionId !== undefined,
  });
  const query = partnershipId === undefined ? base : effective;
  const versions = overview.data?.versions ?? [];
  const shownVersion = (id: string) => versions.find((v) => v.id === id);
  return {
    query,
    overview,
    versionId,
    /** The content version of `data`, looked up in the overview when the answer lacks it. */
    versionOf: (data: ThemeMaterials) => data.version ?? shownVersion(data.theme.versionId),
  };
}
