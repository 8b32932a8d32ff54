import { describe, expect, it } from '@jest/globals';
import type { CommonThread } from '@zet/contracts';
import {
  mergeCandidates,
  readThreadStatus,
  threadsByStatus,
  withThreadStatus,
} from './thread-status';

function buildThread(overrides: Partial<CommonThread> = {}): CommonThread {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'Feedback blijft vrijblijvend',
    description: '',
    kind: 'finding',
    pattern: 'recurring_finding',
    status: 'suggested',
    theme: { code: 'coachen-en-feedback', name: 'Coachen en feedback' },
    schoolYear: '2024-2025',
    locations: 2,
    findings: [],
    version: 1,
    updatedAt: '2025-06-01T10:00:00.000Z',
    ...overrides,
  };
}

describe(readThreadStatus.name, () => {
  it('reads the Dutch tab name from the URL', () => {
    expect(readThreadStatus(new URLSearchParams('rodelijnen=bevestigd'))).toBe('confirmed');
  });

  it('falls back to the suggestions when the URL has no or an unknown tab', () => {
    expect(readThreadStatus(new URLSearchParams(''))).toBe('suggested');
    expect(readThreadStatus(new URLSearchParams('rodelijnen=alles'))).toBe('suggested');
  });
});

describe(withThreadStatus.name, () => {
  it('keeps the other params and leaves the default tab out', () => {
    expect(withThreadStatus(new URLSearchParams('jaar=2024-2025'), 'dismissed')).toBe(
      '?jaar=2024-2025&rodelijnen=afgewezen',
    );
    expect(
      withThreadStatus(new URLSearchParams('jaar=2024-2025&rodelijnen=afgewezen'), 'suggested'),
    ).toBe('?jaar=2024-2025');
  });
});

describe(threadsByStatus.name, () => {
  it('groups threads by status in the server order', () => {
    const a = buildThread({ id: 'a', status: 'confirmed' });
    const b = buildThread({ id: 'b' });
    const c = buildThread({ id: 'c', status: 'confirmed' });
    const groups = threadsByStatus([a, b, c]);
    expect(groups.confirmed.map((t) => t.id)).toEqual(['a', 'c']);
    expect(groups.suggested.map((t) => t.id)).toEqual(['b']);
    expect(groups.dismissed).toEqual([]);
  });
});

describe(mergeCandidates.name, () => {
  it('offers other live threads of the same school year only', () => {
    const target = buildThread({ id: 'target' });
    const same = buildThread({ id: 'same', status: 'confirmed' });
    const dismissed = buildThread({ id: 'dismissed', status: 'dismissed' });
    const otherYear = buildThread({ id: 'other', schoolYear: '2023-2024' });
    expect(mergeCandidates(target, [target, same, dismissed, otherYear]).map((t) => t.id)).toEqual([
      'same',
    ]);
  });
});
