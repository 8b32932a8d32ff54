import { Marker } from '../../../components/charts/marker';
import type { TrajectoryLine } from '../../../components/charts/trajectory-chart-data';
import { dashboardMessages as m } from '../messages';

export type LocationOption = { id: string; name: string; archived: boolean };

type LocationPickerProps = {
  /** Locaties with a line for this theme. */
  options: LocationOption[];
  selected: readonly string[];
  /** The style each selected locatie has in the chart, to show next to its name. */
  lines: TrajectoryLine[];
  onChange: (ids: string[]) => void;
};

/** Checkboxes for which locaties get a line; the selection lives in the URL. */
export function LocationPicker({ options, selected, lines, onChange }: LocationPickerProps) {
  const chosen = new Set(selected);
  const styleOf = new Map(lines.map((line) => [line.id, line]));
  const toggle = (id: string, on: boolean) =>
    onChange(options.map((o) => o.id).filter((o) => (o === id ? on : chosen.has(o))));

  return (
    <fieldset className="location-picker">
      <legend className="field__label">{m.locationsLegend}</legend>
      {options.length === 0 ? (
        <p className="muted small">{m.noLocationsWithResults}</p>
      ) : (
        <>
          <p className="muted small">{m.locationsHelp}</p>
          <ul className="location-picker__list">
            {options.map((option) => {
              const line = styleOf.get(option.id);
              return (
                <li key={option.id}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={chosen.has(option.id)}
                      onChange={(event) => toggle(option.id, event.target.checked)}
                    />
                    <span>
                      {option.name}
                      {option.archived ? <span className="muted"> ({m.archived})</span> : null}
                    </span>
                    {line ? (
                      <svg width="14" height="14" aria-hidden="true" className="checkbox__swatch">
                        <Marker shape={line.marker} cx={7} cy={7} color={line.color} size={4.5} />
                      </svg>
                    ) : null}
                  </label>
                </li>
              );
            })}
          </ul>
          <div className="location-picker__actions">
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => onChange(options.map((o) => o.id))}
              disabled={selected.length === options.length}
            >
              {m.selectAll}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => onChange([])}
              disabled={selected.length === 0}
            >
              {m.selectNone}
            </button>
          </div>
          {selected.length > 6 ? <p className="muted small">{m.manyLines}</p> : null}
        </>
      )}
    </fieldset>
  );
}
