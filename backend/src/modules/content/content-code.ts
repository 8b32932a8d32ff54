/** Longest code this module makes; leaves room in an override path (`reflectionCards.<code>`). */
export const MAX_GENERATED_CODE_LENGTH = 60;

/**
 * A content code (`kleine-letters-cijfers-en-streepjes`) made from a Dutch title, unique among
 * `taken`: "Wat zie je écht?" → `wat-zie-je-echt`, then `wat-zie-je-echt-2`, … Falls back to
 * `fallback` when the title has no letters or digits.
 */
export function codeFromTitle(title: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX_GENERATED_CODE_LENGTH)
      .replace(/^-+|-+$/g, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_GENERATED_CODE_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
