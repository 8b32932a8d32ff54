import { Injectable } from '@nestjs/common';
import {
  type ContentBundle,
  type ContentVersion as LoadedVersion,
  loadContent,
  type Theme,
} from '@zet/content';
import type {
  ContentOverview,
  ContentVersion,
  ContentVersionDetail,
  InstrumentList,
  InstrumentQuery,
  Katern,
  ThemeDetail,
} from '@zet/contracts';
import { badRequest, notFound } from '../../common/dutch-exceptions';
import {
  instrumentList,
  instrumentQueryProblems,
  katern,
  versionDetail,
} from './content.catalogue';
import { contentMessages as m } from './content.messages';
import { mapContentVersion, mapThemeDetail, mapThemeSummary } from './content.mappers';

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
    const current = this.requireVersion(this.currentVersionId);
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
      themes: [...current.themes.values()].map(mapThemeSummary),
    };
  }

  theme(code: string, versionId = this.currentVersionId): ThemeDetail {
    return mapThemeDetail(versionId, this.baseTheme(versionId, code));
  }

  instruments(query: InstrumentQuery): InstrumentList {
    const problems = instrumentQueryProblems(this.bundle.framework, query);
    if (problems.length > 0) throw badRequest(m.invalidFilter, problems);
    return instrumentList(this.bundle.framework, query);
  }

  katern(): Katern {
    const current = this.requireVersion(this.currentVersionId);
    return katern(this.bundle.framework, [...current.themes.values()]);
  }

  version(versionId: string): ContentVersionDetail {
    const detail = versionDetail(this.bundle, versionId);
    if (!detail) throw notFound(m.unknownVersion);
    return detail;
  }

  /** A version as the API shows it; 404 for an unknown id. */
  contentVersion(versionId: string): ContentVersion {
    if (!this.bundle.versions.has(versionId)) throw notFound(m.unknownVersion);
    return this.toVersion(versionId);
  }

  /** A theme exactly as shipped in `versionId`; 404 for an unknown version or theme. */
  baseTheme(versionId: string, code: string): Theme {
    const theme = this.bundle.versions.get(versionId)?.themes.get(code);
    if (!theme)
      throw notFound(this.bundle.versions.has(versionId) ? m.unknownTheme : m.unknownVersion);
    return theme;
  }

  /** The themes of `versionId` in display order; 404 for an unknown version. */
  themesOf(versionId: string): Theme[] {
    const version = this.bundle.versions.get(versionId);
    if (!version) throw notFound(m.unknownVersion);
    return [...version.themes.values()];
  }

  private requireVersion(id: string): LoadedVersion {
    const version = this.bundle.versions.get(id);
    if (!version) throw new Error(`content version ${id} missing`);
    return version;
  }

  private toVersion(id: string): ContentVersion {
    return mapContentVersion(this.requireVersion(id).manifest, id === this.currentVersionId);
  }
}
