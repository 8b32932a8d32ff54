import 'express-session';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    /** Password accepted, second factor still to come. */
    pendingUserId?: string;
    /** Signed in, but a required second factor must be set up before anything else. */
    mustEnrolTotp?: boolean;
    /** Epoch ms of sign-in, for the absolute lifetime. */
    signedInAt?: number;
    userAgent?: string;
    ip?: string;
    csrfToken?: string;
    /** A TOTP secret being enrolled, until its first code is confirmed. */
    pendingTotpSecret?: string;
  }
}
