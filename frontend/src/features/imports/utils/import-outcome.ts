import type { ImportIssue, ImportReport } from '@zet/contracts';

/**
 * What a report means for the person importing: a check with errors blocks the import; a clean
 * check is ready (or has nothing new); a commit added rows or found them all imported before.
 */
export type ImportOutcome = 'blocked' | 'ready' | 'nothing-new' | 'imported' | 'unchanged';

export function importOutcome(report: ImportReport): ImportOutcome {
  if (report.dryRun) {
    if (report.errors.length > 0) return 'blocked';
    return report.counts.new > 0 ? 'ready' : 'nothing-new';
  }
  return report.counts.new > 0 ? 'imported' : 'unchanged';
}

/** Only a clean check leads to the import itself. */
export function canCommit(report: ImportReport): boolean {
  const outcome = importOutcome(report);
  return outcome === 'ready' || outcome === 'nothing-new';
}

type FieldError = { path: readonly (string | number)[]; message: string };

/**
 * A refused import (400) sends its row errors as problem+json field errors with the path
 * `['rows', rowNumber, column?]` or `['file']`; read them back as the report's issues.
 */
export function issuesFromFieldErrors(fieldErrors: readonly FieldError[]): ImportIssue[] {
  return fieldErrors.map(({ path, message }) => {
    const [scope, rowNumber, column] = path;
    if (scope === 'rows' && typeof rowNumber === 'number') {
      return { rowNumber, column: typeof column === 'string' ? column : null, message };
    }
    return { rowNumber: null, column: null, message };
  });
}
