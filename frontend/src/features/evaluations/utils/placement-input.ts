import { PLACEMENT_VALUES } from '@zet/contracts';

/**
 * A placement as typed quickly on the day: "2", "2,5", "2.5", "2½", "2-3" or "2/3" (between two
 * and three). Returns the scale point, or null for anything that is not one.
 */
export function parsePlacementInput(text: string): number | null {
  const value = text.trim().replace(/\s+/g, '');
  if (value === '') return null;
  const between = /^([1-4])[-/–]([1-4])$/.exec(value);
  if (between) {
    const low = Number(between[1]);
    const high = Number(between[2]);
    return high === low + 1 ? low + 0.5 : null;
  }
  const half = /^([1-4])½$/.exec(value);
  const number = half ? Number(half[1]) + 0.5 : Number(value.replace(',', '.'));
  return (PLACEMENT_VALUES as readonly number[]).includes(number) ? number : null;
}
