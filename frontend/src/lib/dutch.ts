/** "a", "a en b", "a, b en c": a Dutch enumeration. */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1) ?? ''}`;
}
