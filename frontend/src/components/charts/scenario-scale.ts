import { PLACEMENT_VALUES } from '@zet/contracts';

/**
 * Colours of the scenario scale: one blue from light (1) to dark (4), so the order survives
 * colour blindness and greyscale. A placement between two scenarios is drawn as stripes of both
 * neighbours; the value itself is always printed too, so colour is never the only cue.
 */
export const scenarioColors = {
  1: '#e3eef9',
  2: '#a9cbe8',
  3: '#5b9bd0',
  4: '#1d5a96',
} as const;

export type ScaleLevel = keyof typeof scenarioColors;

export const SCALE_POINTS: readonly number[] = PLACEMENT_VALUES;

/** The whole scenarios a scale point lies on or between: [2] for 2, [2, 3] for 2½. */
export function scenarioNeighbours(value: number): [ScaleLevel] | [ScaleLevel, ScaleLevel] {
  const low = Math.min(4, Math.max(1, Math.floor(value))) as ScaleLevel;
  if (value === low) return [low];
  const high = Math.min(4, low + 1) as ScaleLevel;
  return [low, high];
}

/** A CSS background for a table cell: a solid colour, or diagonal stripes for a half step. */
export function scenarioBackground(value: number | null): string | undefined {
  if (value === null) return undefined;
  const levels = scenarioNeighbours(value);
  if (levels.length === 1) return scenarioColors[levels[0]];
  const [a, b] = levels.map((level) => scenarioColors[level]);
  return `repeating-linear-gradient(135deg, ${a} 0 7px, ${b} 7px 14px)`;
}

/** The id of the SVG pattern (see `ScalePatterns`) or the colour that fills a scale point. */
export function scenarioFill(value: number, idPrefix: string): string {
  const levels = scenarioNeighbours(value);
  return levels.length === 1 ? scenarioColors[levels[0]] : `url(#${patternId(idPrefix, value)})`;
}

export function patternId(idPrefix: string, value: number): string {
  return `${idPrefix}-scale-${String(value).replace('.', '-')}`;
}

/** A data key for a scale point that Recharts does not read as a path: 2.5 → "p25". */
export function scaleKey(value: number): string {
  return `p${Math.round(value * 10)}`;
}
