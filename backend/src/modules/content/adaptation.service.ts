import { Injectable } from '@nestjs/common';
import { type Theme, targetGroupSchema } from '@zet/content';
import type {
  AddReflectionCardInput,
  AddTargetGroupInput,
  ContentDiff,
  ContentDiffQuery,
  DeleteContentOverrideQuery,
  PartnershipTargetGroup,
  PartnershipTargetGroupList,
  PartnershipTheme,
  PartnershipThemeList,
  PutContentOverrideInput,
} from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest, conflict, notFound } from '../../common/dutch-exceptions';
import type { FieldError } from '../../common/problem';
import { mapDiffEntry, mapOverride, mapTargetGroup } from './adaptation.mappers';
import {
  deleteOverride,
  findTargetGroup,
  insertOverride,
  insertTargetGroup,
  listOverrides,
  listTargetGroups,
  type OverrideKey,
  type OverrideRow,
  removeTargetGroup,
  type TargetGroupRow,
  updateOverride,
} from './adaptation.queries';
import { codeFromTitle } from './content-code';
import { parseContent, sizeProblems } from './content-validation';
import { contentMessages as m } from './content.messages';
import { mapThemeDetail, mapThemeSummary } from './content.mappers';
import { ContentService } from './content.service';
import {
  adaptableFields,
  applyOverrides,
  checkOverride,
  formatOverridePath,
  inReadingOrder,
  type OverrideTarget,
  parseOverridePath,
  pathProblem,
} from './theme-adaptation';

const TARGET_GROUP_NAME_MAX = 200;
const TARGET_GROUP_DESCRIPTION_MAX = 2000;

/**
 * A partnership's content version: overrides on top of a base version, and doelgroepen of its
 * own. Every member reads the effective content (what a procesbegeleider sees on the day); only
 * the programmaleider writes, which the routes enforce.
 */
@Injectable()
export class AdaptationService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: ContentService,
  ) {}

  async themes(scope: PartnershipScope, versionId: string): Promise<PartnershipThemeList> {
    const baseVersion = this.content.contentVersion(versionId);
    const themes = this.content.themesOf(versionId);
    const rows = await this.db.run(scope, (db) =>
      listOverrides(db, scope.partnershipId, versionId),
    );
    return {
      partnershipId: scope.partnershipId,
      baseVersion,
      items: themes.map((base) => {
        const own = rows.filter((r) => r.theme_code === base.code);
        return { ...mapThemeSummary(applyOverrides(base, own).theme), overrideCount: own.length };
      }),
    };
  }

  theme(scope: PartnershipScope, versionId: string, themeCode: string): Promise<PartnershipTheme> {
    const base = this.content.baseTheme(versionId, themeCode);
    return this.db.run(scope, (db) => this.effectiveTheme(db, scope, versionId, base));
  }

  async putOverride(
    scope: PartnershipScope,
    versionId: string,
    themeCode: string,
    path: string,
    input: PutContentOverrideInput,
  ): Promise<PartnershipTheme> {
    const base = this.content.baseTheme(versionId, themeCode);
    const target = parseOverridePath(path);
    if (!target) {
      const problem = pathProblem(path);
      throw badRequest(problem.message, [problem]);
    }
    const value = this.checked(base, target, input.value);
    const key = {
      partnershipId: scope.partnershipId,
      baseVersionId: versionId,
      themeCode,
      path: formatOverridePath(target),
    };
    return this.db.run(scope, async (db) => {
      const userId = scope.principal.userId;
      if (input.version === null) {
        if (!(await insertOverride(db, key, value, userId))) throw conflict(m.overrideTaken);
      } else if (!(await updateOverride(db, key, value, userId, input.version))) {
        throw conflict(m.overrideStale);
      }
      return this.effectiveTheme(db, scope, versionId, base);
    });
  }

  /** Adds a card of the partnership; its code is made from the title, unique within the theme. */
  addReflectionCard(
    scope: PartnershipScope,
    versionId: string,
    themeCode: string,
    input: AddReflectionCardInput,
  ): Promise<PartnershipTheme> {
    const base = this.content.baseTheme(versionId, themeCode);
    return this.db.run(scope, async (db) => {
      const rows = await listOverrides(db, scope.partnershipId, versionId, themeCode);
      const taken = new Set([
        ...base.reflectionCards.map((c) => c.code),
        ...rows.flatMap((r) => {
          const target = parseOverridePath(r.path);
          return target?.field === 'reflectionCard' ? [target.code] : [];
        }),
      ]);
      const target = {
        field: 'reflectionCard',
        code: codeFromTitle(input.title, taken, 'kaart'),
      } as const;
      // The body is the card itself, so its errors point at `title`, not at `value.title`.
      const value = this.checked(base, target, input, (path) =>
        path[0] === 'value' ? path.slice(1) : path,
      );
      const key = {
        partnershipId: scope.partnershipId,
        baseVersionId: versionId,
        themeCode,
        path: formatOverridePath(target),
      };
      if (!(await insertOverride(db, key, value, scope.principal.userId)))
        throw conflict(m.overrideTaken);
      return this.effectiveTheme(db, scope, versionId, base);
    });
  }

  deleteOverride(
    scope: PartnershipScope,
    versionId: string,
    themeCode: string,
    path: string,
    query: DeleteContentOverrideQuery,
  ): Promise<PartnershipTheme> {
    const base = this.content.baseTheme(versionId, themeCode);
    const key: OverrideKey = {
      partnershipId: scope.partnershipId,
      baseVersionId: versionId,
      themeCode,
      path,
    };
    return this.db.run(scope, async (db) => {
      const outcome = await deleteOverride(db, key, query.version);
      if (outcome === 'missing') throw notFound(m.overrideNotFound);
      if (outcome === 'stale') throw conflict(m.overrideStale);
      return this.effectiveTheme(db, scope, versionId, base);
    });
  }

  async diff(
    scope: PartnershipScope,
    versionId: string,
    query: ContentDiffQuery,
  ): Promise<ContentDiff> {
    const baseVersion = this.content.contentVersion(versionId);
    const themes = this.content.themesOf(versionId);
    if (query.theme !== undefined && !themes.some((t) => t.code === query.theme))
      throw badRequest(m.invalidFilter, [{ path: ['theme'], message: m.unknownTheme }]);
    const { rows, groups } = await this.db.run(scope, async (db) => ({
      rows: await listOverrides(db, scope.partnershipId, versionId, query.theme),
      groups: await listTargetGroups(db, scope.partnershipId),
    }));
    return {
      partnershipId: scope.partnershipId,
      baseVersion,
      themes: themes.flatMap((base) => {
        const own = rows.filter((r) => r.theme_code === base.code);
        if (own.length === 0) return [];
        const { overrides } = applyOverrides(base, own);
        const changes = inReadingOrder(base, overrides).flatMap((o) => mapDiffEntry(o) ?? []);
        return [{ code: base.code, name: base.name, changes }];
      }),
      targetGroups: this.mapTargetGroups(groups).filter(
        (g) => g.origin === 'partnership' && !g.archived,
      ),
    };
  }

  async targetGroups(scope: PartnershipScope): Promise<PartnershipTargetGroupList> {
    const rows = await this.db.run(scope, (db) => listTargetGroups(db, scope.partnershipId));
    return { items: this.mapTargetGroups(rows) };
  }

  async addTargetGroup(
    scope: PartnershipScope,
    input: AddTargetGroupInput,
  ): Promise<PartnershipTargetGroup> {
    const code = codeFromTitle(input.name, new Set(), 'doelgroep');
    const parsed = parseContent(targetGroupSchema, { code, ...input });
    const errors: FieldError[] = parsed.ok
      ? [
          ...sizeProblems(parsed.value.name, ['name'], {
            maxText: TARGET_GROUP_NAME_MAX,
            maxList: 0,
          }),
          ...sizeProblems(parsed.value.description, ['description'], {
            maxText: TARGET_GROUP_DESCRIPTION_MAX,
            maxList: 0,
          }),
        ]
      : parsed.errors;
    if (!parsed.ok || errors.length > 0) throw badRequest(m.invalidTargetGroup, errors);
    const group = parsed.value;

    const row = await this.db.run(scope, async (db) => {
      const existing = await listTargetGroups(db, scope.partnershipId);
      const sameName = (name: string) =>
        name.trim().toLocaleLowerCase('nl') === group.name.toLocaleLowerCase('nl');
      if (existing.some((g) => g.archived_at === null && sameName(g.name)))
        throw conflict(m.targetGroupExists);
      const inserted = await insertTargetGroup(db, scope.partnershipId, group);
      if (!inserted) throw conflict(m.targetGroupExists);
      return inserted;
    });
    return mapTargetGroup(row, this.baseTargetGroup(row.code));
  }

  async removeTargetGroup(scope: PartnershipScope, targetGroupId: string): Promise<void> {
    await this.db.run(scope, async (db) => {
      const row = await findTargetGroup(db, scope.partnershipId, targetGroupId);
      if (!row) throw notFound(m.targetGroupNotFound);
      if (this.baseTargetGroup(row.code)) throw badRequest(m.baseTargetGroup);
      await removeTargetGroup(db, scope.partnershipId, targetGroupId);
    });
  }

  // -------------------------------------------------------------------------------------------

  private async effectiveTheme(
    db: EntityManager,
    scope: PartnershipScope,
    versionId: string,
    base: Theme,
  ): Promise<PartnershipTheme> {
    const rows: OverrideRow[] = await listOverrides(db, scope.partnershipId, versionId, base.code);
    const { theme, overrides } = applyOverrides(base, rows);
    return {
      partnershipId: scope.partnershipId,
      baseVersion: this.content.contentVersion(versionId),
      theme: mapThemeDetail(versionId, theme),
      overrides: inReadingOrder(base, overrides).map(mapOverride),
      adaptable: adaptableFields(base),
    };
  }

  /** The value `target` of `base` may take, or 400 with the field paths of the request body. */
  private checked(
    base: Theme,
    target: OverrideTarget,
    value: unknown,
    toBodyPath: (path: FieldError['path']) => FieldError['path'] = (path) => path,
  ) {
    const checked = checkOverride(base, target, value);
    if (!checked.ok) {
      throw badRequest(
        m.invalidAdaptation,
        checked.errors.map((e) => ({ ...e, path: toBodyPath(e.path) })),
      );
    }
    return checked.value;
  }

  private baseTargetGroup(code: string) {
    return this.content.bundle.framework.targetGroups.find((g) => g.code === code);
  }

  /** The ZET's doelgroepen first (in their own order), then the partnership's (by name). */
  private mapTargetGroups(rows: readonly TargetGroupRow[]): PartnershipTargetGroup[] {
    const baseOrder = this.content.bundle.framework.targetGroups.map((g) => g.code);
    const rank = (code: string) => {
      const i = baseOrder.indexOf(code);
      return i < 0 ? baseOrder.length : i;
    };
    return [...rows]
      .sort((a, b) => rank(a.code) - rank(b.code))
      .map((row) => mapTargetGroup(row, this.baseTargetGroup(row.code)));
  }
}
