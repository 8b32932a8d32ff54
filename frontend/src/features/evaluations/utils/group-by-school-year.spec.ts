import { describe, expect, it } from '@jest/globals';
import type { EvaluationSummary } from '@zet/contracts';
import { groupBySchoolYear } from './group-by-school-year';

function buildEvaluation(overrides: Partial<EvaluationSummary>): EvaluationSummary {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    title: 'ZET-dag',
    heldOn: '2025-03-14',
    schoolYear: '2024-2025',
    location: null,
    status: 'finalised',
    contentVersion: 'zet-2025',
    themeCodes: [],
    sessionCount: 0,
    ...overrides,
  };
}

describe(groupBySchoolYear.name, () => {
  it('puts the newest school year first and the latest date first within a year', () => {
    const groups = groupBySchoolYear([
      buildEvaluation({ title: 'oud', schoolYear: '2023-2024', heldOn: '2024-02-01' }),
      buildEvaluation({ title: 'vroeg', schoolYear: '2024-2025', heldOn: '2024-11-05' }),
      buildEvaluation({ title: 'laat', schoolYear: '2024-2025', heldOn: '2025-04-10' }),
    ]);
    expect(groups.map((g) => g.schoolYear)).toEqual(['2024-2025', '2023-2024']);
    expect(groups[0]?.evaluations.map((e) => e.title)).toEqual(['laat', 'vroeg']);
  });

  it('returns no groups for no evaluations', () => {
    expect(groupBySchoolYear([])).toEqual([]);
  });
});
