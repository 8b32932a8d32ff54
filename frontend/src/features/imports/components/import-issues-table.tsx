import type { ImportIssue } from '@zet/contracts';
import { importMessages as m } from '../messages';

/** Every problem with its row and column as the spreadsheet shows them. */
export function ImportIssuesTable({ issues }: { issues: readonly ImportIssue[] }) {
  const h = m.errorHeaders;
  return (
    <div className="table-scroll">
      <table className="data-table import-issues">
        <caption>{m.errorsCaption(issues.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{h.row}</th>
            <th scope="col">{h.column}</th>
            <th scope="col">{h.message}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.rowNumber ?? 'file'}:${issue.column ?? ''}:${i}`}>
              <td>{issue.rowNumber ?? m.wholeFile}</td>
              <td>{issue.column ?? (issue.rowNumber === null ? '' : m.wholeRow)}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
