import { SCALE_POINTS } from './scenario-scale';

/**
 * Reshapes a list of moves between scale points into a from × to matrix over the points that
 * occur, and into sentences for the table. Counts are the server's; nothing is added up here.
 */

export type Transition = { from: number; to: number; count: number };
export type TransitionDirection = 'up' | 'same' | 'down';
export type TransitionMatrix = {
  /** The scale points that occur as a start or an end, in scale order. */
  points: number[];
  /** counts[i][j]: moves from points[i] to points[j]; 0 where there were none. */
  counts: number[][];
  /** The largest count, to shade the cells relative to it. */
  max: number;
};

export function transitionMatrix(transitions: readonly Transition[]): TransitionMatrix {
  const present = new Set(transitions.flatMap((t) => [t.from, t.to]));
  const points = SCALE_POINTS.filter((point) => present.has(point));
  const index = new Map(points.map((point, i) => [point, i]));
  const counts = points.map(() => points.map(() => 0));
  let max = 0;
  for (const t of transitions) {
    const i = index.get(t.from);
    const j = index.get(t.to);
    const row = i === undefined ? undefined : counts[i];
    if (row && j !== undefined) {
      row[j] = t.count;
      max = Math.max(max, t.count);
    }
  }
  return { points, counts, max };
}

export function transitionDirection(t: Pick<Transition, 'from' | 'to'>): TransitionDirection {
  return t.to > t.from ? 'up' : t.to < t.from ? 'down' : 'same';
}

/** The moves, most frequent first (then upward before downward, then by scale). */
export function transitionsByCount(transitions: readonly Transition[]): Transition[] {
  return [...transitions]
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || b.to - b.from - (a.to - a.from) || a.from - b.from);
}

/** 0..1: how dark a cell is shaded, relative to the largest count (0 stays blank). */
export function transitionShade(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : 0.15 + 0.85 * (count / max);
}
