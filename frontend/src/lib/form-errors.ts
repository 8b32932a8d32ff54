import type { z } from 'zod';
import { ApiError } from './api-client';

/** The first message per field, keyed by the field's path joined with dots ("programmaleider.email"). */
export type FieldErrors = Partial<Record<string, string>>;

type Issue = { path: readonly PropertyKey[]; message: string };

export function fieldKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function fieldErrorsFromIssues(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Field errors of a failed request (problem+json `errors`); none for any other failure. */
export function fieldErrorsFromError(error: unknown): FieldErrors {
  return error instanceof ApiError ? fieldErrorsFromIssues(error.fieldErrors) : {};
}

export type Validated<T> = { success: true; data: T } | { success: false; errors: FieldErrors };

/** Checks form values with the contract's input schema before anything is sent. */
export function validate<S extends z.ZodType>(schema: S, values: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
}

/**
 * An empty field gets "fill it in" rather than the contract's "not valid" (an empty e-mail
 * address is not an invalid one). `missing` maps field names to their Dutch message.
 */
export function withMissing(
  errors: FieldErrors,
  values: Partial<Record<string, string>>,
  missing: Partial<Record<string, string>>,
): FieldErrors {
  const result = { ...errors };
  for (const [field, message] of Object.entries(missing)) {
    if (result[field] !== undefined && !values[field]?.trim()) result[field] = message;
  }
  return result;
}

/** True when the error has field errors for at least one of the form's own fields. */
export function hasFieldErrorFor(errors: FieldErrors, fields: readonly string[]): boolean {
  return fields.some((field) => errors[field] !== undefined);
}

/** Moves focus to the first field (in form order) that has an error, so it is read out. */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors): void {
  if (!form) return;
  for (const element of Array.from(form.elements)) {
    const name = element.getAttribute('name');
    if (name && errors[name] !== undefined && element instanceof HTMLElement) {
      element.focus();
      return;
    }
  }
}
