import type { InstrumentQuery } from '@zet/contracts';

/**
 * Query keys of the content module. The shipped content is the same for every partnership; the
 * partnership's content version (its adaptations) lives under `partnership(id)`, so one
 * invalidation refreshes its themes, theme pages and diffs together.
 */
export const contentKeys = {
  all: ['content'] as const,
  overview: () => [...contentKeys.all, 'overview'] as const,
  themes: () => [...contentKeys.all, 'themes'] as const,
  theme: (code: string, version: string | undefined) =>
    [...contentKeys.themes(), code, version ?? 'current'] as const,
  instruments: (filters: InstrumentQuery) => [...contentKeys.all, 'instruments', filters] as const,
  katern: () => [...contentKeys.all, 'katern'] as const,
  version: (versionId: string) => [...contentKeys.all, 'versions', versionId] as const,

  partnership: (partnershipId: string) =>
    [...contentKeys.all, 'partnership', partnershipId] as const,
  partnershipThemes: (partnershipId: string, versionId: string) =>
    [...contentKeys.partnership(partnershipId), versionId, 'themes'] as const,
  partnershipTheme: (partnershipId: string, versionId: string, code: string) =>
    [...contentKeys.partnershipThemes(partnershipId, versionId), code] as const,
  diff: (partnershipId: string, versionId: string, themeCode: string | undefined) =>
    [...contentKeys.partnership(partnershipId), versionId, 'diff', themeCode ?? 'all'] as const,
};
