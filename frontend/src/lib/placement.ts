import { PLACEMENT_VALUES } from '@zet/contracts';

/**
 * Placements are ordinal: a scenario 1..4 or exactly between two adjacent ones. They are shown as
 * "2" or "2½", never as a decimal, and described in words as "scenario 2" or "tussen 2 en 3".
 */

/** Snaps to the scale (1, 1.5 … 4) so a stray decimal can never reach the screen. */
export function toScalePoint(value: number): number {
  const clamped = Math.min(4, Math.max(1, value));
  return Math.round(clamped * 2) / 2;
}

export function isPlacementValue(value: number): boolean {
  return (PLACEMENT_VALUES as readonly number[]).includes(value);
}

/** "2", "2½"; an em dash for no value. */
export function formatPlacement(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const point = toScalePoint(value);
  const whole = Math.floor(point);
  return point === whole ? String(whole) : `${whole}½`;
}

/** "scenario 2", "tussen 2 en 3"; "geen resultaat" for no value. */
export function describePlacement(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'geen resultaat';
  const point = toScalePoint(value);
  const whole = Math.floor(point);
  return point === whole ? `scenario ${whole}` : `tussen ${whole} en ${whole + 1}`;
}

/** "2–3" as a spread; a single value when low and high are the same. */
export function formatSpread(low: number | null, high: number | null): string {
  if (low === null || high === null) return '—';
  return low === high ? formatPlacement(low) : `${formatPlacement(low)}–${formatPlacement(high)}`;
}

/** "tussen 2 en 3", or "van scenario 2 tot 3" for a spread, in words. */
export function describeSpread(low: number | null, high: number | null): string {
  if (low === null || high === null) return 'geen spreiding';
  if (low === high) return `alle op ${describePlacement(low)}`;
  return `van ${formatPlacement(low)} tot ${formatPlacement(high)}`;
}
