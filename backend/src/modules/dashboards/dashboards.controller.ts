import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { PartnershipParamsDto } from '../partnerships/partnerships.dto';
import { ThemeTrajectoryDto, TrajectoryQueryDto } from './dashboards.dto';
import { DashboardsService } from './dashboards.service';

@Controller('partnerships/:partnershipId/dashboards')
export class DashboardsController {
  constructor(private readonly dashboards: DashboardsService) {}

  @Get('trajectory')
  @ZodResponse({ type: ThemeTrajectoryDto })
  trajectory(@Param() { partnershipId }: PartnershipParamsDto, @Query() query: TrajectoryQueryDto) {
    return this.dashboards.themeTrajectory(partnershipId, query.theme);
  }
}
