import { useId } from 'react';
import type { CountRow, CountSeries } from './stacked-count-data';

type StackedCountTableProps = {
  caption: string;
  rowHeader: string;
  nHeader: string;
  rows: CountRow[];
  series: CountSeries[];
  /** Shown in a row whose n is 0. */
  emptyRow: string;
};

/** The counts per row and series, with n. */
export function StackedCountTable({
  caption,
  rowHeader,
  nHeader,
  rows,
  series,
  emptyRow,
}: StackedCountTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {series.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
            <th scope="col">{nHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.n === 0 ? (
                <td colSpan={series.length} className="data-table__empty">
                  {emptyRow}
                </td>
              ) : (
                series.map((s) => <td key={s.key}>{row.counts[s.key] ?? 0}</td>)
              )}
              <td>{row.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
