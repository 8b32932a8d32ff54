import { PLACEMENT_VALUES } from '@zet/contracts';
import { useId } from 'react';
import { evaluationMessages } from '../messages';

const m = evaluationMessages.capture;

type ScenarioScaleProps = {
  legend: string;
  name: string;
  value: number | null;
  onChange: (value: number | null) => void;
  scenarioName: (level: number) => string;
  disabled: boolean;
  /** Why the choice was refused (e.g. a correction that would leave it empty). */
  error?: string;
  /** Marks the option that the other scale has chosen (e.g. "nu" on the desired scale). */
  reference?: { value: number | null; label: string };
};

/**
 * The four scenarios as one radio group, with the three "tussen" points between them: arrow keys
 * go from one point to the next, as in any radio group.
 */
export function ScenarioScale({
  legend,
  name,
  value,
  onChange,
  scenarioName,
  disabled,
  error,
  reference,
}: ScenarioScaleProps) {
  const id = useId();
  return (
    <fieldset
      className={`scenario-scale${error ? ' scenario-scale--invalid' : ''}`}
      aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
    >
      <legend className="scenario-scale__legend">{legend}</legend>
      <p id={`${id}-help`} className="field__hint">
        {m.scaleHelp}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <div className="scenario-scale__options">
        {PLACEMENT_VALUES.map((point) => {
          const whole = Number.isInteger(point);
          const low = Math.floor(point);
          const marked = reference?.value === point;
          return (
            <label
              key={point}
              className={`scale-option${whole ? '' : ' scale-option--between'}${value === point ? ' is-checked' : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={point}
                checked={value === point}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(point)}
              />
              {whole ? (
                <span className="scale-option__text">
                  <span className="scale-option__number">{point}</span>
                  <span className="scale-option__name">{scenarioName(point)}</span>
                </span>
              ) : (
                <span className="scale-option__text">
                  <span className="scale-option__number" aria-hidden="true">
                    {low}½
                  </span>
                  <span className="visually-hidden">{m.between(low)}</span>
                </span>
              )}
              {marked ? <span className="scale-option__reference">{reference.label}</span> : null}
            </label>
          );
        })}
      </div>
      {disabled ? null : (
        <p className="scenario-scale__footer">
          <span className="muted small">{value === null ? m.notChosen : null}</span>
          {value !== null ? (
            <button
              type="button"
              className="button button--link small"
              onClick={() => onChange(null)}
            >
              {m.clearChoice}
              <span className="visually-hidden">: {legend}</span>
            </button>
          ) : null}
        </p>
      )}
    </fieldset>
  );
}
