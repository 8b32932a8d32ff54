import {
  assignmentStepSchema,
  type ReflectionCard,
  reflectionCardSchema,
  type Theme,
  themeScenarioSchema,
  themeSchema,
} from '@zet/content';
import type { AdaptableField, AdaptationField, AdaptationValue } from '@zet/contracts';
import type { z } from 'zod';
import type { FieldError } from '../../common/problem';
import { contentMessages as m } from './content.messages';
import { type Checked, isRecord, parseContent, sizeProblems } from './content-validation';

/**
 * A partnership's adaptation of a theme: overrides of its texts, addressed by a path, on top of
 * a base version. Only texts can be overridden; codes, names, levels, phases and the order of
 * steps are the identities that keep results comparable, so no path reaches them.
 */
export type OverrideTarget =
  | { field: 'introduction' }
  | { field: 'scenarioDescription'; level: number }
  | { field: 'worksheetInstructions' }
  | { field: 'worksheetPrompts' }
  | { field: 'assignmentGoals' }
  /** `step` counts from 1, as the procesbegeleider reads the steps. */
  | { field: 'stepInstructions'; step: number }
  /** A card of the base (rewritten) or a card of the partnership (added). */
  | { field: 'reflectionCard'; code: string };

export const MAX_PATH_LENGTH = 200;
export const MAX_TEXT_LENGTH = 5000;
export const MAX_LIST_LENGTH = 30;

const CODE = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PATHS: readonly [RegExp, (match: RegExpExecArray) => OverrideTarget][] = [
  [/^introduction$/, () => ({ field: 'introduction' })],
  [
    /^scenarios\.([1-9]\d{0,2})\.description$/,
    (x) => ({ field: 'scenarioDescription', level: Number(x[1]) }),
  ],
  [/^worksheet\.instructions$/, () => ({ field: 'worksheetInstructions' })],
  [/^worksheet\.prompts$/, () => ({ field: 'worksheetPrompts' })],
  [/^assignment\.goals$/, () => ({ field: 'assignmentGoals' })],
  [
    /^assignment\.steps\.([1-9]\d{0,2})\.instructions$/,
    (x) => ({ field: 'stepInstructions', step: Number(x[1]) }),
  ],
  [new RegExp(`^reflectionCards\\.(${CODE})$`), (x) => ({ field: 'reflectionCard', code: x[1]! })],
];

/** Paths that name an identity (a code, name, level, phase or the theme's classification). */
const IDENTITY_PATH =
  /^(code|name|domain|safeguards|cultureElements|combinedVariantOf)(\..*)?$|\.(code|level|phase|name)$|^scenarios(\.\d+)?$|^assignment\.steps(\.\d+)?(\.reflectionCards.*)?$/;

export function parseOverridePath(path: string): OverrideTarget | undefined {
  if (path.length > MAX_PATH_LENGTH) return undefined;
  for (const [pattern, build] of PATHS) {
    const match = pattern.exec(path);
    if (match) return build(match);
  }
  return undefined;
}

export function formatOverridePath(target: OverrideTarget): string {
  switch (target.field) {
    case 'introduction':
      return 'introduction';
    case 'scenarioDescription':
      return `scenarios.${target.level}.description`;
    case 'worksheetInstructions':
      return 'worksheet.instructions';
    case 'worksheetPrompts':
      return 'worksheet.prompts';
    case 'assignmentGoals':
      return 'assignment.goals';
    case 'stepInstructions':
      return `assignment.steps.${target.step}.instructions`;
    case 'reflectionCard':
      return `reflectionCards.${target.code}`;
  }
}

/** Why a path cannot be overridden: identities are fixed, anything else is simply not adaptable. */
export function pathProblem(path: string): FieldError {
  return { path: ['path'], message: IDENTITY_PATH.test(path) ? m.identityFixed : m.notAdaptable };
}

// ---------------------------------------------------------------------------------------------
// Checking a value against the content schemas

const worksheetShape = themeSchema.shape.worksheet.unwrap().shape;
const assignmentShape = themeSchema.shape.assignment.unwrap().shape;

/** The content schema each path's value must satisfy: the same rules as the shipped YAML. */
const VALUE_SCHEMAS: { [F in AdaptationField]: z.ZodType<AdaptationValue> } = {
  introduction: themeSchema.shape.introduction.unwrap(),
  scenarioDescription: themeScenarioSchema.shape.description,
  worksheetInstructions: worksheetShape.instructions,
  worksheetPrompts: worksheetShape.prompts,
  assignmentGoals: assignmentShape.goals,
  stepInstructions: assignmentStepSchema.shape.instructions,
  reflectionCard: reflectionCardSchema,
};

/** The part of the base a target rewrites is missing: the Dutch reason, else undefined. */
function missingPart(theme: Theme, target: OverrideTarget): string | undefined {
  switch (target.field) {
    case 'introduction':
    case 'reflectionCard':
      return undefined;
    case 'scenarioDescription':
      return theme.scenarios.some((s) => s.level === target.level)
        ? undefined
        : m.noScenario(target.level);
    case 'worksheetInstructions':
    case 'worksheetPrompts':
      return theme.worksheet ? undefined : m.noWorksheet;
    case 'assignmentGoals':
      return theme.assignment ? undefined : m.noAssignment;
    case 'stepInstructions': {
      const steps = theme.assignment?.steps;
      if (!steps) return m.noAssignment;
      return target.step <= steps.length ? undefined : m.noStep(target.step, steps.length);
    }
  }
}

export type CheckedOverride = Checked<AdaptationValue>;

/**
 * Whether `value` may override `target` of `theme`: the part must exist in the base and the
 * value must pass the content schema of that part. Errors carry paths into the request body
 * (`path`, or `value` and below) and Dutch messages.
 */
export function checkOverride(
  theme: Theme,
  target: OverrideTarget,
  value: unknown,
): CheckedOverride {
  const missing = missingPart(theme, target);
  if (missing) return { ok: false, errors: [{ path: ['path'], message: missing }] };
  return parseOverrideValue(target, value);
}

/** The value checked against the content schema of its path alone, whatever the base holds. */
function parseOverrideValue(target: OverrideTarget, value: unknown): CheckedOverride {
  let input = value;
  if (target.field === 'reflectionCard' && isRecord(value)) {
    // The path names the card, so the body need not repeat its code; a different code is refused.
    if ('code' in value && value.code !== target.code)
      return { ok: false, errors: [{ path: ['value', 'code'], message: m.cardCodeFixed }] };
    input = { ...value, code: target.code };
  }
  const parsed = parseContent(VALUE_SCHEMAS[target.field], input, ['value']);
  if (!parsed.ok) return parsed;
  const tooLarge = sizeProblems(parsed.value, ['value'], {
    maxText: MAX_TEXT_LENGTH,
    maxList: MAX_LIST_LENGTH,
  });
  return tooLarge.length > 0 ? { ok: false, errors: tooLarge } : parsed;
}

// ---------------------------------------------------------------------------------------------
// Describing and applying overrides

/** What the base says at `target`; null when the override adds something the base lacks. */
export function baseValue(theme: Theme, target: OverrideTarget): AdaptationValue | null {
  switch (target.field) {
    case 'introduction':
      return theme.introduction ?? null;
    case 'scenarioDescription':
      return theme.scenarios.find((s) => s.level === target.level)?.description ?? null;
    case 'worksheetInstructions':
      return theme.worksheet?.instructions ?? null;
    case 'worksheetPrompts':
      return theme.worksheet?.prompts ?? null;
    case 'assignmentGoals':
      return theme.assignment?.goals ?? null;
    case 'stepInstructions':
      return theme.assignment?.steps[target.step - 1]?.instructions ?? null;
    case 'reflectionCard':
      return theme.reflectionCards.find((c) => c.code === target.code) ?? null;
  }
}

/** The Dutch name of a part; `value` names a card the partnership added. */
export function labelOf(
  theme: Theme,
  target: OverrideTarget,
  value?: AdaptationValue | null,
): string {
  switch (target.field) {
    case 'introduction':
      return m.labels.introduction;
    case 'scenarioDescription':
      return m.labels.scenarioDescription(target.level);
    case 'worksheetInstructions':
      return m.labels.worksheetInstructions;
    case 'worksheetPrompts':
      return m.labels.worksheetPrompts;
    case 'assignmentGoals':
      return m.labels.assignmentGoals;
    case 'stepInstructions':
      return m.labels.stepInstructions(
        target.step,
        theme.assignment?.steps[target.step - 1]?.title,
      );
    case 'reflectionCard': {
      const card = theme.reflectionCards.find((c) => c.code === target.code);
      const title = card?.title ?? (isCard(value) ? value.title : undefined);
      return m.labels.reflectionCard(title, target.code);
    }
  }
}

function isCard(value: AdaptationValue | null | undefined): value is ReflectionCard {
  return isRecord(value);
}

/** Every part of `theme` a programmaleider may override, in reading order. */
export function adaptableFields(theme: Theme): AdaptableField[] {
  const targets: OverrideTarget[] = [{ field: 'introduction' }];
  if (theme.assignment) {
    targets.push({ field: 'assignmentGoals' });
    theme.assignment.steps.forEach((_, i) =>
      targets.push({ field: 'stepInstructions', step: i + 1 }),
    );
  }
  if (theme.worksheet)
    targets.push({ field: 'worksheetInstructions' }, { field: 'worksheetPrompts' });
  for (const card of theme.reflectionCards)
    targets.push({ field: 'reflectionCard', code: card.code });
  for (const s of theme.scenarios) targets.push({ field: 'scenarioDescription', level: s.level });
  return targets.map((target) => ({
    path: formatOverridePath(target),
    field: target.field,
    label: labelOf(theme, target),
  }));
}

export type StoredOverride = { path: string; value: unknown };

export type ResolvedOverride<T extends StoredOverride> = T & {
  target: OverrideTarget;
  field: AdaptationField;
  label: string;
  kind: 'rewrite' | 'addition';
  /** False when the base no longer has the part, or the stored value no longer passes the schema. */
  applied: boolean;
  base: AdaptationValue | null;
  /** The partnership's value; null only when it no longer passes the content schema. */
  partnership: AdaptationValue | null;
};

/**
 * The effective theme: the base with the overrides applied, in the order given (cards the
 * partnership added come after the base cards, in that order, and are offered in every
 * reflection step). Overrides whose path is unknown are left out; overrides that no longer fit
 * the base are reported with `applied: false`.
 */
export function applyOverrides<T extends StoredOverride>(
  base: Theme,
  overrides: readonly T[],
): { theme: Theme; overrides: ResolvedOverride<T>[] } {
  const theme = structuredClone(base);
  const added: ReflectionCard[] = [];
  const resolved: ResolvedOverride<T>[] = [];

  for (const override of overrides) {
    const target = parseOverridePath(override.path);
    if (!target) continue;
    const parsed = parseOverrideValue(target, override.value);
    const partnership = parsed.ok ? parsed.value : null;
    const applied = partnership !== null && missingPart(base, target) === undefined;
    if (applied) write(theme, target, partnership, added);
    const original = baseValue(base, target);
    resolved.push({
      ...override,
      target,
      field: target.field,
      label: labelOf(base, target, partnership),
      kind: kindOf(base, target),
      applied,
      base: original,
      partnership,
    });
  }

  if (added.length > 0) {
    theme.reflectionCards.push(...added);
    for (const step of theme.assignment?.steps ?? []) {
      if (step.phase === 'reflectie') step.reflectionCards.push(...added.map((c) => c.code));
    }
  }
  return { theme, overrides: resolved };
}

/** Only a card or an introduction the base lacks is added; every other part rewrites the base. */
function kindOf(base: Theme, target: OverrideTarget): 'rewrite' | 'addition' {
  if (target.field === 'reflectionCard')
    return base.reflectionCards.some((c) => c.code === target.code) ? 'rewrite' : 'addition';
  if (target.field === 'introduction')
    return base.introduction === undefined ? 'addition' : 'rewrite';
  return 'rewrite';
}

function write(
  theme: Theme,
  target: OverrideTarget,
  value: AdaptationValue,
  added: ReflectionCard[],
): void {
  const text = typeof value === 'string' ? value : undefined;
  const list = Array.isArray(value) ? value : undefined;
  switch (target.field) {
    case 'introduction':
      if (text !== undefined) theme.introduction = text;
      return;
    case 'scenarioDescription': {
      const scenario = theme.scenarios.find((s) => s.level === target.level);
      if (scenario && text !== undefined) scenario.description = text;
      return;
    }
    case 'worksheetInstructions':
      if (theme.worksheet && text !== undefined) theme.worksheet.instructions = text;
      return;
    case 'worksheetPrompts':
      if (theme.worksheet && list) theme.worksheet.prompts = list;
      return;
    case 'assignmentGoals':
      if (theme.assignment && list) theme.assignment.goals = list;
      return;
    case 'stepInstructions': {
      const step = theme.assignment?.steps[target.step - 1];
      if (step && text !== undefined) step.instructions = text;
      return;
    }
    case 'reflectionCard': {
      if (!isCard(value)) return;
      const index = theme.reflectionCards.findIndex((c) => c.code === target.code);
      if (index >= 0) theme.reflectionCards[index] = value;
      else added.push(value);
      return;
    }
  }
}

/**
 * Overrides in the order a reader meets the parts of the theme; cards the partnership added sit
 * after the base cards (before the scenarios), in the order given.
 */
export function inReadingOrder<T extends { path: string }>(
  theme: Theme,
  overrides: readonly T[],
): T[] {
  const fields = adaptableFields(theme);
  const position = new Map(fields.map((f, i) => [f.path, i]));
  const firstScenario = fields.findIndex((f) => f.field === 'scenarioDescription');
  const additions = (firstScenario < 0 ? fields.length : firstScenario) - 0.5;
  return [...overrides].sort(
    (a, b) => (position.get(a.path) ?? additions) - (position.get(b.path) ?? additions),
  );
}
