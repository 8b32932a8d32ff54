import { useId, useState, type ReactNode } from 'react';
import { chartMessages as m } from './chart-messages';

type ChartFigureProps = {
  caption: ReactNode;
  /** What the chart rests on (n), right under the caption. */
  basis?: ReactNode;
  chart: ReactNode;
  legend?: ReactNode;
  /** The accessible data-table alternative, revealed with "Toon als tabel". */
  table: ReactNode;
  /** Notes under the chart, e.g. how to read it. */
  children?: ReactNode;
};

/** A chart with its caption, legend and the data-table alternative behind a toggle. */
export function ChartFigure({ caption, basis, chart, legend, table, children }: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className="chart-figure">
      <figcaption className="chart-figure__caption">{caption}</figcaption>
      {basis ? <p className="chart-figure__basis">{basis}</p> : null}
      {chart}
      {legend}
      {children}
      <div className="chart-figure__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? m.hideTable : m.showTable}
        </button>
      </div>
      <div id={tableId} hidden={!showTable} className="chart-figure__table">
        {showTable ? table : null}
      </div>
    </figure>
  );
}
