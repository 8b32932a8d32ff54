import { Controller, Get, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Allow } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { ThemeTrajectoryDto, TrajectoryQueryDto } from './dashboards.dto';
import { DashboardsService } from './dashboards.service';

@Controller('partnerships/:partnershipId/dashboards')
export class DashboardsController {
  constructor(private readonly dashboards: DashboardsService) {}

  @Allow('programmaleider', 'stuurgroeplid', 'locatiecoordinator')
  @Get('trajectory')
  @ZodResponse({ type: ThemeTrajectoryDto })
  trajectory(@Scope() scope: PartnershipScope, @Query() query: TrajectoryQueryDto) {
    return this.dashboards.themeTrajectory(scope, query.theme);
  }
}
