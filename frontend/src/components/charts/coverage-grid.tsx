import type { Coverage, CoverageCell } from '@zet/contracts';
import { useId } from 'react';
import { chartMessages as m } from './chart-messages';
import { coverageRows, coverageState, coverageSummary, shortSchoolYear } from './coverage-data';
import './charts.css';

type CoverageGridProps = { coverage: Coverage; label: string };

/**
 * Which themes were evaluated where, and when last: a cell per locatie and theme with the school
 * year, hatched and marked in words when it was two years or more ago, or never.
 */
export function CoverageGrid({ coverage, label }: CoverageGridProps) {
  const labelId = useId();
  const rows = coverageRows(coverage, m.wholePartnership);
  const summary = coverageSummary(coverage);
  return (
    <div className="table-scroll heatmap" role="region" aria-labelledby={labelId} tabIndex={0}>
      <table className="heatmap__table coverage">
        <caption id={labelId} className="visually-hidden">
          {label}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap__corner">
              {m.tableLocation}
            </th>
            {coverage.themes.map((theme) => (
              <th scope="col" key={theme.code} className="heatmap__theme">
                <span>{theme.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="heatmap__location">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <CoverageCellView key={coverage.themes[index]?.code ?? index} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="heatmap__location">
              {m.coverageSummaryRow}
            </th>
            {summary.map((entry, index) => (
              <td key={coverage.themes[index]?.code ?? index} className="heatmap__summary">
                {entry ? (
                  <>
                    <span className="heatmap__meta">
                      {m.coverageEvaluated(entry.evaluated, entry.locations)}
                    </span>
                    {entry.stale > 0 ? (
                      <span className="heatmap__meta coverage__stale-count">
                        {m.coverageStaleCount(entry.stale)}
                      </span>
                    ) : null}
                  </>
                ) : (
                  '—'
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function CoverageCellView({ cell }: { cell: CoverageCell | null }) {
  const state = coverageState(cell);
  if (state === 'never' || !cell?.lastSchoolYear) {
    return (
      <td className="heatmap__cell coverage__cell coverage__cell--never">
        <span className="coverage__state">{m.coverageNever}</span>
      </td>
    );
  }
  return (
    <td className={`heatmap__cell coverage__cell coverage__cell--${state}`}>
      <span className="coverage__year">
        <span aria-hidden="true">{shortSchoolYear(cell.lastSchoolYear)}</span>
        <span className="visually-hidden">{m.coverageLast(cell.lastSchoolYear)}</span>
      </span>
      {state === 'stale' && cell.yearsSince !== null ? (
        <span className="coverage__state">{m.coverageYearsAgo(cell.yearsSince)}</span>
      ) : null}
      {cell.sessions > 1 ? (
        <span className="heatmap__meta">{m.coverageSessions(cell.sessions)}</span>
      ) : null}
    </td>
  );
}
