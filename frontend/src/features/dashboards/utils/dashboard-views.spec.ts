import { describe, expect, it } from '@jest/globals';
import { canManageThreads, dashboardViewsFor } from './dashboard-views';

describe(dashboardViewsFor.name, () => {
  it('starts the programmaleider and stuurgroep at Ontwikkeling, with Rode lijnen', () => {
    expect(dashboardViewsFor(['stuurgroeplid'])).toEqual([
      'development',
      'safeguards',
      'commonThreads',
      'location',
      'rolePerspectives',
    ]);
  });

  it('starts a locatie-coördinator at Onze locatie and leaves out Rode lijnen', () => {
    const views = dashboardViewsFor(['locatiecoordinator']);
    expect(views[0]).toBe('location');
    expect(views).not.toContain('commonThreads');
  });

  it('gives a procesbegeleider no dashboards', () => {
    expect(dashboardViewsFor(['procesbegeleider'])).toEqual([]);
  });
});

describe(canManageThreads.name, () => {
  it('lets only the programmaleider change rode lijnen', () => {
    expect(canManageThreads(['programmaleider'])).toBe(true);
    expect(canManageThreads(['stuurgroeplid', 'locatiecoordinator'])).toBe(false);
  });
});
