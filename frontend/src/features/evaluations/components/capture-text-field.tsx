import { useId, type ReactNode } from 'react';
import { evaluationMessages } from '../messages';

type CaptureTextFieldProps = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  hint?: ReactNode;
  /** Advice that does not block saving (e.g. the onderbouwing the method asks for). */
  warning?: string;
  /** Why the value was refused (e.g. a correction the server did not accept). */
  error?: string;
  rows?: number;
  multiline?: boolean;
  readOnly?: boolean;
};

/** A labelled text area (or line) with its hint, an advice, and how much room is left. */
export function CaptureTextField({
  label,
  name,
  value,
  onChange,
  maxLength,
  hint,
  warning,
  error,
  rows = 4,
  multiline = true,
  readOnly = false,
}: CaptureTextFieldProps) {
  const id = useId();
  const describedBy = [
    hint ? `${id}-hint` : null,
    warning ? `${id}-warning` : null,
    error ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const nearLimit = value.length > maxLength * 0.9;
  const shared = {
    id,
    name,
    value,
    maxLength,
    readOnly,
    className: multiline ? 'input textarea' : 'input',
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div
      className={`field capture-field${warning ? ' field--warning' : ''}${error ? ' field--invalid' : ''}`}
    >
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {warning ? (
        <p id={`${id}-warning`} className="field__warning">
          {warning}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} onChange={(event) => onChange(event.target.value)} />
      )}
      {nearLimit ? (
        <p className="field__hint capture-field__count">
          {evaluationMessages.capture.characters(value.length, maxLength)}
        </p>
      ) : null}
    </div>
  );
}
