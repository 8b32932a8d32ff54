import { Injectable } from '@nestjs/common';
import type {
  Ambitions,
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
import { In } from 'typeorm';
import { type PartnershipScope, seesWholePartnership } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { namedLocationFilter } from '../../common/access/visibility';
import { notFound } from '../../common/dutch-exceptions';
import { LocationEntity } from '../partnerships/location.entity';
import type { PartnershipEntity } from '../partnerships/partnership.entity';
import { PartnershipsService } from '../partnerships/partnerships.service';
import {
  ambitionRows,
  basisCounts,
  coverageRows,
  findingRows,
  gapRows,
  heatmapRows,
  latestResultYear,
  locationTrajectoryRows,
  openActionRows,
  partnershipSchoolYears,
  type SqlFilters,
  safeguardThemeRankRows,
  safeguardThreadRows,
  safeguardYearRows,
  sessionRolePerspectiveRows,
  themeRolePerspectiveRows,
  themeTrajectoryRows,
  transitionRows,
} from './dashboard.queries';
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

/** Everything a dashboard request needs to know about who asks and what they filtered. */
export type DashboardContext = ResolvedFilters & {
  partnership: PartnershipEntity;
  /** Locaties the caller may see by name; null = all of them. */
  namedIds: readonly string[] | null;
};

@Injectable()
export class DashboardsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: DashboardContent,
    private readonly partnerships: PartnershipsService,
  ) {}

  run<T>(scope: PartnershipScope, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.db.run(scope, work);
  }

  async context(
    db: EntityManager,
    scope: PartnershipScope,
    filters: DashboardFilters,
  ): Promise<DashboardContext> {
    const partnership = await this.partnerships.findPartnership(db);
    const named = namedLocationFilter(scope, partnership.openComparison);
    const resolved = resolveFilters(filters, {
      partnershipId: scope.partnershipId,
      named,
      content: this.content,
    });
    return { ...resolved, partnership, namedIds: named === 'all' ? null : named };
  }

  /** Locaties shown by name: those the caller may see, narrowed by the locatie filter. */
  async namedLocations(db: EntityManager, ctx: DashboardContext): Promise<LocationEntity[]> {
    const ids = ctx.sql.locationIds ?? ctx.namedIds;
    return db.find(LocationEntity, {
      where: {
        partnershipId: ctx.sql.partnershipId,
        ...(ids === null ? {} : { id: In([...ids]) }),
      },
      order: { archivedAt: { direction: 'asc', nulls: 'first' }, name: 'asc' },
    });
  }

  /** The themes in view, in content order. */
  themesInView(sql: SqlFilters) {
    const themes = sql.themeCodes
      ? this.content.themes.filter((t) => sql.themeCodes!.includes(t.code))
      : this.content.themes;
    return themes.map((t) => ({ code: t.code, name: t.name }));
  }

  applied(ctx: DashboardContext, schoolYears: string[]): AppliedFilters {
    return { ...ctx.applied, schoolYears };
  }

  /**
   * Lines only for the locaties this person may see by name; the partnership line is computed
   * over all locaties in view, which is how a locatie sees the others: as an unnamed distribution.
   */
  themeTrajectory(scope: PartnershipScope, query: TrajectoryQuery): Promise<ThemeTrajectory> {
    const theme = this.content.theme(query.theme);
    if (!theme) throw unknownTheme();
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, query);
      const schoolYears = await partnershipSchoolYears(
        db,
        scope.partnershipId,
        ctx.sql.schoolYears,
      );
      const locations = await this.namedLocations(db, ctx);
      const rows = await themeTrajectoryRows(db, ctx.sql);
      const n = await basisCounts(db, ctx.sql);
      return shapeTrajectory(
        { code: theme.code, name: theme.name },
        schoolYears,
        locations,
        rows,
        n,
      );
    });
  }

  coverage(scope: PartnershipScope, filters: DashboardFilters): Promise<Coverage> {
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, filters);
      const schoolYears = await partnershipSchoolYears(
        db,
        scope.partnershipId,
        ctx.sql.schoolYears,
      );
      const themes = this.themesInView(ctx.sql);
      const rows = await coverageRows(
        db,
        ctx.sql,
        themes.map((t) => t.code),
      );
      return shapeCoverage({
        filters: this.applied(ctx, schoolYears),
        themes,
        referenceYear: schoolYears.at(-1) ?? null,
        locations: await this.namedLocations(db, ctx),
        rows,
        n: await basisCounts(db, ctx.sql),
      });
    });
  }

  gaps(scope: PartnershipScope, filters: DashboardFilters): Promise<Gaps> {
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, filters);
      const schoolYears = await partnershipSchoolYears(
        db,
        scope.partnershipId,
        ctx.sql.schoolYears,
      );
      return shapeGaps({
        filters: this.applied(ctx, schoolYears),
        themes: this.themesInView(ctx.sql),
        schoolYears,
        rows: await gapRows(db, ctx.sql),
        n: await basisCounts(db, ctx.sql),
      });
    });
  }

  ambitions(scope: PartnershipScope, filters: DashboardFilters): Promise<Ambitions> {
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, filters);
      const schoolYears = await partnershipSchoolYears(
        db,
        scope.partnershipId,
        ctx.sql.schoolYears,
      );
      return shapeAmbitions({
        filters: this.applied(ctx, schoolYears),
        themes: this.themesInView(ctx.sql),
        schoolYears,
        locations: await this.namedLocations(db, ctx),
        rows: await ambitionRows(db, ctx.sql, ctx.namedIds),
        n: await basisCounts(db, ctx.sql),
      });
    });
  }

  transitions(scope: PartnershipScope, filters: DashboardFilters): Promise<Transitions> {
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, filters);
      const schoolYears = await partnershipSchoolYears(
        db,
        scope.partnershipId,
        ctx.sql.schoolYears,
      );
      return shapeTransitions({
        filters: this.applied(ctx, schoolYears),
        themes: this.themesInView(ctx.sql),
        rows: await transitionRows(db, ctx.sql),
        n: await basisCounts(db, ctx.sql),
      });
    });
  }

  safeguards(scope: PartnershipScope, filters: DashboardFilters): Promise<Safeguards> {
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, filters);
      return this.safeguardsIn(db, ctx);
    });
  }

  /** The waarborgen view inside an open transaction: shared by the page, the exports and the report. */
  async safeguardsIn(db: EntityManager, ctx: DashboardContext, only?: string): Promise<Safeguards> {
    const schoolYears = await partnershipSchoolYears(
      db,
      ctx.sql.partnershipId,
      ctx.sql.schoolYears,
    );
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
    const [years, ranking, threads, n] = [
      await safeguardYearRows(db, ctx.sql, this.content.mapping),
      await safeguardThemeRankRows(db, ctx.sql, this.content.mapping),
      await safeguardThreadRows(db, ctx.sql, this.content.mapping),
      await basisCounts(db, ctx.sql),
    ];
    return {
      filters: this.applied(ctx, schoolYears),
      safeguards: shapeSafeguards({
        safeguards,
        schoolYears,
        years,
        ranking,
        threads,
        themeRef: (c) => this.content.themeRef(c),
      }),
      n,
    };
  }

  heatmap(scope: PartnershipScope, query: HeatmapQuery): Promise<Heatmap> {
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, query);
      const schoolYear = query.schoolYear ?? (await latestResultYear(db, ctx.sql));
      const sql = { ...ctx.sql, schoolYears: schoolYear ? [schoolYear] : ctx.sql.schoolYears };
      return shapeHeatmap({
        filters: this.applied(ctx, schoolYear ? [schoolYear] : []),
        schoolYear,
        themes: this.themesInView(sql),
        locations: await this.namedLocations(db, ctx),
        rows: schoolYear ? await heatmapRows(db, sql, ctx.namedIds) : [],
        n: schoolYear ? await basisCounts(db, sql) : { locations: 0, sessions: 0 },
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
    if (!seesWholePartnership(scope) && !scope.locationIds.includes(locationId))
      throw notFound('Deze locatie bestaat niet, of je hebt er geen toegang toe.');
    return this.db.run(scope, async (db) => {
      const location = await db.findOne(LocationEntity, {
        where: { id: locationId, partnershipId: scope.partnershipId },
      });
      if (!location) throw notFound('Deze locatie bestaat niet, of je hebt er geen toegang toe.');
      const ctx = await this.context(db, scope, query);
      const own: SqlFilters = { ...ctx.sql, locationIds: [locationId] };
      const schoolYears = await partnershipSchoolYears(
        db,
        scope.partnershipId,
        ctx.sql.schoolYears,
      );
      return shapeLocationDashboard({
        filters: { ...this.applied(ctx, schoolYears), locationIds: [locationId] },
        location: { id: location.id, name: location.name, kind: location.kind },
        schoolYears,
        themes: this.themesInView(ctx.sql),
        trajectory: await locationTrajectoryRows(db, ctx.sql, locationId),
        findings: await findingRows(db, own),
        actions: await openActionRows(db, scope.partnershipId, locationId, ctx.sql.themeCodes),
        n: await basisCounts(db, own),
      });
    });
  }

  /**
   * Role perspectives of one school year by default (the newest with results), or of the years
   * chosen. Per session only with a theme chosen, and only at locaties the caller may see by name.
   */
  rolePerspectives(scope: PartnershipScope, filters: DashboardFilters): Promise<RolePerspectives> {
    return this.db.run(scope, async (db) => {
      const ctx = await this.context(db, scope, filters);
      let sql = ctx.sql;
      if (!sql.schoolYears) {
        const latest = await latestResultYear(db, sql);
        if (latest) sql = { ...sql, schoolYears: [latest] };
      }
      const schoolYears = await partnershipSchoolYears(db, scope.partnershipId, sql.schoolYears);
      const min = ctx.partnership.minRoleGroupSize;
      const roleSides = {
        roles: this.content.roles.map((r) => r.code),
        sides: this.content.roles.map((r) => r.side),
      };
      return shapeRolePerspectives({
        filters: this.applied(ctx, schoolYears),
        minRoleGroupSize: min,
        themes: this.themesInView(sql),
        themeRows: await themeRolePerspectiveRows(db, sql, min, roleSides),
        sessionRows: ctx.applied.theme
          ? await sessionRolePerspectiveRows(db, sql, min, roleSides, ctx.namedIds)
          : [],
        locations: await this.namedLocations(db, ctx),
        roleName: (code) => this.content.roleName(code),
        n: await basisCounts(db, sql),
      });
    });
  }
}
