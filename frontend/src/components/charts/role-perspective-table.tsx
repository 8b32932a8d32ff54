import { useId } from 'react';
import { formatSpread } from '../../lib/placement';
import { PlacementValue } from '../ui/placement-value';
import { chartMessages as m } from './chart-messages';
import { formatGap } from './gap-data';
import type { RoleRow } from './role-perspective-data';

type RolePerspectiveTableProps = {
  caption: string;
  rows: RoleRow[];
  groupPlacement: number | null;
};

/** Per role (and side): n, median, lowest–highest, and the difference with the group. */
export function RolePerspectiveTable({ caption, rows, groupPlacement }: RolePerspectiveTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.roleHead}</th>
            <th scope="col">{m.roleParticipantsHead}</th>
            <th scope="col">{m.roleMedian}</th>
            <th scope="col">{m.roleRange}</th>
            <th scope="col">{m.roleGap}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="data-table__median">
            <th scope="row">{m.roleLegendGroup}</th>
            <td>—</td>
            <td>
              <PlacementValue value={groupPlacement} />
            </td>
            <td>—</td>
            <td>—</td>
          </tr>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.participants}</td>
              <td>
                <PlacementValue value={row.median} />
              </td>
              <td>{formatSpread(row.low, row.high)}</td>
              <td>{row.gapToGroup === null ? '—' : formatGap(row.gapToGroup)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
