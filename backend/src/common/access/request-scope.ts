import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { MembershipRole } from '@zet/contracts';
import type { Request } from 'express';

export type Principal = {
  userId: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
};

/**
 * Who is asking, within which partnership, with which roles. Built by the AccessGuard from the
 * session and the memberships in the database, never from ids in the request body.
 */
export type PartnershipScope = {
  principal: Principal;
  partnershipId: string;
  roles: ReadonlySet<MembershipRole>;
  /** Locaties of a locatie-coördinator; empty for other roles. */
  locationIds: readonly string[];
};

export function hasAnyRole(scope: PartnershipScope, ...roles: MembershipRole[]): boolean {
  return roles.some((r) => scope.roles.has(r));
}

/** Sees the whole partnership by name (programmaleider, stuurgroeplid). */
export function seesWholePartnership(scope: PartnershipScope): boolean {
  return hasAnyRole(scope, 'programmaleider', 'stuurgroeplid');
}

export type ScopedRequest = Request & {
  principal?: Principal;
  partnershipScope?: PartnershipScope;
};

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => {
    const principal = ctx.switchToHttp().getRequest<ScopedRequest>().principal;
    if (!principal) throw new Error('CurrentPrincipal used on a route without a signed-in policy');
    return principal;
  },
);

export const Scope = createParamDecorator((_: unknown, ctx: ExecutionContext): PartnershipScope => {
  const scope = ctx.switchToHttp().getRequest<ScopedRequest>().partnershipScope;
  if (!scope) throw new Error('Scope used on a route without a partnership policy');
  return scope;
});
