import { describePlacement, formatPlacement } from '../../lib/placement';

/** "2½" on screen, "tussen 2 en 3" for screen readers. */
export function PlacementValue({ value }: { value: number | null }) {
  return (
    <span className="placement-value">
      <span aria-hidden="true">{formatPlacement(value)}</span>
      <span className="visually-hidden">{describePlacement(value)}</span>
    </span>
  );
}
