import type { Theme, VersionManifest } from '@zet/content';
import type { ContentVersion, ThemeDetail, ThemeSummary } from '@zet/contracts';

export const mapContentVersion = (manifest: VersionManifest, current: boolean): ContentVersion => ({
  id: manifest.id,
  name: manifest.name,
  publishedOn: manifest.publishedOn,
  notice: manifest.notice,
  predecessor: manifest.predecessor,
  current,
});

export const mapThemeSummary = (theme: Theme): ThemeSummary => ({
  code: theme.code,
  name: theme.name,
  domain: theme.domain,
  safeguards: theme.safeguards,
  cultureElements: theme.cultureElements,
  introduction: theme.introduction ?? null,
  combinedVariantOf: theme.combinedVariantOf,
});

export const mapThemeDetail = (versionId: string, theme: Theme): ThemeDetail => ({
  versionId,
  ...mapThemeSummary(theme),
  assignment: theme.assignment
    ? {
        goals: theme.assignment.goals,
        steps: theme.assignment.steps.map((s) => ({
          phase: s.phase,
          title: s.title,
          instructions: s.instructions,
          minutes: s.minutes ?? null,
          reflectionCards: s.reflectionCards,
        })),
      }
    : null,
  worksheet: theme.worksheet ?? null,
  reflectionCards: theme.reflectionCards,
  scenarios: theme.scenarios,
});
