/** Query keys of the dashboards module; every key starts with the partnership (tenant). */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  partnership: (partnershipId: string) => [...dashboardKeys.all, partnershipId] as const,
  trajectory: (partnershipId: string, themeCode: string) =>
    [...dashboardKeys.partnership(partnershipId), 'trajectory', themeCode] as const,
};
