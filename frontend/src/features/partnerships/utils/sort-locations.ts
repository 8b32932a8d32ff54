import type { Location } from '@zet/contracts';

/** Active locaties first, archived ones after; each group alphabetical (Dutch collation). */
export function sortLocations(locations: readonly Location[]): Location[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...locations].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || collator.compare(a.name, b.name),
  );
}
