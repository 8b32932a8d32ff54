import 'express-session';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    /** Password accepted, second factor still to come. */
    pendingUserId?: string;
    /** With `pendingUserId`: how the first step was done, when not by password ('oidc'). */
    pendingSignInMethod?: 'oidc';
    /** Signed in, but a required second factor must be set up before anything else. */
    mustEnrolTotp?: boolean;
    /** Epoch ms of sign-in, for the absolute lifetime. */
    signedInAt?: number;
    userAgent?: string;
    ip?: string;
    csrfToken?: string;
    /** A TOTP secret being enrolled, until its first code is confirmed. */
    pendingTotpSecret?: string;
    /** A single sign-on in progress: what the provider's answer must match (one use, short-lived). */
    oidc?: { state: string; nonce: string; codeVerifier: string; startedAt: number };
  }
}
