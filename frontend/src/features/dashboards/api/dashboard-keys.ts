import type { DashboardQuery } from '../utils/dashboard-params';

/** Query keys of the dashboards module; every key starts with the partnership (tenant). */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  partnership: (partnershipId: string) => [...dashboardKeys.all, partnershipId] as const,
  trajectory: (partnershipId: string, themeCode: string, query: DashboardQuery = {}) =>
    [...dashboardKeys.partnership(partnershipId), 'trajectory', themeCode, query] as const,
  coverage: (partnershipId: string, query: DashboardQuery) =>
    [...dashboardKeys.partnership(partnershipId), 'coverage', query] as const,
  gaps: (partnershipId: string, query: DashboardQuery) =>
    [...dashboardKeys.partnership(partnershipId), 'gaps', query] as const,
  ambitions: (partnershipId: string, query: DashboardQuery) =>
    [...dashboardKeys.partnership(partnershipId), 'ambitions', query] as const,
  transitions: (partnershipId: string, query: DashboardQuery) =>
    [...dashboardKeys.partnership(partnershipId), 'transitions', query] as const,
  safeguards: (partnershipId: string, query: DashboardQuery) =>
    [...dashboardKeys.partnership(partnershipId), 'safeguards', query] as const,
  heatmap: (partnershipId: string, query: DashboardQuery & { schoolYear?: string }) =>
    [...dashboardKeys.partnership(partnershipId), 'heatmap', query] as const,
  location: (partnershipId: string, locationId: string, query: DashboardQuery) =>
    [...dashboardKeys.partnership(partnershipId), 'location', locationId, query] as const,
  rolePerspectives: (partnershipId: string, query: DashboardQuery) =>
    [...dashboardKeys.partnership(partnershipId), 'role-perspectives', query] as const,
};
