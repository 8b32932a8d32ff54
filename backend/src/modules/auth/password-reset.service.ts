import { Injectable } from '@nestjs/common';
import type { PasswordResetConfirmInput, PasswordResetRequestInput } from '@zet/contracts';
import type { Request } from 'express';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest } from '../../common/dutch-exceptions';
import { AuditService } from '../audit/audit.service';
import { passwordResetMail } from '../mail/mail-texts';
import { MailService } from '../mail/mail.service';
import {
  countRecentPasswordResets,
  deleteUserSessions,
  findAccountByEmail,
  insertPasswordReset,
  lockPasswordReset,
  updatePasswordHash,
  usePasswordResets,
} from './auth.queries';
import { hashToken, newOneTimeToken } from './one-time-token';
import { hashPassword } from './password-hasher';
import { clientIp } from './session-helpers';

const VALID_MINUTES = 60;
/** At most this many reset mails per person per hour, so nobody can flood a mailbox. */
const MAX_REQUESTS_PER_HOUR = 3;

const invalidLink = () =>
  badRequest(
    'Deze link om je wachtwoord in te stellen is niet (meer) geldig. Vraag een nieuwe aan.',
    [{ path: ['token'], message: 'Link niet (meer) geldig.' }],
  );
const expiredLink = () =>
  badRequest('Deze link is verlopen: hij is een uur geldig. Vraag een nieuwe aan.', [
    { path: ['token'], message: 'Link verlopen.' },
  ]);

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Mails a one-time link when the account exists; the caller answers the same either way. */
  async request(req: Request, input: PasswordResetRequestInput): Promise<void> {
    const ip = clientIp(req);
    const mail = await this.db.unscoped(async (db) => {
      const account = await findAccountByEmail(db, input.email);
      await this.audit.record(db, {
        action: 'auth.password_reset_requested',
        userId: account?.id,
        details: { email: input.email, known: account !== undefined },
        ip,
      });
      if (!account) return undefined;
      if ((await countRecentPasswordResets(db, account.id, 60)) >= MAX_REQUESTS_PER_HOUR)
        return undefined;
      const { token, hash } = newOneTimeToken();
      await insertPasswordReset(db, account.id, hash, VALID_MINUTES);
      return passwordResetMail(
        account.email,
        account.name,
        this.mail.link('/wachtwoord-herstellen', { token }),
      );
    });
    // Not awaited: a slow mail server must not reveal that the account exists.
    if (mail) this.mail.sendInBackground(mail);
  }

  /** Sets the new password, uses up the link and ends every session of the person. */
  async confirm(req: Request, input: PasswordResetConfirmInput): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    await this.db.unscoped(async (db) => {
      const reset = await lockPasswordReset(db, hashToken(input.token));
      if (!reset || reset.used) throw invalidLink();
      if (reset.expired) throw expiredLink();
      await updatePasswordHash(db, reset.user_id, passwordHash);
      await usePasswordResets(db, reset.user_id);
      await deleteUserSessions(db, reset.user_id);
      await this.audit.record(db, {
        action: 'auth.password_reset',
        userId: reset.user_id,
        details: { email: reset.email.toLowerCase() },
        ip: clientIp(req),
      });
    });
  }
}
