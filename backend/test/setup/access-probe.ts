import type { ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import { AccessGuard } from '../../src/common/access/access.guard';

/** Response header the probe sets: `allow` when the AccessGuard let the request through, `deny` when it refused. */
export const ACCESS_DECISION_HEADER = 'x-test-access-decision';

/**
 * Makes every response tell which way the AccessGuard decided, so a test can tell the guard's 404
 * ("not yours") from a handler's 404 ("no such row") even though both carry the same text. Only
 * observes: the guard's own decision and exception pass through unchanged. Returns the undo.
 */
export function installAccessProbe(): () => void {
  const original = AccessGuard.prototype.canActivate;
  AccessGuard.prototype.canActivate = async function probed(
    this: AccessGuard,
    context: ExecutionContext,
  ) {
    const mark = (decision: 'allow' | 'deny') => {
      if (context.getType() !== 'http') return;
      const res = context.switchToHttp().getResponse<Response>();
      if (!res.headersSent) res.setHeader(ACCESS_DECISION_HEADER, decision);
    };
    try {
      const allowed = await original.call(this, context);
      mark(allowed ? 'allow' : 'deny');
      return allowed;
    } catch (error) {
      mark('deny');
      throw error;
    }
  };
  return () => {
    AccessGuard.prototype.canActivate = original;
  };
}
