import { describe, expect, it } from '@jest/globals';
import { buildDraft, sequentialKeys } from './capture-fixtures';
import {
  combineFindings,
  combineParticipants,
  combinePlacements,
  combineSets,
  combineText,
  mergeDrafts,
  resolveConflicts,
} from './capture-merge';

const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';
const ID_C = '33333333-3333-4333-8333-333333333333';

describe(mergeDrafts.name, () => {
  it('takes each side where only that side changed, without conflicts', () => {
    const base = buildDraft({ rationale: 'a', agreements: 'b' });
    const mine = buildDraft({ rationale: 'a, aangevuld', agreements: 'b' });
    const theirs = buildDraft({ rationale: 'a', agreements: 'b', currentPlacement: 3 });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({
      rationale: 'a, aangevuld',
      agreements: 'b',
      currentPlacement: 3,
    });
  });

  it('reports a field both sides changed differently and keeps mine until the user decides', () => {
    const base = buildDraft({ currentPlacement: 2 });
    const { merged, conflicts } = mergeDrafts(
      base,
      buildDraft({ currentPlacement: 2.5, rationale: 'x' }),
      buildDraft({ currentPlacement: 3, rationale: 'x' }),
    );
    expect(conflicts).toEqual(['currentPlacement']);
    expect(merged.currentPlacement).toBe(2.5);
    expect(merged.rationale).toBe('x');
  });

  it('sees no conflict when both sides made the same change', () => {
    const { conflicts } = mergeDrafts(
      buildDraft(),
      buildDraft({ desiredPlacement: 4 }),
      buildDraft({ desiredPlacement: 4 }),
    );
    expect(conflicts).toEqual([]);
  });
});

describe(resolveConflicts.name, () => {
  const base = buildDraft({ rationale: 'Start.', currentPlacement: 2 });
  const mine = buildDraft({ rationale: 'Start. Mijn zin.', currentPlacement: 2.5 });
  const theirs = buildDraft({ rationale: 'Start. Hun zin.', currentPlacement: 3 });
  const result = mergeDrafts(base, mine, theirs);

  it('applies theirs, mine or the combination per field', () => {
    const resolved = resolveConflicts(result, base, mine, theirs, {
      currentPlacement: 'theirs',
      rationale: 'combined',
    });
    expect(resolved.currentPlacement).toBe(3);
    expect(resolved.rationale).toBe('Start. Hun zin. Mijn zin.');
  });

  it('uses the combined text as the user edited it', () => {
    const resolved = resolveConflicts(
      result,
      base,
      mine,
      theirs,
      { rationale: 'combined' },
      { rationale: 'Samen herschreven.' },
    );
    expect(resolved.rationale).toBe('Samen herschreven.');
    expect(resolved.currentPlacement).toBe(2.5);
  });
});

describe(combineText.name, () => {
  it('keeps both additions when both sides appended to the same text', () => {
    expect(combineText('Basis.', 'Basis. Mijn.', 'Basis. Hun.', '\n\n')).toBe('Basis. Hun. Mijn.');
    expect(combineText('Basis.', 'Basis.\nMijn.', 'Basis. Hun.', '\n\n')).toBe(
      'Basis. Hun.\n\nMijn.',
    );
  });

  it('keeps the longer text when one contains the other', () => {
    expect(combineText('', 'kort', 'kort en lang', '\n')).toBe('kort en lang');
  });

  it('puts theirs first, then mine, for unrelated texts', () => {
    expect(combineText('oud', 'A', 'B', ' / ')).toBe('B / A');
  });
});

describe(combineSets.name, () => {
  it('adds what I added and removes what I removed', () => {
    expect(combineSets(['a', 'b'], ['b', 'c'], ['a', 'b', 'd'])).toEqual(['b', 'd', 'c']);
  });
});

describe(combineParticipants.name, () => {
  it('takes my counts where I changed them and theirs elsewhere', () => {
    const result = combineParticipants(
      [
        { role: 'student', side: 'school', present: 1 },
        { role: 'schoolleider', side: 'school', present: 1 },
      ],
      [
        { role: 'student', side: 'school', present: 4 },
        { role: 'schoolleider', side: 'school', present: 1 },
      ],
      [
        { role: 'student', side: 'school', present: 2 },
        { role: 'schoolleider', side: 'school', present: 2 },
        { role: 'instituutsopleider', side: 'instituut', present: 1 },
      ],
    );
    expect(result).toEqual([
      { role: 'student', side: 'school', present: 4 },
      { role: 'schoolleider', side: 'school', present: 2 },
      { role: 'instituutsopleider', side: 'instituut', present: 1 },
    ]);
  });
});

describe(combinePlacements.name, () => {
  const p = (key: string, role: string, current: number, desired: number | null) => ({
    key,
    role,
    current,
    desired,
  });

  it('adds the placements I entered to theirs and removes the ones I deleted', () => {
    const base = [p('b1', 'student', 2, 3), p('b2', 'student', 2, 3)];
    const mine = [p('m1', 'student', 2, 3), p('m2', 'schoolleider', 3, 4)];
    const theirs = [
      p('t1', 'student', 2, 3),
      p('t2', 'student', 2, 3),
      p('t3', 'werkplekbegeleider', 1, 2),
    ];
    const result = combinePlacements(base, mine, theirs, sequentialKeys());
    expect(result.map((x) => [x.role, x.current, x.desired])).toEqual([
      ['student', 2, 3],
      ['werkplekbegeleider', 1, 2],
      ['schoolleider', 3, 4],
    ]);
  });
});

describe(combineFindings.name, () => {
  const f = (id: string | undefined, text: string, key = id ?? text) =>
    id === undefined
      ? { key, kind: 'strength' as const, text }
      : { key, id, kind: 'strength' as const, text };

  it('applies my edits and removals to their list and appends my new points', () => {
    const base = [f(ID_A, 'a'), f(ID_B, 'b')];
    const mine = [f(ID_A, 'a, beter gezegd'), f(undefined, 'nieuw van mij')];
    const theirs = [f(ID_A, 'a'), f(ID_B, 'b'), f(ID_C, 'nieuw van hen')];
    const result = combineFindings(base, mine, theirs, sequentialKeys());
    expect(result.map((x) => [x.id, x.text])).toEqual([
      [ID_A, 'a, beter gezegd'],
      [ID_C, 'nieuw van hen'],
      [undefined, 'nieuw van mij'],
    ]);
  });

  it('keeps both texts when both sides rewrote the same point', () => {
    const result = combineFindings(
      [f(ID_A, 'a')],
      [f(ID_A, 'mijn a')],
      [f(ID_A, 'hun a')],
      sequentialKeys(),
    );
    expect(result.map((x) => [x.id, x.text])).toEqual([
      [ID_A, 'hun a'],
      [undefined, 'mijn a'],
    ]);
  });

  it('keeps a point I rewrote that they removed, as a new point', () => {
    const result = combineFindings([f(ID_A, 'a')], [f(ID_A, 'mijn a')], [], sequentialKeys());
    expect(result).toEqual([{ key: ID_A, kind: 'strength', text: 'mijn a' }]);
  });
});
