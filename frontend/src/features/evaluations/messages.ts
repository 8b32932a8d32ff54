import type { EvaluationStatus } from '@zet/contracts';

/** Dutch texts of the evaluation list. */
export const evaluationMessages = {
  title: 'Evaluaties',
  filtersLabel: 'Evaluaties filteren',
  schoolYearFilter: 'Schooljaar',
  locationFilter: 'Locatie',
  allSchoolYears: 'Alle schooljaren',
  allLocations: 'Alle locaties',
  clearFilters: 'Filters wissen',
  schoolYearHeading: (schoolYear: string) => `Schooljaar ${schoolYear}`,
  count: (n: number) => (n === 1 ? '1 evaluatie' : `${n} evaluaties`),
  status: { draft: 'Concept', finalised: 'Vastgesteld' } satisfies Record<EvaluationStatus, string>,
  partnershipWide: 'Partnerschapsbreed',
  heldOn: 'Datum',
  location: 'Locatie',
  themes: "Besproken thema's",
  noThemes: "Nog geen thema's gekozen.",
  sessions: (n: number) => (n === 1 ? '1 themagesprek' : `${n} themagesprekken`),
  empty: 'Nog geen evaluaties.',
  emptyHelp:
    'Plan een ZET-evaluatie voor een locatie of voor het hele partnerschap; daarna staat ze hier, per schooljaar.',
  emptyFiltered: 'Geen evaluaties die bij deze filters passen.',
  emptyFilteredHelp: 'Kies een ander schooljaar of een andere locatie, of wis de filters.',
  updating: 'Bezig met bijwerken…',
} as const;
