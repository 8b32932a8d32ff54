import { useId, type ReactNode } from 'react';
import './forms.css';

type Choice<V extends string> = { value: V; label: ReactNode; description?: ReactNode };

type ChoiceGroupProps<V extends string> = {
  legend: ReactNode;
  /** Form name of every input in the group (one radio group; the first invalid field gets focus). */
  name: string;
  choices: readonly Choice<V>[];
  hint?: ReactNode;
  error?: string;
} & (
  | { type: 'radio'; value: V | undefined; onChange: (value: V) => void }
  | { type: 'checkbox'; value: readonly V[]; onChange: (value: V[]) => void }
);

/** A fieldset of radio buttons or checkboxes with a legend, hint and error. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { legend, name, choices, hint, error } = props;
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  const isChecked = (value: V) =>
    props.type === 'radio' ? props.value === value : props.value.includes(value);
  const toggle = (value: V, checked: boolean) => {
    if (props.type === 'radio') props.onChange(value);
    else
      props.onChange(
        checked ? [...props.value, value] : props.value.filter((item) => item !== value),
      );
  };

  return (
    <fieldset
      className={`field choice-group${error ? ' field--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      <div className="choice-group__list">
        {choices.map((choice, index) => {
          const descriptionId = choice.description ? `${id}-${index}-description` : undefined;
          return (
            <label key={choice.value} className="choice">
              <input
                type={props.type}
                name={name}
                value={choice.value}
                checked={isChecked(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                aria-describedby={descriptionId}
                aria-invalid={error ? true : undefined}
              />
              <span className="choice__text">
                <span className="choice__label">{choice.label}</span>
                {choice.description ? (
                  <span id={descriptionId} className="choice__description">
                    {choice.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
