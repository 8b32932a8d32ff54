import type { z } from 'zod';
import type { FieldError } from '../../common/problem';
import { contentMessages as m } from './content.messages';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Parses `input` with a content schema (the same rules as the shipped YAML) and reports problems
 * as Dutch sentences at `prefix` + the zod path: the messages of the content schemas are written
 * for content editors ("tekst mag niet leeg zijn"), zod's own are English.
 */
export function parseContent<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): Checked<T> {
  const parsed = schema.safeParse(input, { error: dutchIssue });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      return { path: [...prefix, ...at], message: issueMessage(issue, valueAt(input, at)) };
    }),
  };
}

/** Texts longer than `maxText` and lists longer than `maxList`, anywhere in `value`. */
export function sizeProblems(
  value: unknown,
  at: readonly (string | number)[],
  limits: { maxText: number; maxList: number },
): FieldError[] {
  if (typeof value === 'string')
    return value.length > limits.maxText
      ? [{ path: [...at], message: m.textTooLong(limits.maxText) }]
      : [];
  if (Array.isArray(value)) {
    if (value.length > limits.maxList)
      return [{ path: [...at], message: m.tooManyItems(limits.maxList) }];
    return value.flatMap((item, i) => sizeProblems(item, [...at, i], limits));
  }
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) => sizeProblems(item, [...at, key], limits));
  return [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dutchIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return m.zod.missing;
      if (issue.expected === 'string') return m.zod.expectedText;
      if (issue.expected === 'array') return m.zod.expectedList;
      if (issue.expected === 'object') return m.zod.expectedCard;
      return m.zod.wrongShape;
    case 'too_small':
      return issue.origin === 'array' ? m.zod.listTooShort(Number(issue.minimum)) : m.zod.invalid;
    case 'unrecognized_keys':
      return m.zod.unknownKeys(issue.keys);
    default:
      return m.zod.invalid;
  }
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (typeof input === 'string' && input.trim() === '' && issue.code === 'too_small')
    return m.textEmpty;
  const text = issue.message.trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}
