import { Inject, Injectable, Logger } from '@nestjs/common';
import type {
  LoginInput,
  LoginResult,
  Me,
  MembershipRole,
  Profile,
  SessionInfo,
  UpdateProfileInput,
} from '@zet/contracts';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { ScopedDb } from '../../common/access/scoped-db';
import { DutchHttpException, badRequest } from '../../common/dutch-exceptions';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { openTotpSecret, sealTotpSecret } from './totp-secret-box';
import {
  type AccountRow,
  countRecentFailures,
  deleteUserSessions,
  findAccountByEmail,
  findAccountById,
  findProfile,
  listMembershipSummaries,
  listUserSessions,
  updateUserName,
} from './auth.queries';
import { mapProfile } from './auth.mappers';
import { verifyPassword } from './password-hasher';
import { clientIp, regenerateSession, saveSession } from './session-helpers';
import { newRecoveryCodes, newTotpSecret, totpUri, useRecoveryCode, verifyTotp } from './totp';

const FAILURE_WINDOW_MINUTES = 15;

/** How the person proved who they are, when not by password; recorded with the sign-in. */
export type SignInMethod = 'oidc';
// One answer for an unknown account and a wrong password, so neither reveals the other.
const wrongCredentials = () =>
  new DutchHttpException(401, 'Dit e-mailadres en wachtwoord horen niet bij elkaar.');
const tooManyAttempts = () =>
  new DutchHttpException(
    429,
    'Te veel mislukte pogingen. Wacht een kwartier of stel je wachtwoord opnieuw in.',
  );

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(req: Request, input: LoginInput): Promise<LoginResult> {
    const ip = clientIp(req);
    const outcome = await this.db.unscoped(async (db) => {
      if (
        (await countRecentFailures(db, input.email, FAILURE_WINDOW_MINUTES)) >=
        this.config.loginMaxFailures
      ) {
        return { kind: 'locked' as const };
      }
      const account = await findAccountByEmail(db, input.email);
      const passwordOk = await verifyPassword(account?.password_hash ?? null, input.password);
      // Demo accounts have published passwords: never in production.
      if (!account || !passwordOk || (account.demo && this.config.env === 'production')) {
        const failure = {
          action: 'auth.sign_in_failed' as const,
          details: { email: input.email },
          ip,
        };
        await (account
          ? this.audit.recordForPerson(db, account.id, failure)
          : this.audit.record(db, failure));
        return { kind: 'failed' as const };
      }
      return { kind: 'ok' as const, account, totpRequired: await this.totpRequired(db, account) };
    });
    if (outcome.kind === 'locked') throw tooManyAttempts();
    if (outcome.kind === 'failed') throw wrongCredentials();

    return this.beginSession(req, outcome.account, outcome.totpRequired);
  }

  /**
   * Signs in someone whose identity was proven another way (an accepted invitation, single
   * sign-on), through the same steps as a password sign-in: new session id, second factor when enabled.
   */
  async signInVerified(req: Request, userId: string, method?: SignInMethod): Promise<LoginResult> {
    const found = await this.db.unscoped(async (db) => {
      const account = await findAccountById(db, userId);
      return account && { account, totpRequired: await this.totpRequired(db, account) };
    });
    if (!found)
      throw new DutchHttpException(401, 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.');
    return this.beginSession(req, found.account, found.totpRequired, method);
  }

  /** After a new role: a session that now needs two-factor must set it up before going on. */
  async refreshTotpRequirement(req: Request, userId: string): Promise<LoginResult> {
    const required = await this.db.unscoped(async (db) => {
      const account = await findAccountById(db, userId);
      return account ? this.totpRequired(db, account) : false;
    });
    if (required) {
      req.session.mustEnrolTotp = true;
      await saveSession(req);
    }
    return { status: req.session.mustEnrolTotp ? 'totp_setup_required' : 'signed_in' };
  }

  private async beginSession(
    req: Request,
    account: AccountRow,
    totpRequired: boolean,
    method?: SignInMethod,
  ): Promise<LoginResult> {
    await regenerateSession(req);
    if (account.totp_enabled_at && account.totp_secret) {
      req.session.pendingUserId = account.id;
      req.session.pendingSignInMethod = method;
      await saveSession(req);
      return { status: 'totp_required' };
    }
    await this.completeSignIn(req, account.id, totpRequired, method);
    return { status: totpRequired ? 'totp_setup_required' : 'signed_in' };
  }

  async secondFactor(req: Request, code: string): Promise<LoginResult> {
    const userId = req.session.pendingUserId;
    if (!userId)
      throw new DutchHttpException(401, 'Meld je eerst aan met je e-mailadres en wachtwoord.');
    const method = req.session.pendingSignInMethod;
    const ip = clientIp(req);
    const ok = await this.db.unscoped(async (db) => {
      const account = await findAccountById(db, userId);
      if (!account?.totp_secret) return false;
      if (
        (await countRecentFailures(db, account.email, FAILURE_WINDOW_MINUTES)) >=
        this.config.loginMaxFailures
      ) {
        throw tooManyAttempts();
      }
      const secret = openTotpSecret(account.totp_secret, this.config.totpKey, account.id);
      if (secret === null) {
        // Another key than the one that sealed it (TOTP_ENCRYPTION_KEY or SESSION_SECRET
        // changed): only a recovery code can still sign this person in.
        this.logger.warn(
          `Two-factor secret of account ${account.id} cannot be opened with the current key`,
        );
      }
      if (secret && (await verifyTotp(secret, code))) return true;
      const remaining = useRecoveryCode(account.recovery_code_hashes, code);
      if (remaining) {
        await db.query(`update app_user set recovery_code_hashes = $2 where id = $1`, [
          account.id,
          remaining,
        ]);
        return true;
      }
      await this.audit.recordForPerson(db, userId, {
        action: 'auth.second_factor_failed',
        details: { email: account.email },
        ip,
      });
      return false;
    });
    if (!ok)
      throw new DutchHttpException(
        401,
        'Deze code klopt niet. Probeer de nieuwste code uit je app, of een herstelcode.',
      );
    await regenerateSession(req);
    await this.completeSignIn(req, userId, false, method);
    return { status: 'signed_in' };
  }

  private async completeSignIn(
    req: Request,
    userId: string,
    mustEnrolTotp: boolean,
    method?: SignInMethod,
  ): Promise<void> {
    req.session.userId = userId;
    req.session.mustEnrolTotp = mustEnrolTotp;
    req.session.signedInAt = Date.now();
    req.session.userAgent = req.get('user-agent')?.slice(0, 300);
    req.session.ip = clientIp(req) ?? undefined;
    await saveSession(req);
    await this.db.unscoped(async (db) => {
      await db.query(`update app_user set last_sign_in_at = now() where id = $1`, [userId]);
      await this.audit.recordForPerson(db, userId, {
        action: 'auth.sign_in',
        details: method && { method },
        ip: clientIp(req),
      });
    });
  }

  /** Two-factor is required for platform admins and the configured partnership roles; demo accounts are exempt. */
  private async totpRequired(db: EntityManager, account: AccountRow): Promise<boolean> {
    if (account.demo || account.totp_enabled_at) return false;
    const required = this.config.totpRequiredFor;
    if (account.is_platform_admin && required.includes('platform_admin')) return true;
    // In the caller's transaction: a second connection would wait for it (PGlite has one session).
    const memberships = await listMembershipSummaries(db, account.id);
    return memberships.some((m) => m.roles.some((r) => required.includes(r)));
  }

  async me(req: Request): Promise<Me> {
    const userId = req.session.userId!;
    return this.db.unscoped(async (db) => {
      const account = await findAccountById(db, userId);
      if (!account) throw new DutchHttpException(401, 'Je bent niet (meer) aangemeld.');
      const memberships = await listMembershipSummaries(db, userId);
      return {
        user: {
          id: account.id,
          name: account.name,
          email: account.email,
          isPlatformAdmin: account.is_platform_admin,
          totpEnabled: account.totp_enabled_at !== null,
        },
        memberships: memberships.map((m) => ({
          partnershipId: m.partnership_id,
          partnershipName: m.partnership_name,
          roles: m.roles as MembershipRole[],
          locationIds: m.location_ids,
        })),
        mustEnrolTotp: req.session.mustEnrolTotp === true,
      };
    });
  }

  async profile(userId: string): Promise<Profile> {
    const row = await this.db.unscoped((db) => findProfile(db, userId));
    if (!row) throw new DutchHttpException(401, 'Je bent niet (meer) aangemeld.');
    return mapProfile(row);
  }

  async updateProfile(req: Request, userId: string, input: UpdateProfileInput): Promise<Profile> {
    const row = await this.db.unscoped(async (db) => {
      await updateUserName(db, userId, input.name);
      await this.audit.record(db, {
        action: 'auth.profile_updated',
        userId,
        targetType: 'user',
        targetId: userId,
        ip: clientIp(req),
      });
      return findProfile(db, userId);
    });
    if (!row) throw new DutchHttpException(401, 'Je bent niet (meer) aangemeld.');
    return mapProfile(row);
  }

  async logout(req: Request): Promise<void> {
    const userId = req.session.userId;
    if (userId) {
      await this.db.unscoped((db) =>
        this.audit.record(db, { action: 'auth.sign_out', userId, ip: clientIp(req) }),
      );
    }
  }

  async sessions(req: Request): Promise<SessionInfo[]> {
    const rows = await this.db.unscoped((db) => listUserSessions(db, req.session.userId!));
    return rows.map((r) => ({
      id: r.sid.slice(0, 8),
      current: r.sid === req.sessionID,
      createdAt: new Date(Number(r.sess.signedInAt ?? Date.now())).toISOString(),
      lastSeenAt: new Date(
        r.expire.getTime() - this.config.session.idleMinutes * 60_000,
      ).toISOString(),
      userAgent: typeof r.sess.userAgent === 'string' ? r.sess.userAgent : null,
      ip: typeof r.sess.ip === 'string' ? r.sess.ip : null,
    }));
  }

  /** Ends every other session of this person, on every device. */
  async signOutElsewhere(req: Request): Promise<void> {
    const userId = req.session.userId!;
    await this.db.unscoped(async (db) => {
      await deleteUserSessions(db, userId, req.sessionID);
      await this.audit.record(db, {
        action: 'auth.sign_out_everywhere',
        userId,
        ip: clientIp(req),
      });
    });
  }

  async startTotpEnrolment(req: Request): Promise<{ secret: string; otpauthUri: string }> {
    const me = await this.me(req);
    const secret = newTotpSecret();
    req.session.pendingTotpSecret = secret;
    await saveSession(req);
    return { secret, otpauthUri: totpUri(secret, me.user.email) };
  }

  async confirmTotpEnrolment(req: Request, code: string): Promise<{ recoveryCodes: string[] }> {
    const secret = req.session.pendingTotpSecret;
    if (!secret) throw badRequest('Start eerst het instellen van tweestapsverificatie.');
    if (!(await verifyTotp(secret, code))) {
      throw badRequest(
        'Deze code klopt niet. Controleer de tijd op je telefoon en probeer de nieuwste code.',
        [{ path: ['code'], message: 'Code klopt niet.' }],
      );
    }
    const { codes, hashes } = newRecoveryCodes();
    const userId = req.session.userId!;
    await this.db.unscoped(async (db) => {
      await db.query(
        `update app_user set totp_secret = $2, totp_enabled_at = now(), recovery_code_hashes = $3 where id = $1`,
        [userId, sealTotpSecret(secret, this.config.totpKey, userId), hashes],
      );
      await this.audit.record(db, { action: 'auth.totp_enabled', userId, ip: clientIp(req) });
    });
    req.session.pendingTotpSecret = undefined;
    req.session.mustEnrolTotp = false;
    await saveSession(req);
    return { recoveryCodes: codes };
  }
}
