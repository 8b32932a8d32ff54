import { Injectable } from '@nestjs/common';
import type {
  Invitation,
  InvitationAcceptInput,
  InvitationPreview,
  InviteInput,
  LoginResult,
  MembershipRole,
} from '@zet/contracts';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { findActivePrincipal } from '../../common/access/access.queries';
import type { PartnershipScope, Principal } from '../../common/access/request-scope';
import { enterPartnershipScope, ScopedDb } from '../../common/access/scoped-db';
import { badRequest, conflict, DutchHttpException, notFound } from '../../common/dutch-exceptions';
import type { FieldError } from '../../common/problem';
import { AuditService } from '../audit/audit.service';
import { findAccountByEmail } from '../auth/auth.queries';
import { AuthService } from '../auth/auth.service';
import { hashToken, newOneTimeToken } from '../auth/one-time-token';
import { hashPassword } from '../auth/password-hasher';
import { clientIp } from '../auth/session-helpers';
import { invitationMail } from '../mail/mail-texts';
import { type MailMessage, MailService } from '../mail/mail.service';
import { mapInvitation } from './people.mappers';
import {
  addMembershipLocations,
  ensureMembership,
  findLocationIds,
  findInvitation,
  findInvitationByToken,
  findMemberByEmail,
  findOpenInvitation,
  insertAccount,
  insertInvitation,
  type InvitationRow,
  markInvitationAccepted,
  partnershipName,
  renewInvitation,
  revokeInvitation,
} from './people.queries';

const VALID_DAYS = 7;

const invalidLink = () =>
  badRequest(
    'Deze uitnodiging is niet (meer) geldig. Misschien is hij al gebruikt of ingetrokken.',
    [{ path: ['token'], message: 'Uitnodiging niet (meer) geldig.' }],
  );
const expiredLink = () =>
  badRequest(
    'Deze uitnodiging is verlopen. Vraag de programmaleider om je opnieuw uit te nodigen.',
    [{ path: ['token'], message: 'Uitnodiging verlopen.' }],
  );

export type CreatedInvitation = { invitation: InvitationRow; mail: MailMessage };

/** Inviting people into a partnership, and accepting such an invitation. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly auth: AuthService,
  ) {}

  /**
   * Stores an invitation in the transaction's partnership scope and returns the mail to send
   * once the transaction has committed.
   */
  async create(
    db: EntityManager,
    partnershipId: string,
    input: { email: string; name: string; role: MembershipRole; locationIds: readonly string[] },
    invitedBy: Principal,
    ip: string | null,
  ): Promise<CreatedInvitation> {
    const { token, hash } = newOneTimeToken();
    const id = await insertInvitation(
      db,
      { partnershipId, ...input, tokenHash: hash, invitedBy: invitedBy.userId },
      VALID_DAYS,
    );
    await this.audit.record(db, {
      action: 'access.invited',
      partnershipId,
      userId: invitedBy.userId,
      targetType: 'invitation',
      targetId: id,
      details: { email: input.email, role: input.role, locationIds: input.locationIds },
      ip,
    });
    const invitation = await findInvitation(db, partnershipId, id);
    if (!invitation) throw new Error('invitation just inserted is not visible');
    return { invitation, mail: await this.mailFor(db, invitation, token, invitedBy.name) };
  }

  /** Sends after the transaction committed; a failing mail server leaves the invitation to resend. */
  async deliver(mail: MailMessage): Promise<void> {
    try {
      await this.mail.send(mail);
    } catch {
      throw new DutchHttpException(
        502,
        'De uitnodiging is opgeslagen, maar de e-mail kon niet worden verstuurd. Probeer hem later opnieuw te versturen.',
      );
    }
  }

  async invite(req: Request, scope: PartnershipScope, input: InviteInput): Promise<Invitation> {
    const { invitation, mail } = await this.db.run(scope, async (db) => {
      const locationIds = input.locationIds ?? [];
      await assertLocations(db, scope.partnershipId, locationIds);
      const member = await findMemberByEmail(db, scope.partnershipId, input.email);
      if (member?.roles.includes(input.role)) {
        throw conflict(
          `${member.name} heeft deze rol al in dit partnerschap. Pas zo nodig de rollen van deze persoon aan.`,
        );
      }
      if (await findOpenInvitation(db, scope.partnershipId, input.email, input.role)) {
        throw conflict(
          'Er staat al een uitnodiging open voor dit e-mailadres en deze rol. Verstuur die opnieuw of trek hem in.',
        );
      }
      return this.create(
        db,
        scope.partnershipId,
        { ...input, locationIds },
        scope.principal,
        clientIp(req),
      );
    });
    await this.deliver(mail);
    return mapInvitation(invitation);
  }

  /** A new link and seven new days; the old link stops working. */
  async resend(req: Request, scope: PartnershipScope, invitationId: string): Promise<Invitation> {
    const { invitation, mail } = await this.db.run(scope, async (db) => {
      const existing = await this.findOpen(db, scope.partnershipId, invitationId);
      const { token, hash } = newOneTimeToken();
      await renewInvitation(db, existing.id, hash, VALID_DAYS);
      await this.audit.record(db, {
        action: 'access.invitation_resent',
        partnershipId: scope.partnershipId,
        userId: scope.principal.userId,
        targetType: 'invitation',
        targetId: existing.id,
        details: { email: existing.email, role: existing.role },
        ip: clientIp(req),
      });
      const renewed = (await findInvitation(db, scope.partnershipId, existing.id))!;
      return {
        invitation: renewed,
        mail: await this.mailFor(db, renewed, token, scope.principal.name),
      };
    });
    await this.deliver(mail);
    return mapInvitation(invitation);
  }

  async revoke(req: Request, scope: PartnershipScope, invitationId: string): Promise<void> {
    await this.db.run(scope, async (db) => {
      const existing = await findInvitation(db, scope.partnershipId, invitationId, true);
      if (!existing) throw notFound('Deze uitnodiging bestaat niet (meer).');
      if (existing.status === 'revoked') return;
      if (existing.status === 'accepted') {
        throw conflict(
          'Deze uitnodiging is al aangenomen. Trek in plaats daarvan de toegang van deze persoon in.',
        );
      }
      await revokeInvitation(db, existing.id);
      await this.audit.record(db, {
        action: 'access.invitation_revoked',
        partnershipId: scope.partnershipId,
        userId: scope.principal.userId,
        targetType: 'invitation',
        targetId: existing.id,
        details: { email: existing.email, role: existing.role },
        ip: clientIp(req),
      });
    });
  }

  /** What the invitation page shows before the person accepts. */
  async preview(token: string): Promise<InvitationPreview> {
    return this.db.unscoped(async (db) => {
      const invitation = await findInvitationByToken(db, hashToken(token), false);
      assertUsable(invitation);
      return {
        partnershipName: invitation.partnership_name,
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        expiresAt: invitation.expires_at.toISOString(),
        accountExists: (await findAccountByEmail(db, invitation.email)) !== undefined,
      };
    });
  }

  /**
   * Accepts with a new account (name + password), or with the signed-in account of the same
   * e-mail address. The link works once; the person is signed in afterwards.
   */
  async accept(req: Request, input: InvitationAcceptInput): Promise<LoginResult> {
    const sessionUserId = req.session.userId;
    // Hashing is slow: do it before the transaction, not while it holds locks.
    const passwordHash =
      input.password === undefined ? undefined : await hashPassword(input.password);
    const ip = clientIp(req);

    const outcome = await this.db.unscoped(async (db) => {
      const invitation = await findInvitationByToken(db, hashToken(input.token), true);
      assertUsable(invitation);
      const signedIn = sessionUserId ? await findActivePrincipal(db, sessionUserId) : undefined;
      let userId: string;
      let newAccount = false;
      if (signedIn) {
        if (signedIn.email.toLowerCase() !== invitation.email.toLowerCase()) {
          throw conflict(
            `Deze uitnodiging is voor ${invitation.email}, maar je bent aangemeld als ${signedIn.email}. Meld je af en open de link opnieuw.`,
          );
        }
        userId = signedIn.userId;
      } else if (await findAccountByEmail(db, invitation.email)) {
        throw conflict(
          'Er is al een account met dit e-mailadres. Meld je eerst aan en open de link daarna opnieuw.',
        );
      } else {
        const missing: FieldError[] = [];
        if (!input.name) missing.push({ path: ['name'], message: 'Vul je naam in.' });
        if (!passwordHash)
          missing.push({
            path: ['password'],
            message: 'Kies een wachtwoord van minstens 12 tekens.',
          });
        if (missing.length > 0 || !input.name || !passwordHash) {
          throw badRequest(
            'Vul je naam in en kies een wachtwoord om je account te maken.',
            missing,
          );
        }
        userId = await insertAccount(db, invitation.email, input.name, passwordHash);
        newAccount = true;
      }
      await markInvitationAccepted(db, invitation.id);

      // Accounts are written above as the owner; the membership is the partnership's own data.
      await enterPartnershipScope(db, invitation.partnership_id);
      const membershipId = await ensureMembership(
        db,
        userId,
        invitation.partnership_id,
        invitation.role,
      );
      if (invitation.role === 'locatiecoordinator') {
        // A locatie archived since the invitation still counts; one deleted since does not.
        const ids = await findLocationIds(db, invitation.partnership_id, invitation.location_ids, {
          includeArchived: true,
        });
        await addMembershipLocations(db, membershipId, invitation.partnership_id, [...ids]);
      }
      await this.audit.record(db, {
        action: 'auth.invitation_accepted',
        partnershipId: invitation.partnership_id,
        userId,
        targetType: 'invitation',
        targetId: invitation.id,
        details: { role: invitation.role, newAccount },
        ip,
      });
      await this.audit.record(db, {
        action: 'access.role_granted',
        partnershipId: invitation.partnership_id,
        userId: invitation.invited_by,
        targetType: 'user',
        targetId: userId,
        details: { role: invitation.role, locationIds: invitation.location_ids, via: 'invitation' },
        ip,
      });
      return { userId, signedIn: signedIn !== undefined };
    });

    return outcome.signedIn
      ? this.auth.refreshTotpRequirement(req, outcome.userId)
      : this.auth.signInVerified(req, outcome.userId);
  }

  private async findOpen(
    db: EntityManager,
    partnershipId: string,
    invitationId: string,
  ): Promise<InvitationRow> {
    const existing = await findInvitation(db, partnershipId, invitationId, true);
    if (!existing) throw notFound('Deze uitnodiging bestaat niet (meer).');
    if (existing.status === 'accepted') throw conflict('Deze uitnodiging is al aangenomen.');
    if (existing.status === 'revoked')
      throw conflict('Deze uitnodiging is ingetrokken. Nodig de persoon opnieuw uit.');
    return existing;
  }

  private async mailFor(
    db: EntityManager,
    invitation: InvitationRow,
    token: string,
    inviterName: string | null,
  ) {
    return invitationMail(invitation.email, {
      name: invitation.name,
      partnershipName: await partnershipName(db, invitation.partnership_id),
      role: invitation.role,
      inviterName,
      link: this.mail.link('/uitnodiging', { token }),
    });
  }
}

function assertUsable<T extends { status: string }>(
  invitation: T | undefined,
): asserts invitation is T {
  if (!invitation || invitation.status === 'accepted' || invitation.status === 'revoked')
    throw invalidLink();
  if (invitation.status === 'expired') throw expiredLink();
}

/**
 * Every locatie must be one of this partnership's, and in use (one already assigned may stay
 * after it was archived); 400 names the wrong ones.
 */
export async function assertLocations(
  db: EntityManager,
  partnershipId: string,
  locationIds: readonly string[],
  alreadyAssigned: readonly string[] = [],
): Promise<void> {
  const found = await findLocationIds(db, partnershipId, locationIds, { includeArchived: false });
  const errors: FieldError[] = locationIds.flatMap((id, index) =>
    found.has(id) || alreadyAssigned.includes(id)
      ? []
      : [
          {
            path: ['locationIds', index],
            message: 'Deze locatie hoort niet bij dit partnerschap, of is gearchiveerd.',
          },
        ],
  );
  if (errors.length > 0) {
    throw badRequest('Kies alleen locaties van dit partnerschap die nog in gebruik zijn.', errors);
  }
}
