import { describe, expect, it } from '@jest/globals';
import type { MembershipRole } from '@zet/contracts';
import { navItemsFor } from './nav-items';

const keys = (roles: MembershipRole[], options: { partnershipId?: string; admin?: boolean } = {}) =>
  navItemsFor({
    partnershipId: 'partnershipId' in options ? options.partnershipId : 'p1',
    roles,
    isPlatformAdmin: options.admin ?? false,
  }).map((item) => item.key);

describe(navItemsFor.name, () => {
  it('gives the programmaleider everything in the partnership, including Beheer', () => {
    expect(keys(['programmaleider'])).toEqual([
      'overview',
      'themes',
      'partnership',
      'development',
      'safeguards',
      'management',
    ]);
  });

  it('gives a stuurgroeplid and a locatie-coördinator no Beheer', () => {
    expect(keys(['stuurgroeplid'])).toEqual([
      'overview',
      'themes',
      'partnership',
      'development',
      'safeguards',
    ]);
    expect(keys(['locatiecoordinator'])).not.toContain('management');
  });

  it('gives a locatie-coördinator Onze locatie as the main dashboard, without Waarborgen on top', () => {
    expect(keys(['locatiecoordinator'])).toEqual([
      'overview',
      'themes',
      'partnership',
      'locationDashboard',
      'development',
    ]);
  });

  it('gives a procesbegeleider no dashboards', () => {
    expect(keys(['procesbegeleider'])).toEqual(['overview', 'themes', 'partnership']);
  });

  it('combines roles: the widest one counts', () => {
    expect(keys(['procesbegeleider', 'programmaleider'])).toContain('management');
  });

  it('shows only the general pages outside a partnership or without a role in it', () => {
    expect(keys(['programmaleider'], { partnershipId: undefined })).toEqual(['overview', 'themes']);
    expect(keys([])).toEqual(['overview', 'themes']);
  });

  it('adds Platform for platform admins, with or without a partnership', () => {
    expect(keys([], { partnershipId: undefined, admin: true })).toEqual([
      'overview',
      'themes',
      'platform',
    ]);
  });

  it('keeps Beheer active on the audit log and the import page of the same partnership', () => {
    const management = navItemsFor({
      partnershipId: 'p1',
      roles: ['programmaleider'],
      isPlatformAdmin: false,
    }).find((item) => item.key === 'management');
    expect(management).toMatchObject({
      to: '/partnerschappen/p1/mensen',
      alsoActiveOn: ['/partnerschappen/p1/auditlog', '/partnerschappen/p1/importeren'],
    });
  });
});
