import {
  CAPTURE_FIELDS,
  newKey,
  sameField,
  type CaptureDraft,
  type CaptureField,
  type DraftFinding,
  type DraftParticipant,
  type DraftPlacement,
} from './capture-draft';

/**
 * Three-way merge of the capture document: `base` is what this browser last loaded from the
 * server, `mine` what was typed here since, `theirs` what the server holds now. A field changed
 * on one side only takes that side; a field changed on both sides (differently) is a conflict the
 * user settles: mine, theirs, or both combined (`combineField`).
 */
export type MergeResult = { merged: CaptureDraft; conflicts: CaptureField[] };

export type ConflictChoice = 'mine' | 'theirs' | 'combined';

/** Fields that have no sensible combination of two values: one of them must win. */
export const SINGLE_VALUE_FIELDS: readonly CaptureField[] = [
  'currentPlacement',
  'desiredPlacement',
];

export function canCombine(field: CaptureField): boolean {
  return !SINGLE_VALUE_FIELDS.includes(field);
}

export function mergeDrafts(
  base: CaptureDraft,
  mine: CaptureDraft,
  theirs: CaptureDraft,
): MergeResult {
  const merged: CaptureDraft = { ...theirs };
  const conflicts: CaptureField[] = [];
  for (const field of CAPTURE_FIELDS) {
    const mineChanged = !sameField(base, mine, field);
    const theirsChanged = !sameField(base, theirs, field);
    if (!mineChanged) continue; // theirs (changed or not) stands
    if (!theirsChanged || sameField(mine, theirs, field)) {
      setField(merged, field, mine[field]);
      continue;
    }
    conflicts.push(field);
    // Until the user decides, the form keeps showing what they typed.
    setField(merged, field, mine[field]);
  }
  return { merged, conflicts };
}

function setField<F extends CaptureField>(draft: CaptureDraft, field: F, value: CaptureDraft[F]) {
  draft[field] = value;
}

/** Both sides' changes of one field together, as far as they can be combined. */
export function combineField<F extends CaptureField>(
  field: F,
  base: CaptureDraft,
  mine: CaptureDraft,
  theirs: CaptureDraft,
): CaptureDraft[F] {
  return combiners[field](base, mine, theirs);
}

const combiners: {
  [F in CaptureField]: (
    base: CaptureDraft,
    mine: CaptureDraft,
    theirs: CaptureDraft,
  ) => CaptureDraft[F];
} = {
  participants: (b, m, t) => combineParticipants(b.participants, m.participants, t.participants),
  individualPlacements: (b, m, t) =>
    combinePlacements(b.individualPlacements, m.individualPlacements, t.individualPlacements),
  findings: (b, m, t) => combineFindings(b.findings, m.findings, t.findings),
  reflectionCards: (b, m, t) =>
    combineSets(b.reflectionCards, m.reflectionCards, t.reflectionCards),
  // No combination of two placements exists; "combined" keeps mine.
  currentPlacement: (_b, m) => m.currentPlacement,
  desiredPlacement: (_b, m) => m.desiredPlacement,
  rationale: (b, m, t) => combineText(b.rationale, m.rationale, t.rationale, '\n\n'),
  agreements: (b, m, t) => combineText(b.agreements, m.agreements, t.agreements, '\n\n'),
  plenaryReporter: (b, m, t) =>
    combineText(b.plenaryReporter, m.plenaryReporter, t.plenaryReporter, ' / '),
  notes: (b, m, t) => combineText(b.notes, m.notes, t.notes, '\n\n'),
};

/**
 * Two edits of one text. When both only added to the same start, both additions are kept;
 * when one contains the other, the longer one; otherwise theirs, then mine.
 */
export function combineText(base: string, mine: string, theirs: string, separator: string): string {
  if (mine === theirs) return mine;
  if (theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  if (base !== '' && mine.startsWith(base) && theirs.startsWith(base)) {
    const raw = mine.slice(base.length);
    const added = raw.trim();
    if (added === '') return theirs;
    // A sentence added to the same paragraph stays in it; a new paragraph stays one.
    const joint = /^[^\S\n]+\S/.test(raw) ? ' ' : separator;
    return `${theirs.trimEnd()}${joint}${added}`;
  }
  if (theirs.trim() === '') return mine;
  if (mine.trim() === '') return theirs;
  return `${theirs.trimEnd()}${separator}${mine.trim()}`;
}

/** Sets: what I added is added, what I removed is removed, the rest is theirs. */
export function combineSets(base: string[], mine: string[], theirs: string[]): string[] {
  const added = mine.filter((item) => !base.includes(item));
  const removed = new Set(base.filter((item) => !mine.includes(item)));
  const result = theirs.filter((item) => !removed.has(item));
  for (const item of added) if (!result.includes(item)) result.push(item);
  return result;
}

/** Counts per role and side: mine where I changed the count, theirs everywhere else. */
export function combineParticipants(
  base: DraftParticipant[],
  mine: DraftParticipant[],
  theirs: DraftParticipant[],
): DraftParticipant[] {
  const keyOf = (p: DraftParticipant) => `${p.role}|${p.side}`;
  const present = (list: DraftParticipant[], key: string) =>
    list.find((p) => keyOf(p) === key)?.present ?? 0;
  const result = theirs.map((p) => ({ ...p }));
  for (const p of mine) {
    const key = keyOf(p);
    if (present(mine, key) === present(base, key)) continue;
    const existing = result.find((r) => keyOf(r) === key);
    if (existing) existing.present = p.present;
    else result.push({ ...p });
  }
  for (const p of base) {
    const key = keyOf(p);
    if (!mine.some((m) => keyOf(m) === key)) {
      const existing = result.find((r) => keyOf(r) === key);
      if (existing) existing.present = 0;
    }
  }
  return result;
}

/**
 * Anonymous placements have no identity, so they merge as a multiset: the ones I entered are
 * added to theirs, the ones I removed are removed from theirs (when still there).
 */
export function combinePlacements(
  base: DraftPlacement[],
  mine: DraftPlacement[],
  theirs: DraftPlacement[],
  makeKey: () => string = newKey,
): DraftPlacement[] {
  const sig = (p: DraftPlacement) => `${p.role}|${p.current}|${p.desired ?? ''}`;
  const remaining = mine.map(sig);
  const removed: string[] = [];
  for (const p of base) {
    const index = remaining.indexOf(sig(p));
    if (index === -1) removed.push(sig(p));
    else remaining.splice(index, 1);
  }
  const baseLeft = base.map(sig);
  const added = mine.filter((p) => {
    const index = baseLeft.indexOf(sig(p));
    if (index === -1) return true;
    baseLeft.splice(index, 1);
    return false;
  });
  const result: DraftPlacement[] = [];
  for (const p of theirs) {
    const index = removed.indexOf(sig(p));
    if (index !== -1) removed.splice(index, 1);
    else result.push(p);
  }
  return [...result, ...added.map((p) => ({ ...p, key: makeKey() }))];
}

/**
 * Findings by id: my edits and removals apply to the points theirs still has; a point we both
 * edited keeps their text and gets mine beside it (no words lost); points I added come after.
 */
export function combineFindings(
  base: DraftFinding[],
  mine: DraftFinding[],
  theirs: DraftFinding[],
  makeKey: () => string = newKey,
): DraftFinding[] {
  const byId = (list: DraftFinding[]) =>
    new Map(list.filter((f) => f.id !== undefined).map((f) => [f.id as string, f]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const same = (a: DraftFinding | undefined, b: DraftFinding | undefined) =>
    a !== undefined && b !== undefined && a.kind === b.kind && a.text === b.text;

  const result: DraftFinding[] = [];
  const extra: DraftFinding[] = [];
  for (const t of theirs) {
    const id = t.id as string;
    const b = baseById.get(id);
    const m = mineById.get(id);
    if (b === undefined) {
      result.push(t); // theirs added it
      continue;
    }
    const theirsEdited = !same(b, t);
    if (m === undefined) {
      if (theirsEdited) result.push(t); // I removed it, they edited it: keep their words
      continue;
    }
    const mineEdited = !same(b, m);
    if (!mineEdited || same(m, t)) result.push(t);
    else if (!theirsEdited) result.push({ ...t, kind: m.kind, text: m.text });
    else {
      result.push(t);
      if (m.text.trim() !== '') extra.push({ key: makeKey(), kind: m.kind, text: m.text });
    }
  }
  for (const m of mine) {
    if (m.id === undefined) {
      extra.push(m);
      continue;
    }
    if (theirsById.has(m.id)) continue;
    // They removed it; keep it (as a new point) only when I changed it.
    const b = baseById.get(m.id);
    if (b === undefined || !same(b, m)) extra.push({ key: m.key, kind: m.kind, text: m.text });
  }
  return [...result, ...extra];
}

/** The merged draft with the user's choice applied to each conflicting field. */
export function resolveConflicts(
  result: MergeResult,
  base: CaptureDraft,
  mine: CaptureDraft,
  theirs: CaptureDraft,
  choices: Partial<Record<CaptureField, ConflictChoice>>,
  /** The text as the user finished it, for combined text fields. */
  editedText: Partial<Record<CaptureField, string>> = {},
): CaptureDraft {
  const resolved: CaptureDraft = { ...result.merged };
  for (const field of result.conflicts) {
    const choice = choices[field] ?? 'mine';
    if (choice === 'theirs') setField(resolved, field, theirs[field]);
    else if (choice === 'mine') setField(resolved, field, mine[field]);
    else {
      const text = editedText[field];
      if (text !== undefined && typeof resolved[field] === 'string') {
        setField(resolved, field, text as CaptureDraft[typeof field]);
      } else setField(resolved, field, combineField(field, base, mine, theirs));
    }
  }
  return resolved;
}
