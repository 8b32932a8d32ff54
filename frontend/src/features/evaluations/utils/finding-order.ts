import type { DraftFinding } from './capture-draft';

/** Moves the item one place up or down among the items of its own kind. */
export function moveFinding(
  findings: DraftFinding[],
  key: string,
  direction: -1 | 1,
): DraftFinding[] {
  const index = findings.findIndex((f) => f.key === key);
  const item = findings[index];
  if (!item) return findings;
  let target = index + direction;
  while (target >= 0 && target < findings.length && findings[target]?.kind !== item.kind) {
    target += direction;
  }
  const other = findings[target];
  if (!other) return findings;
  const next = [...findings];
  next[index] = other;
  next[target] = item;
  return next;
}
