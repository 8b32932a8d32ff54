import { Injectable } from '@nestjs/common';
import type {
  DashboardFilters,
  SafeguardCsvQuery,
  SafeguardReportQuery,
  Safeguards,
} from '@zet/contracts';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { AuditService } from '../audit/audit.service';
import { clientIp } from '../auth/session-helpers';
import { TargetGroupEntity } from '../partnerships/target-group.entity';
import { reportBasisRows, safeguardResultRows } from './dashboard.queries';
import { DashboardContent } from './dashboard-content';
import { unknownSafeguard } from './dashboard-filters';
import { type DashboardContext, DashboardsService } from './dashboards.service';
import { PdfRenderer } from './pdf-renderer.service';
import { exportTables, type ReportBasis, toCsv, toXlsx } from './safeguard-export';
import { renderSafeguardReport } from './safeguard-report.html';

export type ExportFile = { fileName: string; contentType: string; body: Buffer };

const slug = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60) || 'partnerschap';

/**
 * The waarborgen view as files: CSV and XLSX of the underlying numbers, and the PDF report for
 * the stuurgroep and peer review. Each download is written to the audit log as `export.created`.
 */
@Injectable()
export class SafeguardReportsService {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly content: DashboardContent,
    private readonly audit: AuditService,
    private readonly renderer: PdfRenderer,
  ) {}

  async csv(req: Request, scope: PartnershipScope, query: SafeguardCsvQuery): Promise<ExportFile> {
    const { table: key, ...filters } = query;
    return this.dashboards.run(scope, async (db) => {
      const { ctx, view, tables } = await this.tables(db, scope, filters);
      const table = tables.find((t) => t.key === key)!;
      await this.record(db, req, scope, ctx, { format: 'csv', table: key });
      return {
        fileName: `waarborgen-${key}-${slug(ctx.partnership.name)}-${periodSlug(view)}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: Buffer.from(toCsv(table), 'utf8'),
      };
    });
  }

  async xlsx(
    req: Request,
    scope: PartnershipScope,
    filters: DashboardFilters,
  ): Promise<ExportFile> {
    return this.dashboards.run(scope, async (db) => {
      const { ctx, view, tables } = await this.tables(db, scope, filters);
      const basis = await this.basis(db, ctx, view);
      await this.record(db, req, scope, ctx, { format: 'xlsx' });
      return {
        fileName: `waarborgen-${slug(ctx.partnership.name)}-${periodSlug(view)}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await toXlsx(tables, basis),
      };
    });
  }

  /** The data is read and the export recorded first; Chromium prints after the transaction. */
  async pdf(
    req: Request,
    scope: PartnershipScope,
    query: SafeguardReportQuery,
  ): Promise<ExportFile> {
    const { safeguard, ...rest } = query;
    const only = safeguard === 'all' ? undefined : safeguard;
    if (only && !this.content.safeguard(only)) throw unknownSafeguard();
    const { html, fileName } = await this.dashboards.run(scope, async (db) => {
      const ctx = await this.dashboards.context(db, scope, { ...rest, safeguard: only });
      const view = await this.dashboards.safeguardsIn(db, ctx, only);
      const basis = await this.basis(db, ctx, view);
      await this.record(db, req, scope, ctx, { format: 'pdf', safeguard: safeguard });
      const summaries = new Map(this.content.safeguards.map((s) => [s.code, s.summary]));
      return {
        html: renderSafeguardReport(view, basis, summaries),
        fileName: `waarborgen-${only ?? 'alle'}-${slug(ctx.partnership.name)}-${periodSlug(view)}.pdf`,
      };
    });
    return { fileName, contentType: 'application/pdf', body: await this.renderer.render(html) };
  }

  private async tables(db: EntityManager, scope: PartnershipScope, filters: DashboardFilters) {
    const ctx = await this.dashboards.context(db, scope, filters);
    const view = await this.dashboards.safeguardsIn(db, ctx);
    const mapping = ctx.applied.safeguard
      ? {
          themes: this.content.mapping.themes.filter(
            (_, i) => this.content.mapping.safeguards[i] === ctx.applied.safeguard,
          ),
          safeguards: this.content.mapping.safeguards.filter((s) => s === ctx.applied.safeguard),
        }
      : this.content.mapping;
    const results = await safeguardResultRows(db, ctx.sql, mapping, ctx.namedIds);
    const tables = exportTables(
      view,
      results,
      (code) => this.content.safeguard(code)?.name ?? code,
      (code) => this.content.themeRef(code).name,
    );
    return { ctx, view, tables };
  }

  private async basis(
    db: EntityManager,
    ctx: DashboardContext,
    view: Safeguards,
  ): Promise<ReportBasis> {
    const rows = await reportBasisRows(db, ctx.sql);
    const present = new Map(rows.filter((r) => r.level === 'present').map((r) => [r.key, r.count]));
    const placements = new Map(
      rows.filter((r) => r.level === 'placements').map((r) => [r.key, r.count]),
    );
    const roleCodes = this.content.roles
      .map((r) => r.code)
      .filter((code) => present.has(code) || placements.has(code));
    const unknownRoles = [...new Set([...present.keys(), ...placements.keys()])].filter(
      (code) => !roleCodes.includes(code),
    );
    const targetGroup = ctx.sql.targetGroupId
      ? await db.findOne(TargetGroupEntity, { where: { id: ctx.sql.targetGroupId } })
      : null;
    const locationNames = ctx.sql.locationIds ? ctx.locations.map((l) => l.name) : null;
    const years = view.filters.schoolYears;
    const withResults = years.filter((y) =>
      view.safeguards.some((s) => s.years.some((v) => v.schoolYear === y && v.results > 0)),
    );
    return {
      partnershipName: ctx.partnership.name,
      createdAt: new Date(),
      filters: [
        { label: 'Schooljaren', value: ctx.sql.schoolYears ? years.join(', ') : 'alle' },
        { label: 'Locaties', value: locationNames ? locationNames.join(', ') : 'alle' },
        { label: 'Doelgroep', value: targetGroup?.name ?? 'alle' },
        {
          label: 'Thema',
          value: ctx.applied.theme ? this.content.themeRef(ctx.applied.theme).name : 'alle',
        },
        {
          label: 'Waarborg',
          value: view.safeguards.length === 1 ? view.safeguards[0]!.safeguard.name : 'alle vier',
        },
      ],
      period: withResults.length
        ? `${withResults[0]} t/m ${withResults.at(-1)}`
        : 'nog geen resultaten',
      contentVersions: rows
        .filter((r) => r.level === 'version')
        .map((r) => this.content.versionName(r.key)),
      locations: view.n.locations,
      sessions: view.n.sessions,
      roles: [...roleCodes, ...unknownRoles].map((code) => ({
        name: this.content.roleName(code),
        present: present.get(code) ?? 0,
        placements: placements.get(code) ?? 0,
      })),
    };
  }

  private record(
    db: EntityManager,
    req: Request,
    scope: PartnershipScope,
    ctx: DashboardContext,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(db, {
      action: 'export.created',
      partnershipId: scope.partnershipId,
      userId: scope.principal.userId,
      targetType: 'dashboard',
      targetId: 'safeguards',
      details: { ...details, filters: { ...ctx.applied, schoolYears: ctx.sql.schoolYears } },
      ip: clientIp(req),
    });
  }
}

function periodSlug(view: Safeguards): string {
  const years = view.filters.schoolYears;
  if (!years.length) return 'geen-jaren';
  return years.length === 1 ? years[0]! : `${years[0]}-tot-${years.at(-1)}`;
}
