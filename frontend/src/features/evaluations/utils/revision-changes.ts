import type { FindingKind, ThemeSessionCapture, ThemeSessionRevision } from '@zet/contracts';
import {
  changedFields,
  draftFromCapture,
  type CaptureDraft,
  type CaptureField,
} from './capture-draft';

/** One correction: the state it replaced (`before`), the state it made (`after`), and what differs. */
export type RevisionEntry = {
  revision: ThemeSessionRevision;
  before: CaptureDraft;
  after: CaptureDraft;
  changed: CaptureField[];
};

/** Keys that stay the same between renders, so the history does not remount on every refetch. */
function stableKeys(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

/**
 * Pairs each revision (the state before correction n) with the state after it: the next
 * revision's snapshot, or the current document for the newest. Newest first.
 */
export function revisionEntries(
  revisions: readonly ThemeSessionRevision[],
  current: ThemeSessionCapture,
): RevisionEntry[] {
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  return newestFirst.map((revision, index) => {
    const later = newestFirst[index - 1];
    const before = draftFromCapture(revision.snapshot, stableKeys(`r${revision.revision}`));
    const after = later
      ? draftFromCapture(later.snapshot, stableKeys(`r${later.revision}`))
      : draftFromCapture(current, stableKeys('current'));
    return { revision, before, after, changed: changedFields(before, after) };
  });
}

type FindingLike = { id?: string; kind: FindingKind; text: string };

export type FindingChanges = {
  counts: { before: Record<FindingKind, number>; after: Record<FindingKind, number> };
  added: FindingLike[];
  removed: FindingLike[];
  edited: { before: FindingLike; after: FindingLike }[];
};

function countByKind(findings: readonly FindingLike[]): Record<FindingKind, number> {
  return {
    strength: findings.filter((f) => f.kind === 'strength').length,
    development: findings.filter((f) => f.kind === 'development').length,
  };
}

/** Points added, removed and reworded between two states (matched by id), with counts per kind. */
export function findingChanges(
  before: readonly FindingLike[],
  after: readonly FindingLike[],
): FindingChanges {
  const beforeById = new Map(before.filter((f) => f.id).map((f) => [f.id, f]));
  const afterIds = new Set(after.map((f) => f.id).filter(Boolean));
  const added: FindingLike[] = [];
  const edited: FindingChanges['edited'] = [];
  for (const finding of after) {
    const earlier = finding.id ? beforeById.get(finding.id) : undefined;
    if (!earlier) added.push(finding);
    else if (earlier.text !== finding.text || earlier.kind !== finding.kind) {
      edited.push({ before: earlier, after: finding });
    }
  }
  const removed = before.filter((f) => !f.id || !afterIds.has(f.id));
  return {
    counts: { before: countByKind(before), after: countByKind(after) },
    added,
    removed,
    edited,
  };
}
