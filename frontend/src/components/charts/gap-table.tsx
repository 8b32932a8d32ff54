import { useId } from 'react';
import { PlacementValue } from '../ui/placement-value';
import { chartMessages as m } from './chart-messages';
import { formatGap, type GapRow } from './gap-data';

/** Per theme: the medians, the gap, its spread and distribution over locaties, n. */
export function GapTable({ rows, caption }: { rows: GapRow[]; caption: string }) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.tableTheme}</th>
            <th scope="col">{m.medianCurrent}</th>
            <th scope="col">{m.medianDesired}</th>
            <th scope="col">{m.gapMedian}</th>
            <th scope="col">{m.gapSpread}</th>
            <th scope="col">{m.gapDistribution}</th>
            <th scope="col">n</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              <td>
                <PlacementValue value={row.current} />
              </td>
              <td>
                <PlacementValue value={row.desired} />
              </td>
              <td>{formatGap(row.medianGap)}</td>
              <td>
                {row.lowGap === null ? '—' : `${formatGap(row.lowGap)} … ${formatGap(row.highGap)}`}
              </td>
              <td>
                {row.distribution.length === 0
                  ? '—'
                  : row.distribution
                      .map((d) => m.gapDistributionItem(formatGap(d.gap), d.locations))
                      .join('; ')}
              </td>
              <td>{m.nLocations(row.locations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
