import type { ContentOverview, ThemeDetail, ThemeSummary } from '@zet/contracts';

export type DomainWithThemes = {
  code: string;
  name: string;
  summary: string;
  themes: ThemeSummary[];
};

/** The content's domains in their own order, each with its themes in content order. */
export function groupThemesByDomain(overview: ContentOverview): DomainWithThemes[] {
  const groups: DomainWithThemes[] = overview.domains.map((domain) => ({
    ...domain,
    themes: overview.themes.filter((theme) => theme.domain === domain.code),
  }));
  const known = new Set(overview.domains.map((domain) => domain.code));
  const orphans = overview.themes.filter((theme) => !known.has(theme.domain));
  if (orphans.length > 0) groups.push({ code: '', name: 'Overig', summary: '', themes: orphans });
  return groups;
}

/** Looks up names by code; unknown codes show as themselves rather than disappear. */
export function nameLookup(items: { code: string; name: string }[]): (code: string) => string {
  const names = new Map(items.map((item) => [item.code, item.name]));
  return (code) => names.get(code) ?? code;
}

export type MaterialPart =
  'introduction' | 'scenarios' | 'assignment' | 'worksheet' | 'reflectionCards';

/** Which parts of a theme's materials are not filled in yet. */
export function missingMaterials(theme: ThemeDetail): MaterialPart[] {
  const missing: MaterialPart[] = [];
  if (!theme.introduction) missing.push('introduction');
  if (theme.scenarios.length === 0) missing.push('scenarios');
  if (!theme.assignment) missing.push('assignment');
  if (!theme.worksheet) missing.push('worksheet');
  if (theme.reflectionCards.length === 0) missing.push('reflectionCards');
  return missing;
}
