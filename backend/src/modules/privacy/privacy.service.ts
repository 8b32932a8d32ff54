import { Injectable, Logger } from '@nestjs/common';
import type { ErasePersonInput, PersonErasure, PersonExport } from '@zet/contracts';
import type { Request } from 'express';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest, conflict, DutchHttpException, notFound } from '../../common/dutch-exceptions';
import { AuditService } from '../audit/audit.service';
import { clientIp } from '../auth/session-helpers';
import { emailHash, type ErasureLogEntry, ErasureLogWriter } from './erasure-log';
import { mapPersonExport } from './privacy.mappers';
import {
  asConnectingRole,
  clearFacilitator,
  deleteInvitations,
  deleteMemberships,
  eraseAccount,
  findAccount,
  hasAnyMembership,
  isKnownInPartnership,
  listAuditEntries,
  listFacilitatedSessions,
  listUploads,
  listInvitations,
  listMemberships,
  listMentions,
  listOwnedActions,
  listSessions,
  lockProgrammaleiders,
  partnershipName,
  redactAuditEmails,
  redactPlatformAuditEmails,
  redactTexts,
  transactionTimestamp,
} from './privacy.queries';
import { personPattern, sameName } from './redaction';

const noSuchPerson = () => notFound('Deze persoon is niet (meer) bekend in dit partnerschap.');
const cannotEraseSelf = () =>
  conflict(
    'Je kunt je eigen gegevens hier niet verwijderen. Vraag een andere programmaleider om dat te doen.',
  );
const nameMismatch = () =>
  badRequest('De naam komt niet overeen. Er is niets verwijderd.', [
    {
      path: ['confirmName'],
      message: 'Typ de volledige naam van de persoon precies zoals die hier staat.',
    },
  ]);
const logNotWritten = () =>
  new DutchHttpException(
    500,
    'De persoon is verwijderd, maar de verwijderlijst kon niet worden bijgewerkt. Meld dit bij de beheerder: na het terugzetten van een back-up wordt deze verwijdering anders niet opnieuw uitgevoerd.',
  );

/**
 * The AVG rights a programmaleider exercises for a person: inzage (a JSON export of what the
 * partnership holds) and vergetelheid (erasure). Group outcomes stay; the person's name is
 * redacted from the partnership's free text.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger('Privacy');

  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
    private readonly erasureLog: ErasureLogWriter,
  ) {}

  export(req: Request, scope: PartnershipScope, userId: string): Promise<PersonExport> {
    const { partnershipId } = scope;
    return this.db.run(scope, async (db) => {
      if (!(await isKnownInPartnership(db, partnershipId, userId))) throw noSuchPerson();
      // A former member's account is no longer visible in the partnership scope.
      const account = await asConnectingRole(db, (owner) =>
        findAccount(owner, userId, { lock: false }),
      );
      if (!account || account.erased) throw noSuchPerson();
      const pattern = personPattern(account.name, account.email);
      const rows = {
        exportedAt: new Date(),
        partnership: { id: partnershipId, name: await partnershipName(db, partnershipId) },
        account,
        memberships: await listMemberships(db, partnershipId, userId),
        invitations: await listInvitations(db, partnershipId, account.email),
        sessions: await listSessions(db, userId),
        auditEntries: await listAuditEntries(db, partnershipId, userId),
        facilitated: await listFacilitatedSessions(db, partnershipId, userId),
        uploads: await listUploads(db, partnershipId, userId),
        actions: await listOwnedActions(db, partnershipId, pattern),
        mentions: await listMentions(db, partnershipId, pattern),
      };
      await this.audit.record(db, {
        action: 'person.exported',
        partnershipId,
        userId: scope.principal.userId,
        targetType: 'user',
        targetId: userId,
        ip: clientIp(req),
      });
      return mapPersonExport(rows);
    });
  }

  /**
   * One transaction for everything: the partnership's data as `zet_app` under row-level
   * security, the account (if nothing else keeps it) as the connecting role in between. The
   * erasure log line is written only once that has committed.
   */
  async erase(
    req: Request,
    scope: PartnershipScope,
    userId: string,
    input: ErasePersonInput,
  ): Promise<PersonErasure> {
    const { partnershipId } = scope;
    if (userId === scope.principal.userId) throw cannotEraseSelf();
    const { result, entry } = await this.db.run(scope, async (db) => {
      // Two programmaleiders erasing each other: the second waits, then finds it has no access.
      if (!(await lockProgrammaleiders(db, partnershipId)).includes(scope.principal.userId))
        throw notFound();
      if (!(await isKnownInPartnership(db, partnershipId, userId))) throw noSuchPerson();
      const account = await asConnectingRole(db, (owner) =>
        findAccount(owner, userId, { lock: true }),
      );
      if (!account || account.erased) throw noSuchPerson();
      if (!sameName(input.confirmName, account.name)) throw nameMismatch();

      const erasedAt = await transactionTimestamp(db);
      const membershipsRemoved = await deleteMemberships(db, partnershipId, userId);
      const invitationsRemoved = await deleteInvitations(db, partnershipId, account.email);
      await clearFacilitator(db, partnershipId, userId);
      const redactions = [
        ...(await redactTexts(db, partnershipId, personPattern(account.name, account.email))),
        ...(await redactAuditEmails(db, partnershipId, account.email)),
      ];
      const textsRedacted = redactions.filter((r) => r.table !== 'audit_log').length;

      const accountErased = await asConnectingRole(db, async (owner) => {
        if (account.is_platform_admin || (await hasAnyMembership(owner, userId))) return false;
        redactions.push(...(await redactPlatformAuditEmails(owner, account.email)));
        return eraseAccount(owner, userId);
      });

      // Only the id: the name and address are exactly what is being erased.
      await this.audit.record(db, {
        action: 'person.erased',
        partnershipId,
        userId: scope.principal.userId,
        targetType: 'user',
        targetId: userId,
        details: { accountErased, membershipsRemoved, invitationsRemoved, textsRedacted },
        ip: clientIp(req),
      });
      const entry: ErasureLogEntry = {
        erasedAt,
        userId,
        partnershipId,
        accountErased,
        emailHash: emailHash(account.email),
        redactions,
      };
      return {
        result: { userId, accountErased, membershipsRemoved, invitationsRemoved, textsRedacted },
        entry,
      };
    });

    try {
      await this.erasureLog.append(entry);
    } catch (error) {
      this.logger.error(
        `Erasure of user ${userId} committed but not written to the erasure log`,
        error instanceof Error ? error.stack : String(error),
      );
      throw logNotWritten();
    }
    return result;
  }
}
