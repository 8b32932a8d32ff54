import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { idSchema } from '@zet/contracts';
import { DutchHttpException, notFound } from '../dutch-exceptions';
import { ACCESS_POLICY, type AccessPolicy } from './access.decorators';
import { findAccess } from './access.queries';
import type { ScopedRequest } from './request-scope';
import { ScopedDb } from './scoped-db';

const notSignedIn = () =>
  new DutchHttpException(401, 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.');
const mustEnrol = () =>
  new DutchHttpException(403, 'Stel eerst tweestapsverificatie in; daarna kun je verder.');

/**
 * Every route declares who may use it; a route without a declaration is closed. A partnership
 * outside your memberships answers 404, so its existence is not revealed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: ScopedDb,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy)
      throw new Error(
        `Route ${context.getClass().name}.${context.getHandler().name} declares no access policy`,
      );
    if (policy.kind === 'public') return true;

    const req = context.switchToHttp().getRequest<ScopedRequest>();
    const userId = req.session?.userId;
    if (!userId) throw notSignedIn();
    // The account and, on partnership routes, the membership in one statement; the checks
    // below still run in their own order, so a refusal reveals no more than before.
    const partnershipId =
      policy.kind === 'partnership' ? idSchema.safeParse(req.params.partnershipId) : undefined;
    const access = await this.db.read((db) =>
      findAccess(db, userId, partnershipId?.success ? partnershipId.data : null),
    );
    const principal = access?.principal;
    const membership = access?.membership;
    if (!principal) throw notSignedIn();
    req.principal = principal;

    if (req.session.mustEnrolTotp && !(policy.kind === 'signed-in' && policy.duringTotpEnrolment))
      throw mustEnrol();

    switch (policy.kind) {
      case 'signed-in':
        return true;
      case 'platform-admin':
        if (!principal.isPlatformAdmin) throw notFound();
        return true;
      case 'partnership': {
        if (!partnershipId?.success || !membership) throw notFound();
        if (!policy.roles.some((r) => membership.roles.has(r))) throw notFound();
        req.partnershipScope = {
          principal,
          partnershipId: partnershipId.data,
          roles: membership.roles,
          locationIds: membership.locationIds,
        };
        return true;
      }
    }
  }
}
