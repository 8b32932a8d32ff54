import { PLACEMENT_VALUES } from '@zet/contracts';

export type DotColumn = { value: number; current: number; desired: number };

/** Individual placements counted per scale point, now and desired; no roles (anonymous). */
export function countPlacements(
  placements: readonly { current: number; desired: number | null }[],
): DotColumn[] {
  return PLACEMENT_VALUES.map((value) => ({
    value,
    current: placements.filter((p) => p.current === value).length,
    desired: placements.filter((p) => p.desired === value).length,
  }));
}

/**
 * Whether the dots may show: once everyone counted at the table has placed (so nobody is swayed
 * by the first sheets), or as soon as there are placements when nobody was counted.
 */
export function everyonePlaced(placed: number, present: number): boolean {
  if (placed === 0) return false;
  return present === 0 || placed >= present;
}

/** Centre of a scale point across four equal scenario columns, as a fraction of the width. */
export function scalePosition(value: number): number {
  return (value - 0.5) / 4;
}
