import { useId, type FormEvent, type Ref } from 'react';
import { importMessages as m } from '../messages';

type ImportFileFormProps = {
  onFileChange: (file: File | null) => void;
  onCheck: () => void;
  checking: boolean;
  /** Blocks choosing another file while a check or import runs. */
  busy: boolean;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
};

const ACCEPT = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** Choosing the CSV or Excel file and asking for a check (a dry run). */
export function ImportFileForm({
  onFileChange,
  onCheck,
  checking,
  busy,
  error,
  inputRef,
}: ImportFileFormProps) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck();
  };
  return (
    <form className="form-stack import-form" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-file`} className="field__label">
          {m.fileLabel}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {m.fileHint}
        </p>
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : null}
        <input
          id={`${id}-file`}
          ref={inputRef}
          type="file"
          name="file"
          className="input import-form__file"
          accept={ACCEPT}
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => onFileChange(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {checking ? m.checking : m.check}
        </button>
      </div>
    </form>
  );
}
