import { Module } from '@nestjs/common';
import { DashboardAnswerCache } from './dashboard-answer-cache';
import { DashboardContent } from './dashboard-content';
import { DashboardsController, ReportsController } from './dashboards.controller';
import { DashboardsService } from './dashboards.service';
import { PdfRenderer } from './pdf-renderer.service';
import { SafeguardReportsService } from './safeguard-reports.service';

@Module({
  controllers: [DashboardsController, ReportsController],
  providers: [
    DashboardsService,
    DashboardAnswerCache,
    DashboardContent,
    SafeguardReportsService,
    PdfRenderer,
  ],
  exports: [DashboardsService, DashboardContent],
})
export class DashboardsModule {}
