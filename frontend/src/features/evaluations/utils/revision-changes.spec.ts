import type { ThemeSessionCapture, ThemeSessionRevision } from '@zet/contracts';
import { describe, expect, it } from '@jest/globals';
import { findingChanges, revisionEntries } from './revision-changes';

const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';
const ID_C = '33333333-3333-4333-8333-333333333333';

const outcome = {
  participants: [],
  individualPlacements: [],
  findings: [{ id: ID_A, kind: 'strength' as const, text: 'Goed' }],
  reflectionCards: [],
  currentPlacement: 2,
  desiredPlacement: 3,
  rationale: 'Omdat',
  agreements: '',
  plenaryReporter: '',
  notes: '',
};

function revision(n: number, changes: Partial<typeof outcome>): ThemeSessionRevision {
  return {
    revision: n,
    reason: `Reden ${n}`,
    createdAt: '2025-01-0' + n + 'T10:00:00.000Z',
    createdBy: null,
    snapshot: { ...outcome, ...changes, version: n + 1 },
  };
}

describe(revisionEntries.name, () => {
  it('pairs each revision with the next state, newest first', () => {
    const current = { ...outcome, currentPlacement: 1, rationale: 'Nu anders' };
    const entries = revisionEntries(
      [revision(1, {}), revision(2, { currentPlacement: 1.5 })],
      current as unknown as ThemeSessionCapture,
    );
    expect(entries.map((e) => e.revision.revision)).toEqual([2, 1]);
    expect(entries[0]).toMatchObject({
      changed: ['currentPlacement', 'rationale'],
      before: { currentPlacement: 1.5, rationale: 'Omdat' },
      after: { currentPlacement: 1, rationale: 'Nu anders' },
    });
    expect(entries[1]).toMatchObject({
      changed: ['currentPlacement'],
      before: { currentPlacement: 2 },
      after: { currentPlacement: 1.5 },
    });
  });
});

describe(findingChanges.name, () => {
  it('counts per kind and lists added, removed and reworded points', () => {
    const changes = findingChanges(
      [
        { id: ID_A, kind: 'strength', text: 'Goed' },
        { id: ID_B, kind: 'development', text: 'Weg' },
      ],
      [
        { id: ID_A, kind: 'strength', text: 'Heel goed' },
        { id: ID_C, kind: 'strength', text: 'Nieuw' },
      ],
    );
    expect(changes.counts).toEqual({
      before: { strength: 1, development: 1 },
      after: { strength: 2, development: 0 },
    });
    expect(changes.added.map((f) => f.text)).toEqual(['Nieuw']);
    expect(changes.removed.map((f) => f.text)).toEqual(['Weg']);
    expect(changes.edited.map((e) => [e.before.text, e.after.text])).toEqual([
      ['Goed', 'Heel goed'],
    ]);
  });
});
