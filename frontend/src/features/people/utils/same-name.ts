/**
 * Whether the typed confirmation is the person's name, compared as the server does: spaces at
 * the ends ignored and runs of spaces counted as one, but letters and capitals exactly.
 */
export function isSameName(typed: string, name: string): boolean {
  const normalise = (value: string) => value.trim().replace(/\s+/g, ' ');
  return normalise(typed) !== '' && normalise(typed) === normalise(name);
}
