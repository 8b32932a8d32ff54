import { ApiError, errorMessage } from '../../../lib/api-client';
import { importMessages as m } from '../messages';
import { issuesFromFieldErrors } from '../utils/import-outcome';
import { ImportIssuesTable } from './import-issues-table';

/** A check or import the server refused or could not answer, with its row errors if it sent any. */
export function ImportFailure({ error, dryRun }: { error: unknown; dryRun: boolean }) {
  const issues = error instanceof ApiError ? issuesFromFieldErrors(error.fieldErrors) : [];
  return (
    <div className="state state--error import-failure">
      <p className="state__title">{dryRun ? m.checkFailed : m.commitFailed}</p>
      <p className="state__body">{errorMessage(error)}</p>
      {issues.length > 0 ? <ImportIssuesTable issues={issues} /> : null}
    </div>
  );
}
