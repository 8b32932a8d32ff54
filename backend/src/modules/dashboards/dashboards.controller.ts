import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { idSchema } from '@zet/contracts';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { notFound } from '../../common/dutch-exceptions';
import {
  AmbitionsDto,
  CoverageDto,
  DashboardFiltersDto,
  GapsDto,
  HeatmapDto,
  HeatmapQueryDto,
  LocationDashboardDto,
  LocationDashboardQueryDto,
  RolePerspectivesDto,
  SafeguardCsvQueryDto,
  SafeguardReportQueryDto,
  SafeguardsDto,
  ThemeTrajectoryDto,
  TrajectoryQueryDto,
  TransitionsDto,
} from './dashboards.dto';
import { DashboardsService } from './dashboards.service';
import type { ExportFile } from './safeguard-reports.service';
import { SafeguardReportsService } from './safeguard-reports.service';

const DASHBOARD_READERS = ['programmaleider', 'stuurgroeplid', 'locatiecoordinator'] as const;

function idOr404(value: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound('Deze locatie bestaat niet, of je hebt er geen toegang toe.');
  return parsed.data;
}

export function download(res: Response, file: ExportFile): StreamableFile {
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.body.length,
  });
}

/**
 * Every dashboard takes the filters from the query string and states n. A locatie-coördinator
 * sees their own locaties by name and the rest of the partnership only as unnamed distributions.
 */
@Controller('partnerships/:partnershipId/dashboards')
export class DashboardsController {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly reports: SafeguardReportsService,
  ) {}

  @Allow(...DASHBOARD_READERS)
  @Get('trajectory')
  @ZodResponse({ type: ThemeTrajectoryDto })
  trajectory(@Scope() scope: PartnershipScope, @Query() query: TrajectoryQueryDto) {
    return this.dashboards.themeTrajectory(scope, query);
  }

  @Allow(...DASHBOARD_READERS)
  @Get('coverage')
  @ZodResponse({ type: CoverageDto })
  coverage(@Scope() scope: PartnershipScope, @Query() query: DashboardFiltersDto) {
    return this.dashboards.coverage(scope, query);
  }

  @Allow(...DASHBOARD_READERS)
  @Get('gaps')
  @ZodResponse({ type: GapsDto })
  gaps(@Scope() scope: PartnershipScope, @Query() query: DashboardFiltersDto) {
    return this.dashboards.gaps(scope, query);
  }

  @Allow(...DASHBOARD_READERS)
  @Get('ambitions')
  @ZodResponse({ type: AmbitionsDto })
  ambitions(@Scope() scope: PartnershipScope, @Query() query: DashboardFiltersDto) {
    return this.dashboards.ambitions(scope, query);
  }

  @Allow(...DASHBOARD_READERS)
  @Get('transitions')
  @ZodResponse({ type: TransitionsDto })
  transitions(@Scope() scope: PartnershipScope, @Query() query: DashboardFiltersDto) {
    return this.dashboards.transitions(scope, query);
  }

  @Allow(...DASHBOARD_READERS)
  @Get('safeguards')
  @ZodResponse({ type: SafeguardsDto })
  safeguards(@Scope() scope: PartnershipScope, @Query() query: DashboardFiltersDto) {
    return this.dashboards.safeguards(scope, query);
  }

  /** One table of the underlying numbers as CSV (`table=verdeling|themas|resultaten|rode-lijnen`). */
  @Allow(...DASHBOARD_READERS)
  @Get('safeguards/export.csv')
  async safeguardsCsv(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Scope() scope: PartnershipScope,
    @Query() query: SafeguardCsvQueryDto,
  ) {
    return download(res, await this.reports.csv(req, scope, query));
  }

  /** All tables of the underlying numbers, with what they rest on, as one workbook. */
  @Allow(...DASHBOARD_READERS)
  @Get('safeguards/export.xlsx')
  async safeguardsXlsx(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Scope() scope: PartnershipScope,
    @Query() query: DashboardFiltersDto,
  ) {
    return download(res, await this.reports.xlsx(req, scope, query));
  }

  @Allow(...DASHBOARD_READERS)
  @Get('heatmap')
  @ZodResponse({ type: HeatmapDto })
  heatmap(@Scope() scope: PartnershipScope, @Query() query: HeatmapQueryDto) {
    return this.dashboards.heatmap(scope, query);
  }

  @Allow(...DASHBOARD_READERS)
  @Get('location/:locationId')
  @ZodResponse({ type: LocationDashboardDto })
  location(
    @Scope() scope: PartnershipScope,
    @Param('locationId') locationId: string,
    @Query() query: LocationDashboardQueryDto,
  ) {
    return this.dashboards.locationDashboard(scope, idOr404(locationId), query);
  }

  @Allow(...DASHBOARD_READERS)
  @Get('role-perspectives')
  @ZodResponse({ type: RolePerspectivesDto })
  rolePerspectives(@Scope() scope: PartnershipScope, @Query() query: DashboardFiltersDto) {
    return this.dashboards.rolePerspectives(scope, query);
  }
}

/** Printable reports for the stuurgroep and peer review. */
@Controller('partnerships/:partnershipId/reports')
export class ReportsController {
  constructor(private readonly reports: SafeguardReportsService) {}

  /** `safeguard=<code>` or `all`; the dashboard filters apply. 503 when Chromium is not available. */
  @Allow(...DASHBOARD_READERS)
  @Get('safeguards.pdf')
  async safeguardsPdf(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Scope() scope: PartnershipScope,
    @Query() query: SafeguardReportQueryDto,
  ) {
    return download(res, await this.reports.pdf(req, scope, query));
  }
}
