import { useId } from 'react';
import { PlacementValue } from '../ui/placement-value';
import { chartMessages as m } from './chart-messages';
import { transitionDirection, transitionsByCount, type Transition } from './transition-data';

/** The moves as a list, most frequent first. */
export function TransitionTable({
  transitions,
  caption,
}: {
  transitions: readonly Transition[];
  caption: string;
}) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.transitionFrom}</th>
            <th scope="col">{m.transitionTo}</th>
            <th scope="col">{m.transitionDirectionHead}</th>
            <th scope="col">{m.transitionCountHead}</th>
          </tr>
        </thead>
        <tbody>
          {transitionsByCount(transitions).map((t) => (
            <tr key={`${t.from}-${t.to}`}>
              <td>
                <PlacementValue value={t.from} />
              </td>
              <td>
                <PlacementValue value={t.to} />
              </td>
              <td>{m.transitionDirection[transitionDirection(t)]}</td>
              <td>{t.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
