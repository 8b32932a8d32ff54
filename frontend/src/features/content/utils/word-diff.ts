import type { AdaptationValue } from '@zet/contracts';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words and the whitespace between them, so a diff can be put back together exactly. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Token count above which the exact comparison would cost too much; then the texts count as replaced. */
const MAX_CELLS = 4_000_000;

/**
 * A word diff of `before` → `after` by longest common subsequence over words (whitespace tokens
 * are kept with their neighbours). Adjacent parts of the same kind are merged; whitespace between
 * two changes joins the change, so "a b" → "c d" reads as one replacement, not four.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length * b.length > MAX_CELLS) {
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  }

  // Common prefix and suffix first: most edits touch a small part of a long text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  // lcs[i][j]: length of the LCS of midA[i..] and midB[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        midA[i] === midB[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => parts.push({ kind, text });
  if (start > 0) push('same', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (midA[i] === midB[j]) {
      push('same', midA[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      push('removed', midA[i]!);
      i++;
    } else {
      push('added', midB[j]!);
      j++;
    }
  }
  while (i < n) push('removed', midA[i++]!);
  while (j < m) push('added', midB[j++]!);
  if (endA < a.length) push('same', a.slice(endA).join(''));
  return merge(absorbShortEqualities(merge(absorbWhitespace(parts))));
}

/** Words an unchanged stretch may have and still be read as part of the changes around it. */
const SHORT_EQUALITY_WORDS = 2;

/**
 * Two rewritten sentences share small words ("van de", "en"); marking those as unchanged chops a
 * rewrite into confetti. An unchanged stretch of at most two words between changes that are both
 * longer than it becomes part of the change (diff-match-patch's semantic cleanup, simplified).
 */
function absorbShortEqualities(parts: DiffPart[]): DiffPart[] {
  const changeLength = (index: number, step: 1 | -1) => {
    let length = 0;
    for (let i = index; parts[i] !== undefined && parts[i]!.kind !== 'same'; i += step) {
      length = Math.max(length, parts[i]!.text.length);
    }
    return length;
  };
  const out: DiffPart[] = [];
  parts.forEach((part, index) => {
    const before = changeLength(index - 1, -1);
    const after = changeLength(index + 1, 1);
    const short =
      part.kind === 'same' &&
      before > 0 &&
      after > 0 &&
      part.text.trim().split(/\s+/).length <= SHORT_EQUALITY_WORDS &&
      part.text.length < Math.min(before, after);
    if (short) {
      out.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
    } else {
      out.push(part);
    }
  });
  return reorderChanges(out);
}

/** A lone whitespace token between two changes belongs to the change on both sides. */
function absorbWhitespace(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((part, index) => {
    const prev = parts[index - 1];
    const next = parts[index + 1];
    const between =
      part.kind === 'same' &&
      /^\s+$/.test(part.text) &&
      prev !== undefined &&
      next !== undefined &&
      prev.kind !== 'same' &&
      next.kind !== 'same';
    if (between) {
      out.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
    } else {
      out.push(part);
    }
  });
  // Keep removals before additions within one changed stretch, so each side reads in order.
  return reorderChanges(out);
}

function reorderChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed: DiffPart[] = [];
  let added: DiffPart[] = [];
  const flush = () => {
    out.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.kind === 'removed') removed.push(part);
    else if (part.kind === 'added') added.push(part);
    else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out;
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The side of a diff one column shows: the base without additions, or the new text without removals. */
export function sideOf(parts: readonly DiffPart[], side: 'base' | 'partnership'): DiffPart[] {
  const hidden = side === 'base' ? 'added' : 'removed';
  return parts.filter((part) => part.kind !== hidden);
}

/** Whether a diff changes anything at all. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

/**
 * An adaptation value as plain text to compare: lists one item a line, a reflection card as
 * its title, insight and questions.
 */
export function adaptationText(value: AdaptationValue | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => `• ${item}`).join('\n');
  return [value.title, value.insight, ...value.questions.map((q) => `• ${q}`)].join('\n\n');
}
