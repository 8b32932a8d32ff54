/**
 * Errors that mean "the database is not reachable right now" rather than "this request is wrong":
 * they become 503 and the pool reconnects by itself on the next request.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  // A deadlock or serialization failure rolled the whole transaction back: nothing was written,
  // and the same request a moment later succeeds (writers of one partnership queue on its
  // dashboard data version, so two unusual transactions can still cross).
  '40P01',
  '40001',
]);

const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is not established',
  'terminating connection',
];

type MaybeDbError = { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as MaybeDbError;
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (
    typeof e.message === 'string' &&
    UNAVAILABLE_MESSAGES.some((m) => (e.message as string).includes(m))
  ) {
    return true;
  }
  return (
    isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1)
  );
}

/** PostgreSQL error code of a failed query, if any (e.g. 23505 unique violation). */
export function pgErrorCode(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as MaybeDbError;
  const driver = e.driverError as MaybeDbError | undefined;
  const code = driver?.code ?? e.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
