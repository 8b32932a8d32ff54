import type { ImportRow } from '@zet/contracts';
import { importMessages as m } from '../messages';

/** Rows an earlier import already has: skipped, with when and whether they differ now. */
export function SkippedRowsTable({ rows }: { rows: readonly ImportRow[] }) {
  const h = m.skippedHeaders;
  return (
    <div className="table-scroll">
      <table className="data-table import-skipped">
        <caption>{m.skippedCaption(rows.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{h.row}</th>
            <th scope="col">{h.what}</th>
            <th scope="col">{h.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rowNumber}>
              <td>{row.rowNumber}</td>
              <td>
                {[row.themeName ?? row.themeCode, row.groupLabel].filter(Boolean).join(' · ')}
              </td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
