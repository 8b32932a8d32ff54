import { describe, expect, it } from '@jest/globals';
import {
  changedFields,
  hasChanges,
  reconcileFindingIds,
  toCaptureInput,
  type DraftFinding,
} from './capture-draft';
import { buildDraft } from './capture-fixtures';

const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';

describe(toCaptureInput.name, () => {
  it('sends the whole document with the loaded version and leaves out empty points and zero counts', () => {
    const input = toCaptureInput(
      buildDraft({
        participants: [
          { role: 'student', side: 'school', present: 3 },
          { role: 'werkplekbegeleider', side: 'school', present: 0 },
        ],
        findings: [
          { key: 'a', id: ID_A, kind: 'strength', text: 'Goed' },
          { key: 'b', kind: 'development', text: '   ' },
          { key: 'c', kind: 'development', text: 'Beter' },
        ],
        currentPlacement: 2.5,
      }),
      7,
    );
    expect(input).toMatchObject({
      version: 7,
      participants: [{ role: 'student', side: 'school', present: 3 }],
      findings: [
        { id: ID_A, kind: 'strength', text: 'Goed' },
        { kind: 'development', text: 'Beter' },
      ],
      currentPlacement: 2.5,
      desiredPlacement: null,
      rationale: '',
    });
    expect(input.findings?.[1]).not.toHaveProperty('id');
  });
});

describe(changedFields.name, () => {
  it('ignores list keys, zero counts and the order of counts', () => {
    const base = buildDraft({
      participants: [
        { role: 'student', side: 'school', present: 2 },
        { role: 'instituutsopleider', side: 'instituut', present: 1 },
      ],
      individualPlacements: [{ key: 'x', role: 'student', current: 2, desired: 3 }],
    });
    const draft = buildDraft({
      participants: [
        { role: 'instituutsopleider', side: 'instituut', present: 1 },
        { role: 'schoolleider', side: 'school', present: 0 },
        { role: 'student', side: 'school', present: 2 },
      ],
      individualPlacements: [{ key: 'y', role: 'student', current: 2, desired: 3 }],
    });
    expect(changedFields(base, draft)).toEqual([]);
    expect(hasChanges(base, draft)).toBe(false);
  });

  it('names each field that differs when text or placement changed', () => {
    const base = buildDraft();
    const draft = buildDraft({ rationale: 'Omdat', desiredPlacement: 3 });
    expect(changedFields(base, draft)).toEqual(['desiredPlacement', 'rationale']);
  });

  it('does not count a point that is still empty when one is being typed', () => {
    expect(
      hasChanges(
        buildDraft(),
        buildDraft({ findings: [{ key: 'k', kind: 'strength', text: '' }] }),
      ),
    ).toBe(false);
  });
});

describe(reconcileFindingIds.name, () => {
  const typed: DraftFinding[] = [
    { key: 'k1', kind: 'strength', text: 'Eerste' },
    { key: 'k2', kind: 'development', text: '' },
    { key: 'k3', kind: 'development', text: 'Tweede' },
  ];

  it('gives sent new points the ids of the answer, in the order they were sent', () => {
    const sent = buildDraft({ findings: typed });
    const draft = buildDraft({
      findings: [...typed, { key: 'k4', kind: 'strength', text: 'Getypt tijdens het bewaren' }],
    });
    const result = reconcileFindingIds(draft, sent, {
      findings: [
        { id: ID_A, kind: 'strength', text: 'Eerste' },
        { id: ID_B, kind: 'development', text: 'Tweede' },
      ],
    });
    expect(result.findings.map((f) => [f.key, f.id])).toEqual([
      ['k1', ID_A],
      ['k2', undefined],
      ['k3', ID_B],
      ['k4', undefined],
    ]);
  });

  it('drops an id the server no longer has when the point was emptied and typed again', () => {
    const sent = buildDraft({ findings: [{ key: ID_A, id: ID_A, kind: 'strength', text: '' }] });
    const draft = buildDraft({
      findings: [{ key: ID_A, id: ID_A, kind: 'strength', text: 'Opnieuw' }],
    });
    const result = reconcileFindingIds(draft, sent, { findings: [] });
    expect(result.findings).toEqual([{ key: ID_A, kind: 'strength', text: 'Opnieuw' }]);
  });

  it('returns the same draft when nothing changes', () => {
    const draft = buildDraft({ findings: [{ key: ID_A, id: ID_A, kind: 'strength', text: 'a' }] });
    const result = reconcileFindingIds(draft, draft, {
      findings: [{ id: ID_A, kind: 'strength', text: 'a' }],
    });
    expect(result).toBe(draft);
  });
});
