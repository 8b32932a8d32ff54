import { SetMetadata } from '@nestjs/common';
import type { MembershipRole } from '@zet/contracts';

export type AccessPolicy =
  | { kind: 'public' }
  /** Any signed-in person; `duringTotpEnrolment` also admits someone who must still set up 2FA. */
  | { kind: 'signed-in'; duringTotpEnrolment?: boolean }
  | { kind: 'platform-admin' }
  /** Members of the partnership in the route's `:partnershipId` holding one of these roles. */
  | { kind: 'partnership'; roles: readonly MembershipRole[] };

export const ACCESS_POLICY = 'zet:access-policy';

/** No session needed (sign-in, password reset, health). */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
export const SignedIn = (options: { duringTotpEnrolment?: boolean } = {}) =>
  SetMetadata(ACCESS_POLICY, { kind: 'signed-in', ...options } satisfies AccessPolicy);
export const PlatformAdmin = () =>
  SetMetadata(ACCESS_POLICY, { kind: 'platform-admin' } satisfies AccessPolicy);
/** Members of the route's partnership with one of these roles; anyone else gets 404. */
export const Allow = (...roles: MembershipRole[]) =>
  SetMetadata(ACCESS_POLICY, { kind: 'partnership', roles } satisfies AccessPolicy);

export const EVERY_MEMBER: MembershipRole[] = [
  'programmaleider',
  'stuurgroeplid',
  'locatiecoordinator',
  'procesbegeleider',
];
/** Those who see the whole partnership by name. */
export const PARTNERSHIP_READERS: MembershipRole[] = ['programmaleider', 'stuurgroeplid'];
