import {
  themeSessionCorrectionInputSchema,
  type ThemeSessionCorrectionInput,
} from '@zet/contracts';
import type { ApiFieldError } from '../../../lib/api-client';
import {
  CAPTURE_FIELDS,
  changedFields,
  payloadField,
  type CaptureDraft,
  type CaptureField,
} from './capture-draft';

/** Where a correction's error is shown: on a field, on the reason, or above the form. */
export type CorrectionErrorKey = CaptureField | 'reason' | 'form';
export type CorrectionErrors = Partial<Record<CorrectionErrorKey, string>>;

const FIELD_KEYS: readonly string[] = [...CAPTURE_FIELDS, 'reason'];

/**
 * The correction as it is sent: the reason, the version it corrects, and only the fields that
 * differ from that version (so the audit log names what was corrected).
 */
export function toCorrectionInput(
  base: CaptureDraft,
  draft: CaptureDraft,
  reason: string,
  version: number,
): ThemeSessionCorrectionInput {
  const input: ThemeSessionCorrectionInput = { version, reason };
  for (const field of changedFields(base, draft)) {
    (input as Record<string, unknown>)[field] = payloadField(draft, field);
  }
  return input;
}

/** Errors keyed by the field they belong to; the first message per field wins. */
export function errorsByField(errors: readonly ApiFieldError[]): CorrectionErrors {
  const result: CorrectionErrors = {};
  for (const { path, message } of errors) {
    const head = path[0];
    const key: CorrectionErrorKey =
      typeof head === 'string' && FIELD_KEYS.includes(head) ? (head as CorrectionErrorKey) : 'form';
    result[key] ??= message;
  }
  return result;
}

/**
 * What the server would refuse anyway, checked before sending with the same contract and the
 * same Dutch messages: a reason, and at least one change. Completeness stays the server's rule.
 */
export function validateCorrection(
  input: ThemeSessionCorrectionInput,
  nothingChangedMessage: string,
): CorrectionErrors {
  const parsed = themeSessionCorrectionInputSchema.safeParse(input);
  const errors = parsed.success
    ? {}
    : errorsByField(
        parsed.error.issues.map((issue) => ({
          path: issue.path.filter((p) => typeof p !== 'symbol'),
          message: issue.message,
        })),
      );
  const changed = Object.keys(input).some((key) => key !== 'version' && key !== 'reason');
  if (!changed) errors.form ??= nothingChangedMessage;
  return errors;
}
