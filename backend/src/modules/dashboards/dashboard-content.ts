import { Injectable } from '@nestjs/common';
import { ContentService } from '../content/content.service';
import type { SafeguardMapping } from './dashboard.queries';

export type ThemeInfo = { code: string; name: string; safeguards: string[] };
export type SafeguardInfo = { code: string; name: string; summary: string };
export type RoleInfo = { code: string; name: string; side: 'school' | 'instituut' | 'beide' };

/** Name used for the roles below the minimum group size, merged. */
export const OTHER_ROLES = { code: 'overige-rollen', name: 'Overige rollen' } as const;

/**
 * The parts of the ZET content the dashboards need, read once: the current version's themes in
 * display order with their waarborgen (DESIGN §2), the waarborgen, and the roles with their side.
 */
@Injectable()
export class DashboardContent {
  readonly themes: ThemeInfo[];
  readonly safeguards: SafeguardInfo[];
  readonly roles: RoleInfo[];
  /** theme → waarborg pairs, one per link, as parallel arrays for SQL `unnest`. */
  readonly mapping: SafeguardMapping;
  private readonly themeByCode: Map<string, ThemeInfo>;

  constructor(private readonly content: ContentService) {
    const overview = content.overview();
    this.themes = overview.themes.map((t) => ({
      code: t.code,
      name: t.name,
      safeguards: [...t.safeguards],
    }));
    this.safeguards = content.bundle.framework.safeguards.map((s) => ({
      code: s.code,
      name: s.name,
      summary: s.summary,
    }));
    this.roles = content.bundle.framework.roles.map((r) => ({
      code: r.code,
      name: r.name,
      side: r.side,
    }));
    this.themeByCode = new Map(this.themes.map((t) => [t.code, t]));
    const pairs = this.themes.flatMap((t) => t.safeguards.map((s) => [t.code, s] as const));
    this.mapping = { themes: pairs.map(([t]) => t), safeguards: pairs.map(([, s]) => s) };
  }

  theme(code: string): ThemeInfo | undefined {
    return this.themeByCode.get(code);
  }

  themeRef(code: string): { code: string; name: string } {
    return { code, name: this.themeByCode.get(code)?.name ?? code };
  }

  safeguard(code: string): SafeguardInfo | undefined {
    return this.safeguards.find((s) => s.code === code);
  }

  themesOf(safeguard: string): ThemeInfo[] {
    return this.themes.filter((t) => t.safeguards.includes(safeguard));
  }

  roleName(code: string): string {
    return this.roles.find((r) => r.code === code)?.name ?? code;
  }

  versionName(id: string): string {
    return this.content.bundle.versions.get(id)?.manifest.name ?? id;
  }
}
