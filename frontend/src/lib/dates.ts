const longDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

/** "14 maart 2026" for an ISO date ("2026-03-14"); read as a calendar day, not a moment. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}

/** Newest school year first; "2025-2026" strings sort as their first year. */
export function compareSchoolYearsDesc(a: string, b: string): number {
  return b.localeCompare(a);
}
