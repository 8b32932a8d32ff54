import {
  ambitionsSchema,
  coverageSchema,
  gapsSchema,
  heatmapSchema,
  locationDashboardSchema,
  rolePerspectivesSchema,
  safeguardsSchema,
  themeTrajectorySchema,
  transitionsSchema,
} from '@zet/contracts';
import type { z } from 'zod';
import type { BenchTarget } from './bench-user';

export type Endpoint = {
  name: string;
  path(target: BenchTarget): string;
  /** The contract the answer must satisfy: a benchmark of error pages measures nothing. */
  schema: z.ZodType;
};

const dashboards = (t: BenchTarget) => `/api/v1/partnerships/${t.partnershipId}/dashboards`;

/**
 * Every JSON view of DashboardsController (rode lijnen heatmap included), as a dashboard page
 * first opens it: no filters. The CSV/Excel/PDF downloads are exports, not dashboard views.
 */
export const ENDPOINTS: Endpoint[] = [
  {
    name: 'trajectory',
    path: (t) => `${dashboards(t)}/trajectory?theme=visie`,
    schema: themeTrajectorySchema,
  },
  { name: 'coverage', path: (t) => `${dashboards(t)}/coverage`, schema: coverageSchema },
  { name: 'gaps', path: (t) => `${dashboards(t)}/gaps`, schema: gapsSchema },
  { name: 'ambitions', path: (t) => `${dashboards(t)}/ambitions`, schema: ambitionsSchema },
  { name: 'transitions', path: (t) => `${dashboards(t)}/transitions`, schema: transitionsSchema },
  { name: 'safeguards', path: (t) => `${dashboards(t)}/safeguards`, schema: safeguardsSchema },
  { name: 'heatmap', path: (t) => `${dashboards(t)}/heatmap`, schema: heatmapSchema },
  {
    name: 'location',
    path: (t) => `${dashboards(t)}/location/${t.locationId}`,
    schema: locationDashboardSchema,
  },
  {
    name: 'role-perspectives',
    path: (t) => `${dashboards(t)}/role-perspectives`,
    schema: rolePerspectivesSchema,
  },
];
