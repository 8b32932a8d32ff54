import { useId } from 'react';
import { chartMessages as m } from './chart-messages';
import { ScaleSwatch } from './scale-patterns';
import { SCALE_POINTS } from './scenario-scale';

/** The scale's colours, from 4 down to 1 (as stacked in the bars). */
export function ScaleLegend({ points = SCALE_POINTS }: { points?: readonly number[] }) {
  const idPrefix = useId().replace(/:/g, '');
  return (
    <div className="chart-legend">
      <ul className="chart-legend__list" aria-label={m.legend}>
        {[...points].reverse().map((point) => (
          <li key={point}>
            <ScaleSwatch value={point} idPrefix={idPrefix} />
            {m.scalePoint(point)}
          </li>
        ))}
      </ul>
    </div>
  );
}
