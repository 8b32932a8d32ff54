import type { AdaptationValue, ContentOverride, ThemeDetail } from '@zet/contracts';

/**
 * The paths of a theme's adaptable parts, as the adaptation API names them. Only texts have a
 * path; codes, names, levels and the order of steps never change, so results stay comparable.
 */
export const adaptationPaths = {
  introduction: 'introduction',
  scenario: (level: number) => `scenarios.${level}.description`,
  worksheetInstructions: 'worksheet.instructions',
  worksheetPrompts: 'worksheet.prompts',
  assignmentGoals: 'assignment.goals',
  /** `step` counts from 1. */
  step: (step: number) => `assignment.steps.${step}.instructions`,
  card: (code: string) => `reflectionCards.${code}`,
} as const;

export type ReflectionCardValue = ThemeDetail['reflectionCards'][number];

/** What the (effective) theme holds at `path`; undefined when it has no such part. */
export function valueAtPath(theme: ThemeDetail, path: string): AdaptationValue | undefined {
  if (path === adaptationPaths.introduction) return theme.introduction ?? undefined;
  if (path === adaptationPaths.worksheetInstructions) return theme.worksheet?.instructions;
  if (path === adaptationPaths.worksheetPrompts) return theme.worksheet?.prompts;
  if (path === adaptationPaths.assignmentGoals) return theme.assignment?.goals;
  const scenario = /^scenarios\.(\d+)\.description$/.exec(path);
  if (scenario) return theme.scenarios.find((s) => s.level === Number(scenario[1]))?.description;
  const step = /^assignment\.steps\.(\d+)\.instructions$/.exec(path);
  if (step) return theme.assignment?.steps[Number(step[1]) - 1]?.instructions;
  const card = /^reflectionCards\.(.+)$/.exec(path);
  if (card) return theme.reflectionCards.find((c) => c.code === card[1]);
  return undefined;
}

/** The overrides that show on the page (an override the base no longer fits is not applied). */
export function appliedOverrides(
  overrides: readonly ContentOverride[],
): Map<string, ContentOverride> {
  return new Map(overrides.filter((o) => o.applied).map((o) => [o.path, o]));
}

export function isReflectionCard(
  value: AdaptationValue | null | undefined,
): value is ReflectionCardValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list edited in a textarea: one item per line, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function listToLines(items: readonly string[]): string {
  return items.join('\n');
}

/** Whether an edited value differs from what is saved (whitespace at the ends does not count). */
export function sameValue(a: AdaptationValue | undefined, b: AdaptationValue | undefined): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(value: AdaptationValue | undefined): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map((item) => item.trim());
  if (value === undefined) return null;
  return {
    title: value.title.trim(),
    insight: value.insight.trim(),
    questions: value.questions.map((q) => q.trim()),
  };
}
