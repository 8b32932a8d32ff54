import type { SafeguardOverview } from '@zet/contracts';

type Year = SafeguardOverview['years'][number];

/** The first and the newest school year with results under a waarborg (the trend's ends). */
export function firstAndLatest(overview: Pick<SafeguardOverview, 'years'>): {
  first: Year | undefined;
  latest: Year | undefined;
} {
  const withResults = [...overview.years]
    .filter((year) => year.results > 0)
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  return { first: withResults[0], latest: withResults.at(-1) };
}
