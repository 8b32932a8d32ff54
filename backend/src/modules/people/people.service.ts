import { Injectable } from '@nestjs/common';
import type { Member, PeopleList, UpdateMemberAccessInput } from '@zet/contracts';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { conflict, notFound } from '../../common/dutch-exceptions';
import { AuditService } from '../audit/audit.service';
import { deleteUserSessions } from '../auth/auth.queries';
import { clientIp } from '../auth/session-helpers';
import { assertLocations } from './invitations.service';
import { mapInvitation, mapMember } from './people.mappers';
import {
  deleteMembership,
  deleteMemberships,
  ensureMembership,
  findMember,
  keepsAccess,
  listMembers,
  listOpenInvitations,
  lockProgrammaleiders,
  type MemberRow,
  replaceMembershipLocations,
  revokeOpenInvitationsFor,
} from './people.queries';

const lastProgrammaleider = () =>
  conflict(
    'Een partnerschap heeft altijd minstens één programmaleider. Maak eerst iemand anders programmaleider.',
  );
const noSuchMember = () =>
  notFound('Deze persoon is geen lid van dit partnerschap, of bestaat niet.');

/** The programmaleider's view of who has access to the partnership, and with which roles. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
  ) {}

  list(scope: PartnershipScope): Promise<PeopleList> {
    return this.db.run(scope, async (db) => ({
      members: (await listMembers(db, scope.partnershipId)).map(mapMember),
      invitations: (await listOpenInvitations(db, scope.partnershipId)).map(mapInvitation),
    }));
  }

  /** Makes the member's roles (and locaties) exactly the given ones. */
  async updateAccess(
    req: Request,
    scope: PartnershipScope,
    userId: string,
    input: UpdateMemberAccessInput,
  ): Promise<Member> {
    const roles = new Set(input.roles);
    const locationIds = input.locationIds ?? [];
    return this.db.run(scope, async (db) => {
      const programmaleiders = await lockProgrammaleiders(db, scope.partnershipId);
      const member = await findMember(db, scope.partnershipId, userId);
      if (!member) throw noSuchMember();
      await assertLocations(db, scope.partnershipId, locationIds, member.location_ids);
      if (!roles.has('programmaleider') && programmaleiders.every((id) => id === userId)) {
        throw lastProgrammaleider();
      }

      const record = (
        action: 'access.role_granted' | 'access.role_revoked',
        details: Record<string, unknown>,
      ) => this.record(db, req, scope, action, userId, details);
      for (const role of member.roles.filter((r) => !roles.has(r))) {
        await deleteMembership(db, userId, scope.partnershipId, role);
        await record('access.role_revoked', { role });
      }
      for (const role of [...roles].filter((r) => !member.roles.includes(r))) {
        const membershipId = await ensureMembership(db, userId, scope.partnershipId, role);
        if (role === 'locatiecoordinator') {
          await replaceMembershipLocations(db, membershipId, scope.partnershipId, locationIds);
        }
        await record(
          'access.role_granted',
          role === 'locatiecoordinator' ? { role, locationIds } : { role },
        );
      }
      if (
        roles.has('locatiecoordinator') &&
        member.roles.includes('locatiecoordinator') &&
        !sameSet(member.location_ids, locationIds)
      ) {
        const membershipId = await ensureMembership(
          db,
          userId,
          scope.partnershipId,
          'locatiecoordinator',
        );
        await replaceMembershipLocations(db, membershipId, scope.partnershipId, locationIds);
        await record('access.role_granted', {
          role: 'locatiecoordinator',
          locationIds,
          previousLocationIds: member.location_ids,
        });
      }
      return mapMember((await findMember(db, scope.partnershipId, userId))!);
    });
  }

  /**
   * Removes every role of the person in this partnership and their open invitations to it; if
   * nothing else gives them access, their sessions end too.
   */
  async revokeAccess(req: Request, scope: PartnershipScope, userId: string): Promise<void> {
    await this.db.run(scope, async (db) => {
      const programmaleiders = await lockProgrammaleiders(db, scope.partnershipId);
      const member: MemberRow | undefined = await findMember(db, scope.partnershipId, userId);
      if (!member) throw noSuchMember();
      if (programmaleiders.every((id) => id === userId)) throw lastProgrammaleider();
      await deleteMemberships(db, userId, scope.partnershipId);
      const revokedInvitations = await revokeOpenInvitationsFor(
        db,
        scope.partnershipId,
        member.email,
      );
      for (const role of member.roles) {
        await this.record(db, req, scope, 'access.role_revoked', userId, {
          role,
          accessRevoked: true,
          revokedInvitations,
        });
      }
    });
    // A separate step: the guard re-reads memberships on every request, so access is already gone.
    await this.db.unscoped(async (db) => {
      if (!(await keepsAccess(db, userId))) await deleteUserSessions(db, userId);
    });
  }

  private record(
    db: EntityManager,
    req: Request,
    scope: PartnershipScope,
    action: 'access.role_granted' | 'access.role_revoked',
    userId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(db, {
      action,
      partnershipId: scope.partnershipId,
      userId: scope.principal.userId,
      targetType: 'user',
      targetId: userId,
      details,
      ip: clientIp(req),
    });
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  return setA.size === new Set(b).size && b.every((x) => setA.has(x));
}
