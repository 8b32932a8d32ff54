import type { NestExpressApplication } from '@nestjs/platform-express';
import { CSRF_PROBLEM_TYPE } from '@zet/contracts';
import connectPgSimple from 'connect-pg-simple';
import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import type { Pool } from 'pg';
import type { AppConfig } from '../config/env';
import { isDatabaseUnavailable } from './database-errors';
import { problem } from './problem';
import { throttleTouch } from './session-touch';

export const SESSION_COOKIE = 'zet.sid';

export const { generateToken: generateCsrfToken, csrfSynchronisedProtection } = csrfSync({
  getTokenFromRequest: (req) => {
    const header = req.headers['x-csrf-token'];
    return typeof header === 'string' ? header : undefined;
  },
});

function sendProblem(res: Response, status: number, detail: string, type?: string): void {
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify(problem(status, detail, undefined, undefined, type)));
}

/**
 * Headers, server-side sessions in PostgreSQL and CSRF protection. Sessions share the app's
 * connection pool: the embedded database serves one session, and a second pool's statements
 * would interleave with the app's. Returns a function that stops the store's pruning timer.
 */
export function configureHttpSecurity(
  app: NestExpressApplication,
  config: AppConfig,
  pool: Pool,
): () => void {
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'base-uri': ["'self'"],
          'frame-ancestors': ["'none'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'script-src': ["'self'"],
          'object-src': ["'none'"],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': config.session.secureCookie ? [] : null,
        },
      },
    }),
  );

  const PgStore = connectPgSimple(session);
  const store = throttleTouch(
    new PgStore({
      pool,
      tableName: 'user_session',
      createTableIfMissing: false,
      pruneSessionInterval: 15 * 60,
    }),
  );
  // Only the API needs sessions; static files are served without touching the database.
  app.use(
    '/api',
    session({
      name: SESSION_COOKIE,
      secret: config.session.secret,
      store,
      resave: false,
      saveUninitialized: false,
      // Every request renews the idle lifetime (in the database at most once a minute, see
      // throttleTouch); the absolute lifetime is checked below.
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.session.secureCookie,
        maxAge: config.session.idleMinutes * 60_000,
        path: '/',
      },
    }),
  );

  const absoluteMs = config.session.absoluteHours * 3_600_000;
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    const signedInAt = req.session?.signedInAt;
    if (signedInAt && Date.now() - signedInAt > absoluteMs) {
      req.session.destroy(() => next());
      return;
    }
    next();
  });

  app.use('/api/v1', (req: Request, res: Response, next: NextFunction) => {
    csrfSynchronisedProtection(req, res, (error?: unknown) => {
      if (error) {
        sendProblem(
          res,
          403,
          'Je sessie is verlopen of het formulier is verouderd. Laad de pagina opnieuw en probeer het nog eens.',
          CSRF_PROBLEM_TYPE,
        );
        return;
      }
      next();
    });
  });
  return () => store.close();
}

/**
 * Errors raised by Express middleware before Nest's router (the session store reading a session
 * while the database is away) do not reach Nest's exception filter; this renders them alike.
 */
export function problemErrorHandler(
  error: unknown,
  req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (isDatabaseUnavailable(error)) {
    sendProblem(
      res,
      503,
      'De database is even niet bereikbaar. Probeer het over een ogenblik opnieuw.',
    );
    return;
  }
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    sendProblem(res, status, 'Dit verzoek kon niet worden verwerkt.');
    return;
  }
  sendProblem(res, 500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
}
