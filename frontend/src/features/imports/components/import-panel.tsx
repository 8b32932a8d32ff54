import { IMPORT_MAX_BYTES, type ImportReport } from '@zet/contracts';
import { useEffect, useRef, useState } from 'react';
import { useRunImport } from '../api/run-import';
import { importMessages as m } from '../messages';
import { canCommit } from '../utils/import-outcome';
import { ImportFailure } from './import-failure';
import { ImportFileForm } from './import-file-form';
import { ImportReportView } from './import-report-view';

type Failure = { error: unknown; dryRun: boolean };

function statusText(pending: 'check' | 'commit' | null, report: ImportReport | null): string {
  if (pending === 'check') return m.status.checking;
  if (pending === 'commit') return m.status.committing;
  if (!report) return '';
  return report.dryRun
    ? m.status.checked(report.counts.rows, report.errors.length)
    : m.status.committed(report.counts.new);
}

/**
 * Step 2: choose a file, check it (dry run), and import it once the check is clean. The chosen
 * file stays chosen whatever happens, so a failed attempt is simply tried again.
 */
export function ImportPanel({ partnershipId }: { partnershipId: string }) {
  const run = useRunImport(partnershipId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const reportHeadingRef = useRef<HTMLHeadingElement>(null);
  const pending = run.isPending ? (run.variables.dryRun ? 'check' : 'commit') : null;

  // A finished check or import is read from its heading on.
  useEffect(() => {
    if (report) reportHeadingRef.current?.focus();
  }, [report]);

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setFileError(undefined);
    setReport(null);
    setFailure(null);
    run.reset();
  };

  const send = (chosen: File, dryRun: boolean) => {
    setFailure(null);
    run.mutate(
      { file: chosen, dryRun },
      {
        onSuccess: setReport,
        onError: (error) => setFailure({ error, dryRun }),
      },
    );
  };

  const check = () => {
    const problem = !file
      ? m.fileMissing
      : file.size > IMPORT_MAX_BYTES
        ? m.fileTooLarge(IMPORT_MAX_BYTES / (1024 * 1024))
        : undefined;
    setFileError(problem);
    if (problem || !file) {
      inputRef.current?.focus();
      return;
    }
    setReport(null);
    send(file, true);
  };

  return (
    <section aria-labelledby="import-upload" className="panel import-step">
      <h2 id="import-upload">{m.uploadTitle}</h2>
      <p>{m.uploadLead}</p>
      <ImportFileForm
        onFileChange={chooseFile}
        onCheck={check}
        checking={pending === 'check'}
        busy={pending !== null}
        error={fileError}
        inputRef={inputRef}
      />
      <div role="status" className="visually-hidden">
        {statusText(pending, report)}
      </div>
      <div role="alert">
        {failure?.dryRun ? <ImportFailure error={failure.error} dryRun /> : null}
      </div>

      {report ? (
        <ImportReportView
          partnershipId={partnershipId}
          report={report}
          headingRef={reportHeadingRef}
        />
      ) : null}

      {report && file && canCommit(report) ? (
        <div className="import-commit">
          <div role="alert">
            {failure && !failure.dryRun ? (
              <ImportFailure error={failure.error} dryRun={false} />
            ) : null}
          </div>
          <p className="field__hint">{m.commitHint}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={pending !== null}
              onClick={() => send(file, false)}
            >
              {pending === 'commit' ? m.committing : m.commit}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
