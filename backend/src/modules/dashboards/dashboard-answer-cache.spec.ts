import type { MembershipRole } from '@zet/contracts';
import type { PartnershipScope } from '../../common/access/request-scope';
import { DashboardAnswerCache, normalisedQuery, viewerKey } from './dashboard-answer-cache';

const scope = (roles: MembershipRole[], locationIds: string[] = []): PartnershipScope => ({
  principal: { userId: 'u', name: 'U', email: 'u@example.org', isPlatformAdmin: false },
  partnershipId: 'p',
  roles: new Set(roles),
  locationIds,
});

describe(viewerKey.name, () => {
  it('is the same for everyone who sees the whole partnership by name', () => {
    expect(viewerKey(scope(['programmaleider']))).toBe(viewerKey(scope(['stuurgroeplid'])));
    expect(viewerKey(scope(['stuurgroeplid', 'locatiecoordinator'], ['a']))).toBe(
      viewerKey(scope(['programmaleider'])),
    );
  });

  it('differs by the set of own locaties when a locatie-coördinator sees only those', () => {
    const whole = viewerKey(scope(['programmaleider']));
    const a = viewerKey(scope(['locatiecoordinator'], ['a']));
    expect(a).not.toBe(whole);
    expect(a).not.toBe(viewerKey(scope(['locatiecoordinator'], ['b'])));
    expect(a).not.toBe(viewerKey(scope(['locatiecoordinator'], ['a', 'b'])));
    expect(viewerKey(scope(['locatiecoordinator'], ['b', 'a', 'b']))).toBe(
      viewerKey(scope(['locatiecoordinator'], ['a', 'b'])),
    );
  });
});

describe(normalisedQuery.name, () => {
  it('ignores the order of keys and undefined values, not the order of list items', () => {
    expect(normalisedQuery({ theme: 'visie', schoolYears: ['x'], safeguard: undefined })).toBe(
      normalisedQuery({ schoolYears: ['x'], theme: 'visie' }),
    );
    expect(normalisedQuery({ schoolYears: ['x', 'y'] })).not.toBe(
      normalisedQuery({ schoolYears: ['y', 'x'] }),
    );
  });
});

describe(DashboardAnswerCache.name, () => {
  it('keys by partnership, version, endpoint, viewer and query, and freezes what it keeps', () => {
    const cache = new DashboardAnswerCache();
    const base = {
      partnershipId: 'p',
      version: '1',
      endpoint: 'gaps' as const,
      query: {},
      scope: scope(['programmaleider']),
    };
    const keys = new Set([
      cache.key(base),
      cache.key({ ...base, partnershipId: 'q' }),
      cache.key({ ...base, version: '2' }),
      cache.key({ ...base, endpoint: 'coverage' }),
      cache.key({ ...base, query: { theme: 'visie' } }),
      cache.key({ ...base, scope: scope(['locatiecoordinator'], ['a']) }),
    ]);
    expect(keys.size).toBe(6);

    const answer = { rows: [{ value: 1 }] };
    cache.set(cache.key(base), answer);
    expect(cache.get(cache.key(base))).toBe(answer);
    expect(Object.isFrozen(answer.rows[0])).toBe(true);
  });
});
