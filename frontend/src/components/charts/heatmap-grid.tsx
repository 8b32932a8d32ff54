import type { Heatmap } from '@zet/contracts';
import { useId } from 'react';
import { describePlacement, formatPlacement, formatSpread } from '../../lib/placement';
import { chartMessages as m } from './chart-messages';
import { heatmapColumns, heatmapRows, heatmapSummary, type HeatmapCell } from './heatmap-data';
import { scenarioBackground } from './scenario-scale';
import './charts.css';

type HeatmapGridProps = {
  heatmap: Heatmap;
  /** Caption of the grid, read out by screen readers (the figure shows it visibly). */
  label: string;
};

/**
 * Locaties × themes for one school year: the current placement as colour (stripes between two
 * scenarios) and as a printed number, the desired one beside it, the spread when several groups
 * discussed the theme. The last row is the partnership's unnamed distribution with n.
 */
export function HeatmapGrid({ heatmap, label }: HeatmapGridProps) {
  const labelId = useId();
  const columns = heatmapColumns(heatmap);
  const rows = heatmapRows(heatmap, m.wholePartnership);
  const summary = heatmapSummary(heatmap);
  return (
    <div className="table-scroll heatmap" role="region" aria-labelledby={labelId} tabIndex={0}>
      <table className="heatmap__table">
        <caption id={labelId} className="visually-hidden">
          {label}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap__corner">
              {m.tableLocation}
            </th>
            {columns.map((column) => (
              <th scope="col" key={column.code} className="heatmap__theme">
                <span>{column.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.locationId === null ? 'heatmap__whole' : undefined}>
              <th scope="row" className="heatmap__location">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <HeatmapCellView key={columns[index]?.code ?? index} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="heatmap__location">
              {m.heatmapSummaryRow}
            </th>
            {summary.map((entry, index) => (
              <td key={columns[index]?.code ?? index} className="heatmap__summary">
                {entry && entry.median !== null ? (
                  <>
                    <span className="heatmap__value">
                      <span aria-hidden="true">{formatPlacement(entry.median)}</span>
                      <span className="visually-hidden">
                        {m.median}: {describePlacement(entry.median)}
                      </span>
                    </span>
                    <span className="heatmap__meta">
                      {formatSpread(entry.low, entry.high)}
                      <span className="visually-hidden">
                        {' '}
                        ({m.cellSpread(entry.low, entry.high)})
                      </span>
                    </span>
                    <span className="heatmap__meta">{m.n(entry.locations)}</span>
                  </>
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{m.noResult}</span>
                    <span className="heatmap__meta">{m.n(entry?.locations ?? 0)}</span>
                  </>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function HeatmapCellView({ cell }: { cell: HeatmapCell | null }) {
  if (!cell || (cell.current === null && cell.desired === null)) {
    return (
      <td className="heatmap__cell heatmap__cell--empty">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{m.noResult}</span>
      </td>
    );
  }
  const background = scenarioBackground(cell.current);
  return (
    <td className="heatmap__cell" style={background ? { background } : undefined}>
      <span className="heatmap__value">
        <span aria-hidden="true">{formatPlacement(cell.current)}</span>
        <span className="visually-hidden">{m.srCurrent(cell.current)}</span>
      </span>
      {cell.desired !== null ? (
        <span className="heatmap__desired">
          <span aria-hidden="true">→ {formatPlacement(cell.desired)}</span>
          <span className="visually-hidden">, {m.srDesired(cell.desired)}</span>
        </span>
      ) : null}
      {cell.groups > 1 ? (
        <span className="heatmap__groups">
          <span aria-hidden="true">
            {cell.groups}× {formatSpread(cell.currentLow, cell.currentHigh)}
          </span>
          <span className="visually-hidden">
            , {m.groups(cell.groups)}, {m.cellSpread(cell.currentLow, cell.currentHigh)}
          </span>
        </span>
      ) : null}
    </td>
  );
}
