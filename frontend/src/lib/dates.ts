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

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

/** "14 maart 2026 om 09:30" for a moment (ISO date-time), in the reader's time zone. */
export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : dateTime.format(date);
}

/** "14 maart 2026": the day of a moment (ISO date-time), in the reader's time zone. */
export function formatDayOf(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : dateOnly.format(date);
}

const shortDateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

/** "14 mrt 2026, 09:30": a moment in a table column, in the reader's time zone. */
export function formatDateTimeShort(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : shortDateTime.format(date);
}
