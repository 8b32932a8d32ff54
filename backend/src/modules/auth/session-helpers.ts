import type { Request } from 'express';

export const regenerateSession = (req: Request): Promise<void> =>
  new Promise((resolve, reject) =>
    req.session.regenerate((error?: Error) => (error ? reject(error) : resolve())),
  );

export const saveSession = (req: Request): Promise<void> =>
  new Promise((resolve, reject) =>
    req.session.save((error?: Error) => (error ? reject(error) : resolve())),
  );

export const destroySession = (req: Request): Promise<void> =>
  new Promise((resolve, reject) =>
    req.session.destroy((error?: Error) => (error ? reject(error) : resolve())),
  );

export const clientIp = (req: Request): string | null => req.ip ?? null;
