import { Injectable } from '@nestjs/common';
import { type ContentBundle, loadContent } from '@zet/content';
import type { ContentOverview, ContentVersion, ThemeDetail } from '@zet/contracts';
import { notFound } from '../../common/dutch-exceptions';

/** Holds the validated content for the life of the process; a broken file stops start-up. */
@Injectable()
export class ContentService {
  readonly bundle: ContentBundle = loadContent();

  get currentVersionId(): string {
    return this.bundle.currentVersionId;
  }

  hasTheme(versionId: string, themeCode: string): boolean {
    return this.bundle.versions.get(versionId)?.themes.has(themeCode) ?? false;
  }

  themeName(themeCode: string, versionId = this.currentVersionId): string | undefined {
    return this.bundle.versions.get(versionId)?.themes.get(themeCode)?.name;
  }

  overview(): ContentOverview {
    const { framework } = this.bundle;
    const current = this.bundle.versions.get(this.currentVersionId);
    if (!current) throw new Error('current content version missing');
    return {
      version: this.toVersion(this.currentVersionId),
      versions: [...this.bundle.versions.keys()].map((id) => this.toVersion(id)),
      safeguards: framework.safeguards,
      domains: framework.domains,
      scenarios: framework.scenarios,
      cultureElements: framework.cultureElements,
      roles: framework.roles,
      targetGroups: framework.targetGroups,
      pdcaPhases: framework.pdcaPhases,
      imwrElements: framework.imwrElements,
      themes: current.manifest.themes.map((code) => {
        const theme = current.themes.get(code);
        if (!theme) throw new Error(`theme ${code} missing`);
        return {
          code: theme.code,
          name: theme.name,
          domain: theme.domain,
          safeguards: theme.safeguards,
          cultureElements: theme.cultureElements,
          introduction: theme.introduction ?? null,
          combinedVariantOf: theme.combinedVariantOf,
        };
      }),
    };
  }

  theme(code: string, versionId = this.currentVersionId): ThemeDetail {
    const version = this.bundle.versions.get(versionId);
    const theme = version?.themes.get(code);
    if (!theme) throw notFound('Dit thema bestaat niet in deze versie van de ZET.');
    return {
      versionId,
      code: theme.code,
      name: theme.name,
      domain: theme.domain,
      safeguards: theme.safeguards,
      cultureElements: theme.cultureElements,
      introduction: theme.introduction ?? null,
      combinedVariantOf: theme.combinedVariantOf,
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
    };
  }

  private toVersion(id: string): ContentVersion {
    const version = this.bundle.versions.get(id);
    if (!version) throw new Error(`content version ${id} missing`);
    const m = version.manifest;
    return {
      id: m.id,
      name: m.name,
      publishedOn: m.publishedOn,
      notice: m.notice,
      predecessor: m.predecessor,
      current: id === this.currentVersionId,
    };
  }
}
