import { useId } from 'react';
import { PlacementValue } from '../ui/placement-value';
import { chartMessages as m } from './chart-messages';
import { distributionRows } from './distribution-data';
import { scaleKey, SCALE_POINTS } from './scenario-scale';

type DistributionTableProps = {
  caption: string;
  years: Parameters<typeof distributionRows>[0];
};

/** Per school year: the count per scale point, n, and the medians. */
export function DistributionTable({ caption, years }: DistributionTableProps) {
  const captionId = useId();
  const rows = distributionRows(years);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.schoolYearAxis}</th>
            {SCALE_POINTS.map((point) => (
              <th scope="col" key={point}>
                {m.scalePointShort(point)}
              </th>
            ))}
            <th scope="col">{m.tableResults}</th>
            <th scope="col">{m.medianCurrent}</th>
            <th scope="col">{m.medianDesired}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.schoolYear}>
              <th scope="row">{row.schoolYear}</th>
              {SCALE_POINTS.map((point) => (
                <td key={point}>{row.counts[scaleKey(point)] ?? 0}</td>
              ))}
              <td>
                {m.nResults(row.results)}
                <span className="data-table__line data-table__meta">
                  {m.nLocations(row.locations)}
                </span>
              </td>
              <td>
                <PlacementValue value={row.median} />
              </td>
              <td>
                <PlacementValue value={row.desiredMedian} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
