import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type AuthProviders,
  emailSchema,
  type LoginResult,
  personNameSchema,
} from '@zet/contracts';
import type { Request } from 'express';
import type * as OpenIdClient from 'openid-client';
import { enterPartnershipScope, ScopedDb } from '../../common/access/scoped-db';
import { importEsm } from '../../common/esm-import';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig, OidcConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { AuthService } from './auth.service';
import {
  addExistingMembershipLocations,
  ensureMembership,
  findAccountIdBySubject,
  insertSsoAccount,
  linkSubject,
  lockAccountByEmail,
  lockOpenInvitationsByEmail,
  markInvitationAccepted,
} from './oidc.queries';
import { clientIp, saveSession } from './session-helpers';

type OpenId = typeof OpenIdClient;

/** Provider metadata is fetched once and kept this long (keys are refreshed by openid-client itself). */
const DISCOVERY_TTL_MS = 60 * 60_000;
/** Time from leaving for the provider to coming back. */
const PENDING_TTL_MS = 10 * 60_000;

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
export const OIDC_START_PATH = '/api/v1/auth/oidc/start';

/** Why a single sign-on did not sign anyone in; `failed` covers every protocol or provider error. */
export type OidcRefusal = 'disabled' | 'failed' | 'email_unverified' | 'no_invitation';
export type OidcOutcome =
  { kind: 'signed_in'; status: LoginResult['status'] } | { kind: 'refused'; reason: OidcRefusal };

type Identity = { subject: string; email: string; name: string | undefined };
type Resolution =
  | { kind: 'user'; userId: string }
  | { kind: 'no_invitation' }
  /** The e-mail address belongs to an account already linked to another subject: never re-link silently. */
  | { kind: 'subject_conflict'; userId: string };

/** Thrown for answers that are the person's situation, not a protocol error. */
class Refused extends Error {
  constructor(
    readonly reason: OidcRefusal,
    readonly details: Record<string, unknown> = {},
  ) {
    super(reason);
  }
}

/**
 * Single sign-on with a generic OpenID Connect provider (SURFconext in Dutch education) through
 * openid-client: authorization code flow with PKCE, state and nonce kept in the server-side
 * session, ID token signature checked against the provider's keys. People are matched by subject,
 * then by verified e-mail address to an account or an open invitation.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('SingleSignOn');
  private library?: Promise<OpenId>;
  private discovered?: { at: number; configuration: Promise<OpenIdClient.Configuration> };

  constructor(
    private readonly db: ScopedDb,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  providers(): AuthProviders {
    const oidc = this.config.oidc;
    return { sso: oidc ? { displayName: oidc.displayName, startUrl: OIDC_START_PATH } : null };
  }

  /** Remembers what the answer must match and returns the provider's authorization URL. */
  async start(
    req: Request,
  ): Promise<{ kind: 'redirect'; url: string } | Extract<OidcOutcome, { kind: 'refused' }>> {
    const oidc = this.config.oidc;
    if (!oidc) return { kind: 'refused', reason: 'disabled' };
    let client: OpenId;
    let configuration: OpenIdClient.Configuration;
    try {
      client = await this.client();
      configuration = await this.configuration(oidc);
    } catch (error) {
      this.logger.warn(
        `Single sign-on provider unavailable: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { kind: 'refused', reason: 'failed' };
    }
    const pending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      startedAt: Date.now(),
    };
    req.session.oidc = pending;
    await saveSession(req);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidc.redirectUri,
      scope: oidc.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { kind: 'redirect', url: url.href };
  }

  /** The provider sent the browser back: check its answer, find or create the account, sign in. */
  async finish(req: Request): Promise<OidcOutcome> {
    const oidc = this.config.oidc;
    if (!oidc) return { kind: 'refused', reason: 'disabled' };
    const pending = req.session.oidc;
    // One use: a replayed or second answer finds nothing to match.
    req.session.oidc = undefined;
    try {
      if (!pending || Date.now() - pending.startedAt > PENDING_TTL_MS)
        throw new Refused('failed', { problem: 'no sign-in in progress' });
      const identity = await this.verifiedIdentity(req, oidc, pending);
      const resolution = await this.resolve(req, identity);
      if (resolution.kind === 'no_invitation')
        throw new Refused('no_invitation', { ssoEmail: identity.email });
      if (resolution.kind === 'subject_conflict') {
        throw new Refused('failed', {
          problem: 'e-mail address linked to another subject',
          userId: resolution.userId,
        });
      }
      const result = await this.auth.signInVerified(req, resolution.userId, 'oidc');
      return { kind: 'signed_in', status: result.status };
    } catch (error) {
      const refusal =
        error instanceof Refused
          ? error
          : new Refused('failed', {
              problem: error instanceof Error ? error.message : String(error),
            });
      if (!(error instanceof Refused))
        this.logger.warn(`Single sign-on failed: ${refusal.details.problem as string}`);
      await this.recordFailure(req, refusal);
      // Store the used-up state; a stray callback without one creates no session.
      if (pending) await saveSession(req).catch(() => undefined);
      return { kind: 'refused', reason: refusal.reason };
    }
  }

  private async verifiedIdentity(
    req: Request,
    oidc: OidcConfig,
    pending: NonNullable<Request['session']['oidc']>,
  ): Promise<Identity> {
    const client = await this.client();
    const configuration = await this.configuration(oidc);
    // The answer's parameters on the registered redirect URI (behind a proxy req.protocol/host may differ).
    const currentUrl = new URL(oidc.redirectUri);
    currentUrl.search = new URL(req.originalUrl, 'http://callback.invalid').search;
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('no ID token in the token response');
    // E-mail and its verification come from one source: the ID token if it has both, else UserInfo.
    let claims: Record<string, unknown> = idToken;
    if (idToken.email === undefined || idToken.email_verified === undefined) {
      claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)) };
    }
    const email = emailSchema.safeParse(claims.email);
    if (!email.success)
      throw new Refused('failed', {
        problem: 'no usable e-mail address from the provider',
        subject: idToken.sub,
      });
    if (claims.email_verified !== true)
      throw new Refused('email_unverified', { ssoEmail: email.data, subject: idToken.sub });
    const name = personNameSchema.safeParse(idToken.name ?? claims.name);
    return { subject: idToken.sub, email: email.data, name: name.success ? name.data : undefined };
  }

  /** By subject; else by e-mail to an account (linked now); else to open invitations (accepted now, new account). */
  private resolve(req: Request, identity: Identity): Promise<Resolution> {
    const ip = clientIp(req);
    return this.db.unscoped(async (db): Promise<Resolution> => {
      const linked = await findAccountIdBySubject(db, identity.subject);
      if (linked) return { kind: 'user', userId: linked };

      const account = await lockAccountByEmail(db, identity.email);
      if (account) {
        if (account.oidc_subject !== null) return { kind: 'subject_conflict', userId: account.id };
        await linkSubject(db, account.id, identity.subject);
        await this.audit.record(db, {
          action: 'auth.sso_linked',
          userId: account.id,
          targetType: 'user',
          targetId: account.id,
          details: { method: 'oidc', email: identity.email },
          ip,
        });
        return { kind: 'user', userId: account.id };
      }

      const invitations = await lockOpenInvitationsByEmail(db, identity.email);
      if (invitations.length === 0) return { kind: 'no_invitation' };
      const userId = await insertSsoAccount(
        db,
        identity.email,
        identity.name ?? invitations[0]!.name,
        identity.subject,
      );
      // Accounts and invitations are written unscoped (as in InvitationsService.accept); memberships in their partnership's scope.
      for (const invitation of invitations) await markInvitationAccepted(db, invitation.id);
      for (const invitation of invitations) {
        await enterPartnershipScope(db, invitation.partnership_id);
        const membershipId = await ensureMembership(
          db,
          userId,
          invitation.partnership_id,
          invitation.role,
        );
        const locationIds =
          invitation.role === 'locatiecoordinator'
            ? await addExistingMembershipLocations(
                db,
                membershipId,
                invitation.partnership_id,
                invitation.location_ids,
              )
            : [];
        await this.audit.record(db, {
          action: 'auth.invitation_accepted',
          partnershipId: invitation.partnership_id,
          userId,
          targetType: 'invitation',
          targetId: invitation.id,
          details: { role: invitation.role, newAccount: true, method: 'oidc' },
          ip,
        });
        await this.audit.record(db, {
          action: 'access.role_granted',
          partnershipId: invitation.partnership_id,
          userId: invitation.invited_by,
          targetType: 'user',
          targetId: userId,
          details: { role: invitation.role, locationIds, via: 'invitation' },
          ip,
        });
      }
      return { kind: 'user', userId };
    });
  }

  private async recordFailure(req: Request, refusal: Refused): Promise<void> {
    try {
      const userId =
        typeof refusal.details.userId === 'string' ? refusal.details.userId : undefined;
      // Not under `email`: that key counts towards the password lock-out, which a provider's unverified claim must not trigger.
      const entry = {
        action: 'auth.sign_in_failed' as const,
        details: { method: 'oidc', reason: refusal.reason, ...refusal.details },
        ip: clientIp(req),
      };
      // A known person's failure reaches each of their partnerships' logs, as a password one does.
      await this.db.unscoped((db) =>
        userId ? this.audit.recordForPerson(db, userId, entry) : this.audit.record(db, entry),
      );
    } catch (error) {
      this.logger.warn(
        `Could not record a failed single sign-on: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private client(): Promise<OpenId> {
    this.library ??= importEsm<OpenId>('openid-client');
    return this.library;
  }

  /** Discovery, cached; a failed discovery is retried on the next sign-in instead of being cached. */
  private configuration(oidc: OidcConfig): Promise<OpenIdClient.Configuration> {
    if (!this.discovered || Date.now() - this.discovered.at > DISCOVERY_TTL_MS) {
      const configuration = this.discover(oidc);
      const entry = { at: Date.now(), configuration };
      this.discovered = entry;
      configuration.catch(() => {
        if (this.discovered === entry) this.discovered = undefined;
      });
    }
    return this.discovered.configuration;
  }

  private async discover(oidc: OidcConfig): Promise<OpenIdClient.Configuration> {
    const client = await this.client();
    // Check the ID token's signature even though it comes straight from the token endpoint.
    const execute = [client.enableNonRepudiationChecks];
    // Plain http only for a local provider outside production (loadConfig refuses it in production).
    if (new URL(oidc.issuer).protocol === 'http:') execute.push(client.allowInsecureRequests);
    const configuration = await client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      undefined,
      client.ClientSecretBasic(oidc.clientSecret),
      { execute },
    );
    const methods = configuration.serverMetadata().token_endpoint_auth_methods_supported;
    if (
      !methods ||
      methods.includes('client_secret_basic') ||
      !methods.includes('client_secret_post')
    )
      return configuration;
    const post = new client.Configuration(
      configuration.serverMetadata(),
      oidc.clientId,
      undefined,
      client.ClientSecretPost(oidc.clientSecret),
    );
    for (const apply of execute) apply(post);
    return post;
  }
}
