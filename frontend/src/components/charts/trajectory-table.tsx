import type { ThemeTrajectory } from '@zet/contracts';
import { useId } from 'react';
import { PlacementValue } from '../ui/placement-value';
import { chartMessages as m } from './chart-messages';
import { Marker } from './marker';
import { hasWholePartnership, trajectoryLines, trajectoryRows } from './trajectory-chart-data';

type TrajectoryTableProps = {
  trajectory: ThemeTrajectory;
  selectedLocationIds: readonly string[];
  /** False where the partnership's desired median is not known (e.g. Onze locatie). */
  showDesiredMedian?: boolean;
};

/** The chart as a table: locatie × schooljaar (huidig / gewenst), then the partnership median. */
export function TrajectoryTable({
  trajectory,
  selectedLocationIds,
  showDesiredMedian = true,
}: TrajectoryTableProps) {
  const captionId = useId();
  const rows = trajectoryRows(trajectory);
  const lines = trajectoryLines(trajectory, selectedLocationIds);
  const showWhole = hasWholePartnership(trajectory);

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{m.trajectoryTableCaption(trajectory.theme.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.tableLocation}</th>
            {rows.map((row) => (
              <th scope="col" key={row.schoolYear}>
                {row.schoolYear}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">
                <span className="data-table__series">
                  <svg width="12" height="12" aria-hidden="true">
                    <Marker shape={line.marker} cx={6} cy={6} color={line.color} size={4} />
                  </svg>
                  {line.name}
                </span>
              </th>
              {rows.map((row) => {
                const result = row.byLocation[line.id];
                if (!result || (result.current === null && result.desired === null)) {
                  return (
                    <td key={row.schoolYear} className="data-table__empty">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{m.noResult}</span>
                    </td>
                  );
                }
                return (
                  <td key={row.schoolYear}>
                    <span className="data-table__line">
                      {m.current} <PlacementValue value={result.current} />
                    </span>
                    <span className="data-table__line">
                      {m.desired} <PlacementValue value={result.desired} />
                    </span>
                    {result.groups > 1 ? (
                      <span className="data-table__line data-table__meta">
                        {m.groups(result.groups)},{' '}
                        {m.cellSpread(result.currentLow, result.currentHigh)}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
          {showWhole ? (
            <tr>
              <th scope="row">{m.wholePartnership}</th>
              {rows.map((row) =>
                !row.whole || (row.whole.current === null && row.whole.desired === null) ? (
                  <td key={row.schoolYear} className="data-table__empty">
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{m.noResult}</span>
                  </td>
                ) : (
                  <td key={row.schoolYear}>
                    <span className="data-table__line">
                      {m.current} <PlacementValue value={row.whole.current} />
                    </span>
                    <span className="data-table__line">
                      {m.desired} <PlacementValue value={row.whole.desired} />
                    </span>
                  </td>
                ),
              )}
            </tr>
          ) : null}
          <tr className="data-table__median">
            <th scope="row">{m.median}</th>
            {rows.map((row) =>
              row.median === null && row.desiredMedian === null ? (
                <td key={row.schoolYear} className="data-table__empty">
                  <span aria-hidden="true">—</span>
                  {/* Results exist but would single out the few other locaties behind them. */}
                  <span className={row.locations > 0 ? 'data-table__line' : 'visually-hidden'}>
                    {row.locations > 0 ? m.withheld : m.noResult}
                  </span>
                  <span className="data-table__line data-table__meta">{m.n(row.locations)}</span>
                </td>
              ) : (
                <td key={row.schoolYear}>
                  <span className="data-table__line">
                    {m.current} <PlacementValue value={row.median} />
                  </span>
                  <span className="data-table__line data-table__meta">
                    {m.cellSpread(row.low, row.high)}
                  </span>
                  {showDesiredMedian ? (
                    <span className="data-table__line">
                      {m.desired} <PlacementValue value={row.desiredMedian} />
                    </span>
                  ) : null}
                  <span className="data-table__line data-table__meta">{m.n(row.locations)}</span>
                </td>
              ),
            )}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
