import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import './forms.css';

type FieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the label and read with the field. */
  hint?: ReactNode;
  error?: string;
  className?: string;
};

type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** Label, hint and error around a control, the hint and error tied to it for screen readers. */
function FieldFrame({
  label,
  hint,
  error,
  className,
  children,
}: Pick<FieldProps, 'label' | 'hint' | 'error' | 'className'> & {
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
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
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}

type TextFieldProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'onChange' | 'children'
> &
  FieldProps & { ref?: Ref<HTMLInputElement> };

/** A labelled input with an optional hint and an error. */
export function TextField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  className,
  ...inputProps
}: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...inputProps}
          {...control}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="input"
        />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'name' | 'value' | 'onChange' | 'children'
> &
  FieldProps & { ref?: Ref<HTMLTextAreaElement> };

/** A labelled textarea with an optional hint and an error. */
export function TextAreaField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  className,
  rows = 6,
  ...props
}: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...props}
          {...control}
          name={name}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="input textarea"
        />
      )}
    </FieldFrame>
  );
}
