import type { Heatmap } from '@zet/contracts';
import { useId } from 'react';
import { PlacementValue } from '../ui/placement-value';
import { chartMessages as m } from './chart-messages';
import { heatmapColumns, heatmapRows } from './heatmap-data';

/** The heatmap as a long table: one line per locatie and theme with a result. */
export function HeatmapTable({ heatmap, caption }: { heatmap: Heatmap; caption: string }) {
  const captionId = useId();
  const columns = heatmapColumns(heatmap);
  const rows = heatmapRows(heatmap, m.wholePartnership);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.tableLocation}</th>
            <th scope="col">{m.tableTheme}</th>
            <th scope="col">{m.current}</th>
            <th scope="col">{m.desired}</th>
            <th scope="col">{m.tableGroups}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            row.cells.map((cell, index) => {
              const column = columns[index];
              if (!cell || !column || (cell.current === null && cell.desired === null)) return null;
              return (
                <tr key={`${row.key}-${column.code}`}>
                  <th scope="row">{row.label}</th>
                  <td>{column.name}</td>
                  <td>
                    <PlacementValue value={cell.current} />
                  </td>
                  <td>
                    <PlacementValue value={cell.desired} />
                  </td>
                  <td>
                    {m.groups(cell.groups)}
                    {cell.groups > 1 ? `, ${m.cellSpread(cell.currentLow, cell.currentHigh)}` : ''}
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
