import type { EvaluationSummary } from '@zet/contracts';
import { compareSchoolYearsDesc } from '../../../lib/dates';

export type SchoolYearGroup = { schoolYear: string; evaluations: EvaluationSummary[] };

/** Evaluations per schooljaar, newest year first and, within a year, the latest date first. */
export function groupBySchoolYear(evaluations: readonly EvaluationSummary[]): SchoolYearGroup[] {
  const byYear = new Map<string, EvaluationSummary[]>();
  for (const evaluation of evaluations) {
    const group = byYear.get(evaluation.schoolYear);
    if (group) group.push(evaluation);
    else byYear.set(evaluation.schoolYear, [evaluation]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => compareSchoolYearsDesc(a, b))
    .map(([schoolYear, items]) => ({
      schoolYear,
      evaluations: items.sort(
        (a, b) => b.heldOn.localeCompare(a.heldOn) || a.title.localeCompare(b.title, 'nl'),
      ),
    }));
}
