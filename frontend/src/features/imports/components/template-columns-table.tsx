import type { ImportTemplate } from '@zet/contracts';
import { importMessages as m } from '../messages';

/** What each column of the template means, whether it must be filled, and an example value. */
export function TemplateColumnsTable({ columns }: { columns: ImportTemplate['columns'] }) {
  const h = m.columnHeaders;
  return (
    <div className="table-scroll">
      <table className="data-table import-columns">
        <caption>{m.columnsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.column}</th>
            <th scope="col">{h.required}</th>
            <th scope="col">{h.description}</th>
            <th scope="col">{h.example}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.key}>
              <th scope="row">{column.header}</th>
              <td>{column.required ? m.yes : m.no}</td>
              <td>{column.description}</td>
              <td>
                <code>{column.example}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
