import { describe, expect, it } from '@jest/globals';
import type { DraftFinding } from './capture-draft';
import { moveFinding } from './finding-order';

const list: DraftFinding[] = [
  { key: 's1', kind: 'strength', text: 'a' },
  { key: 'd1', kind: 'development', text: 'b' },
  { key: 's2', kind: 'strength', text: 'c' },
  { key: 'd2', kind: 'development', text: 'd' },
];

describe(moveFinding.name, () => {
  it('swaps a point with the previous point of the same kind, skipping the other kind', () => {
    expect(moveFinding(list, 's2', -1).map((f) => f.key)).toEqual(['s2', 'd1', 's1', 'd2']);
  });

  it('moves a point down among its own kind', () => {
    expect(moveFinding(list, 'd1', 1).map((f) => f.key)).toEqual(['s1', 'd2', 's2', 'd1']);
  });

  it('leaves the list as it is at the top or bottom of a kind', () => {
    expect(moveFinding(list, 's1', -1)).toBe(list);
    expect(moveFinding(list, 'd2', 1)).toBe(list);
  });
});
