import { useId } from 'react';
import { formatPlacement } from '../../lib/placement';
import { chartMessages as m } from './chart-messages';
import {
  transitionDirection,
  transitionMatrix,
  transitionShade,
  type Transition,
} from './transition-data';
import './charts.css';

type TransitionMatrixProps = { transitions: readonly Transition[]; label: string };

/**
 * Moves between scenarios as a grid: a row per starting point, a column per next point, the
 * number of moves in the cell. Cells above the diagonal went up (▲), below it down (▼).
 */
export function TransitionMatrixGrid({ transitions, label }: TransitionMatrixProps) {
  const labelId = useId();
  const { points, counts, max } = transitionMatrix(transitions);
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelId} tabIndex={0}>
      <table className="transition-matrix">
        <caption id={labelId} className="visually-hidden">
          {label}
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={points.length} className="transition-matrix__axis">
              {m.transitionTo}
            </th>
          </tr>
          <tr>
            <th scope="col" className="transition-matrix__corner">
              {m.transitionFrom}
            </th>
            {points.map((point) => (
              <th scope="col" key={point}>
                <span aria-hidden="true">{formatPlacement(point)}</span>
                <span className="visually-hidden">{m.transitionToPoint(point)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((from, i) => (
            <tr key={from}>
              <th scope="row">
                <span aria-hidden="true">{formatPlacement(from)}</span>
                <span className="visually-hidden">{m.transitionFromPoint(from)}</span>
              </th>
              {points.map((to, j) => {
                const count = counts[i]?.[j] ?? 0;
                const direction = transitionDirection({ from, to });
                const shade = transitionShade(count, max);
                return (
                  <td
                    key={to}
                    className={`transition-matrix__cell transition-matrix__cell--${direction}${
                      count === 0 ? ' is-zero' : ''
                    }`}
                    style={
                      shade > 0
                        ? { background: `rgb(29 79 145 / ${Math.round(shade * 100)}%)` }
                        : undefined
                    }
                  >
                    {count > 0 ? (
                      <span className="transition-matrix__count">
                        <span aria-hidden="true">
                          {direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}
                          {count}
                        </span>
                        <span className="visually-hidden">
                          {m.transitionSentence(count, from, to)}
                        </span>
                      </span>
                    ) : (
                      <span className="visually-hidden">{m.transitionNone}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
