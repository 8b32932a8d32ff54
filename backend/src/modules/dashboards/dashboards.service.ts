import { Injectable } from '@nestjs/common';
import type {
  Ambitions,
  Basis,
  AppliedFilters,
  Coverage,
  DashboardFilters,
  Gaps,
  Heatmap,
  HeatmapQuery,
  LocationDashboard,
  LocationDashboardQuery,
  RolePerspectives,
  Safeguards,
  ThemeTrajectory,
  Transitions,
  TrajectoryQuery,
} from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { type PartnershipScope, seesWholePartnership } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { namedLocationFilter } from '../../common/access/visibility';
import { notFound } from '../../common/dutch-exceptions';
import {
  ambitionRows,
  basisCounts,
  coverageRows,
  dashboardDataVersion,
  dashboardFrame,
  findingRows,
  gapRows,
  heatmapRows,
  locationTrajectoryRows,
  openActionRows,
  type SqlFilters,
  safeguardRows,
  safeguardThreadRows,
  sessionRolePerspectiveRows,
  themeRolePerspectiveRows,
  themeTrajectoryRows,
  transitionRows,
} from './dashboard.queries';
import { DashboardAnswerCache, type DashboardEndpoint } from './dashboard-answer-cache';
import { DashboardContent } from './dashboard-content';
import {
  type ResolvedFilters,
  resolveFilters,
  unknownSafeguard,
  unknownTheme,
} from './dashboard-filters';
import {
  shapeAmbitions,
  shapeCoverage,
  shapeGaps,
  shapeHeatmap,
  shapeLocationDashboard,
  shapeRolePerspectives,
  shapeSafeguards,
  shapeTransitions,
} from './dashboard.shaping';
import { shapeTrajectory } from './trajectory.shaping';

type NamedLocation = { id: string; name: string; kind: string };

/** Everything a dashboard request needs to know about who asks, what they filtered, and n. */
export type DashboardContext = ResolvedFilters & {
  partnership: { name: string; openComparison: boolean; minRoleGroupSize: number };
  /** Locaties the caller may see by name; null = all of them. */
  namedIds: readonly string[] | null;
  /** Those locaties, narrowed by the locatie filter, archived last, by name. */
  locations: NamedLocation[];
  /** The partnership's school years in view. */
  schoolYears: string[];
  n: Basis;
  /** The newest school year in view with a result. */
  latestYear: string | null;
};

@Injectable()
export class DashboardsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: DashboardContent,
    private readonly cache: DashboardAnswerCache,
  ) {}

  run<T>(scope: PartnershipScope, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.db.run(scope, work);
  }

  /**
   * One dashboard answer. The partnership's data version is read first, as one statement before
   * any transaction (every write raises it in its own transaction), so a cached answer costs a
   * single round trip, and an answer computed in the scoped transaction that follows saw data at
   * least as new as the version it is stored under. Failures are not stored. Without a version
   * (no row, or a database role that row-level security hides it from) nothing is cached.
   */
  private async answer<T extends object>(
    scope: PartnershipScope,
    endpoint: DashboardEndpoint,
    query: unknown,
    compute: (db: EntityManager) => Promise<T>,
  ): Promise<T> {
    const version = await this.db.read((db) => dashboardDataVersion(db, scope.partnershipId));
    const key =
      version === null
        ? null
        : this.cache.key({ partnershipId: scope.partnershipId, version, endpoint, query, scope });
    const hit = key === null ? undefined : this.cache.get<T>(key);
    if (hit) return hit;
    return this.db.run(scope, async (db) => {
      const fresh = await compute(db);
      if (key !== null) this.cache.set(key, fresh);
      return fresh;
    });
  }

  /**
   * Resolves the filters and reads the frame of every chart in one query. The locatie filter is
   * checked against what the caller may see only once open comparison is known; nothing is
   * returned before that check.
   */
  async context(
    db: EntityManager,
    scope: PartnershipScope,
    filters: DashboardFilters,
  ): Promise<DashboardContext> {
    const { sql } = resolveFilters(filters, {
      partnershipId: scope.partnershipId,
      named: 'all',
      content: this.content,
    });
    const own = seesWholePartnership(scope) ? null : scope.locationIds;
    const frame = await dashboardFrame(db, sql, own);
    if (!frame) throw notFound('Dit partnerschap bestaat niet, of je hebt er geen toegang toe.');
    const named = namedLocationFilter(scope, frame.open_comparison);
    const resolved = resolveFilters(filters, {
      partnershipId: scope.partnershipId,
      named,
      content: this.content,
    });
    return {
      ...resolved,
      partnership: {
        name: frame.name,
        openComparison: frame.open_comparison,
        minRoleGroupSize: frame.min_role_group_size,
      },
      namedIds: named === 'all' ? null : named,
      locations: frame.locations,
      schoolYears: frame.school_years,
      n: { locations: frame.basis_locations, sessions: frame.basis_sessions },
      latestYear: frame.latest_year,
    };
  }

  /** The themes in view, in content order. */
  themesInView(sql: SqlFilters) {
    const themes = sql.themeCodes
      ? this.content.themes.filter((t) => sql.themeCodes!.includes(t.code))
      : this.content.themes;
    return themes.map((t) => ({ code: t.code, name: t.name }));
  }

  applied(ctx: DashboardContext, schoolYears = ctx.schoolYears): AppliedFilters {
    return { ...ctx.applied, schoolYears };
  }

  /**
   * Lines only for the locaties this person may see by name; the partnership line is computed
   * over all locaties in view, which is how a locatie sees the others: as an unnamed distribution.
   */
  themeTrajectory(scope: PartnershipScope, query: TrajectoryQuery): Promise<ThemeTrajectory> {
    const theme = this.content.theme(query.theme);
    if (!theme) throw unknownTheme();
    return this.answer(scope, 'trajectory', query, async (db) => {
      const ctx = await this.context(db, scope, query);
      const rows = await themeTrajectoryRows(db, ctx.sql, ctx.namedIds);
      return shapeTrajectory(
        { code: theme.code, name: theme.name },
        ctx.schoolYears,
        ctx.locations,
        rows,
        ctx.n,
        ctx.namedIds === null ? null : ctx.partnership.minRoleGroupSize,
      );
    });
  }

  coverage(scope: PartnershipScope, filters: DashboardFilters): Promise<Coverage> {
    return this.answer(scope, 'coverage', filters, async (db) => {
      const ctx = await this.context(db, scope, filters);
      const themes = this.themesInView(ctx.sql);
      const rows = await coverageRows(
        db,
        ctx.sql,
        themes.map((t) => t.code),
      );
      return shapeCoverage({
        filters: this.applied(ctx),
        themes,
        referenceYear: ctx.schoolYears.at(-1) ?? null,
        locations: ctx.locations,
        rows,
        n: ctx.n,
      });
    });
  }

  gaps(scope: PartnershipScope, filters: DashboardFilters): Promise<Gaps> {
    return this.answer(scope, 'gaps', filters, async (db) => {
      const ctx = await this.context(db, scope, filters);
      return shapeGaps({
        filters: this.applied(ctx),
        themes: this.themesInView(ctx.sql),
        schoolYears: ctx.schoolYears,
        rows: await gapRows(db, ctx.sql),
        n: ctx.n,
      });
    });
  }

  ambitions(scope: PartnershipScope, filters: DashboardFilters): Promise<Ambitions> {
    return this.answer(scope, 'ambitions', filters, async (db) => {
      const ctx = await this.context(db, scope, filters);
      return shapeAmbitions({
        filters: this.applied(ctx),
        themes: this.themesInView(ctx.sql),
        schoolYears: ctx.schoolYears,
        locations: ctx.locations,
        rows: await ambitionRows(db, ctx.sql, ctx.namedIds),
        n: ctx.n,
      });
    });
  }

  transitions(scope: PartnershipScope, filters: DashboardFilters): Promise<Transitions> {
    return this.answer(scope, 'transitions', filters, async (db) => {
      const ctx = await this.context(db, scope, filters);
      return shapeTransitions({
        filters: this.applied(ctx),
        themes: this.themesInView(ctx.sql),
        rows: await transitionRows(db, ctx.sql),
        n: ctx.n,
      });
    });
  }

  safeguards(scope: PartnershipScope, filters: DashboardFilters): Promise<Safeguards> {
    return this.answer(scope, 'safeguards', filters, async (db) => {
      const ctx = await this.context(db, scope, filters);
      return this.safeguardsIn(db, ctx);
    });
  }

  /** The waarborgen view inside an open transaction: shared by the page, the exports and the report. */
  async safeguardsIn(db: EntityManager, ctx: DashboardContext, only?: string): Promise<Safeguards> {
    const code = only ?? ctx.applied.safeguard;
    if (code && !this.content.safeguard(code)) throw unknownSafeguard();
    const inView = new Set(this.themesInView(ctx.sql).map((t) => t.code));
    const safeguards = this.content.safeguards
      .filter((s) => !code || s.code === code)
      .map((s) => ({
        ...s,
        themes: this.content
          .themesOf(s.code)
          .filter((t) => inView.has(t.code))
          .map((t) => ({ code: t.code, name: t.name })),
      }));
    const rows = await safeguardRows(db, ctx.sql, this.content.mapping);
    const threads = await safeguardThreadRows(db, ctx.sql, this.content.mapping);
    return {
      filters: this.applied(ctx),
      safeguards: shapeSafeguards({
        safeguards,
        schoolYears: ctx.schoolYears,
        rows,
        threads,
        themeRef: (c) => this.content.themeRef(c),
      }),
      n: ctx.n,
    };
  }

  /** The year asked for, or the newest year in view with a result (n then counts that year only). */
  heatmap(scope: PartnershipScope, query: HeatmapQuery): Promise<Heatmap> {
    return this.answer(scope, 'heatmap', query, async (db) => {
      const { schoolYear: asked, ...filters } = query;
      const ctx = await this.context(
        db,
        scope,
        asked ? { ...filters, schoolYears: [asked] } : filters,
      );
      const schoolYear = asked ?? ctx.latestYear;
      if (!schoolYear) {
        return shapeHeatmap({
          filters: this.applied(ctx, []),
          schoolYear,
          themes: this.themesInView(ctx.sql),
          locations: ctx.locations,
          rows: [],
          n: ctx.n,
        });
      }
      const sql = { ...ctx.sql, schoolYears: [schoolYear] };
      return shapeHeatmap({
        filters: this.applied(ctx, [schoolYear]),
        schoolYear,
        themes: this.themesInView(sql),
        locations: ctx.locations,
        rows: await heatmapRows(db, sql, ctx.namedIds),
        n: asked ? ctx.n : await basisCounts(db, sql),
      });
    });
  }

  /**
   * One locatie's page: its coördinator, the programmaleider and the stuurgroep. The partnership
   * appears only as median, range and n per theme and year.
   */
  locationDashboard(
    scope: PartnershipScope,
    locationId: string,
    query: LocationDashboardQuery,
  ): Promise<LocationDashboard> {
    const gone = () => notFound('Deze locatie bestaat niet, of je hebt er geen toegang toe.');
    if (!seesWholePartnership(scope) && !scope.locationIds.includes(locationId)) throw gone();
    return this.answer(scope, 'location', { ...query, locationId }, async (db) => {
      const ctx = await this.context(db, scope, { ...query, locationIds: [locationId] });
      const location = ctx.locations.find((l) => l.id === locationId);
      if (!location) throw gone();
      // The partnership distribution is over all locaties; the locatie's own numbers over itself.
      const all: SqlFilters = { ...ctx.sql, locationIds: null };
      return shapeLocationDashboard({
        filters: this.applied(ctx),
        location,
        schoolYears: ctx.schoolYears,
        themes: this.themesInView(ctx.sql),
        trajectory: await locationTrajectoryRows(db, all, locationId, ctx.namedIds),
        findings: await findingRows(db, ctx.sql),
        actions: await openActionRows(db, scope.partnershipId, locationId, ctx.sql.themeCodes),
        minOtherLocations: ctx.namedIds === null ? null : ctx.partnership.minRoleGroupSize,
        n: ctx.n,
      });
    });
  }

  /**
   * Role perspectives of one school year by default (the newest with results), or of the years
   * chosen. Per session only with a theme chosen, and only at locaties the caller may see by name.
   */
  rolePerspectives(scope: PartnershipScope, filters: DashboardFilters): Promise<RolePerspectives> {
    return this.answer(scope, 'role-perspectives', filters, async (db) => {
      const ctx = await this.context(db, scope, filters);
      const narrowed = !ctx.sql.schoolYears && ctx.latestYear !== null;
      const sql: SqlFilters = narrowed ? { ...ctx.sql, schoolYears: [ctx.latestYear!] } : ctx.sql;
      const min = ctx.partnership.minRoleGroupSize;
      const roleSides = {
        roles: this.content.roles.map((r) => r.code),
        sides: this.content.roles.map((r) => r.side),
      };
      return shapeRolePerspectives({
        filters: this.applied(ctx, narrowed ? [ctx.latestYear!] : ctx.schoolYears),
        minRoleGroupSize: min,
        themes: this.themesInView(sql),
        themeRows: await themeRolePerspectiveRows(db, sql, min, roleSides),
        sessionRows: ctx.applied.theme
          ? await sessionRolePerspectiveRows(db, sql, min, roleSides, ctx.namedIds)
          : [],
        locations: ctx.locations,
        roleName: (code) => this.content.roleName(code),
        n: narrowed ? await basisCounts(db, sql) : ctx.n,
      });
    });
  }
}
