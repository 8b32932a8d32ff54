import {
  ambitionsSchema,
  coverageSchema,
  dashboardFiltersSchema,
  gapsSchema,
  heatmapQuerySchema,
  heatmapSchema,
  locationDashboardQuerySchema,
  locationDashboardSchema,
  rolePerspectivesSchema,
  safeguardCsvQuerySchema,
  safeguardReportQuerySchema,
  safeguardsSchema,
  themeTrajectorySchema,
  trajectoryQuerySchema,
  transitionsSchema,
} from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class ThemeTrajectoryDto extends createZodDto(themeTrajectorySchema) {}
export class TrajectoryQueryDto extends createZodDto(trajectoryQuerySchema) {}
export class DashboardFiltersDto extends createZodDto(dashboardFiltersSchema) {}
export class CoverageDto extends createZodDto(coverageSchema) {}
export class GapsDto extends createZodDto(gapsSchema) {}
export class AmbitionsDto extends createZodDto(ambitionsSchema) {}
export class TransitionsDto extends createZodDto(transitionsSchema) {}
export class SafeguardsDto extends createZodDto(safeguardsSchema) {}
export class SafeguardCsvQueryDto extends createZodDto(safeguardCsvQuerySchema) {}
export class SafeguardReportQueryDto extends createZodDto(safeguardReportQuerySchema) {}
export class HeatmapQueryDto extends createZodDto(heatmapQuerySchema) {}
export class HeatmapDto extends createZodDto(heatmapSchema) {}
export class LocationDashboardQueryDto extends createZodDto(locationDashboardQuerySchema) {}
export class LocationDashboardDto extends createZodDto(locationDashboardSchema) {}
export class RolePerspectivesDto extends createZodDto(rolePerspectivesSchema) {}
