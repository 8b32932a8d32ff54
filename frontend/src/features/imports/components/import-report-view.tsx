import type { ImportReport } from '@zet/contracts';
import type { Ref } from 'react';
import { importMessages as m } from '../messages';
import { importOutcome } from '../utils/import-outcome';
import { ImportEvaluationsTable } from './import-evaluations-table';
import { ImportIssuesTable } from './import-issues-table';
import { SkippedRowsTable } from './skipped-rows-table';

type ImportReportViewProps = {
  partnershipId: string;
  report: ImportReport;
  /** The heading takes focus when a check or import finishes. */
  headingRef: Ref<HTMLHeadingElement>;
};

function OutcomeMessage({ report }: { report: ImportReport }) {
  const outcome = importOutcome(report);
  switch (outcome) {
    case 'blocked':
      return <p className="notice">{m.outcome.blocked(report.errors.length)}</p>;
    case 'ready':
      return <p className="import-outcome">{m.outcome.ready(report.counts.new)}</p>;
    case 'nothing-new':
      return <p className="notice">{m.outcome.nothingNew}</p>;
    case 'imported':
      return (
        <p className="status-message status-message--success">
          {m.outcome.imported(report.counts.new)}
        </p>
      );
    case 'unchanged':
      return <p className="status-message status-message--success">{m.outcome.unchanged}</p>;
  }
}

/** What a check found or an import did: counts, errors, the dagdelen, and skipped rows. */
export function ImportReportView({ partnershipId, report, headingRef }: ImportReportViewProps) {
  const mode = report.dryRun ? 'preview' : 'result';
  const { counts } = report;
  // While a row is wrong nothing is imported: no dagdelen to show yet.
  const blocked = importOutcome(report) === 'blocked';
  const skipped = report.rows.filter((row) => row.status === 'already_imported');
  // Rows and what is new always; the rest only when it applies, so that nothing reads as noise.
  const facts: [label: string, value: number, shown: boolean][] = [
    [m.counts.rows, counts.rows, true],
    [m.counts.new[mode], counts.new, true],
    [m.counts.alreadyImported, counts.alreadyImported, counts.alreadyImported > 0],
    [m.counts.invalid, counts.invalid, counts.invalid > 0],
    [m.counts.evaluationsCreated[mode], counts.evaluationsCreated, !blocked],
    [
      m.counts.evaluationsExtended[mode],
      counts.evaluationsExtended,
      counts.evaluationsExtended > 0,
    ],
    [m.counts.sessions, counts.sessions, !blocked],
  ];

  return (
    <section aria-labelledby="import-report" className="import-report">
      <h2 id="import-report" ref={headingRef} tabIndex={-1}>
        {report.dryRun ? m.previewTitle(report.fileName) : m.resultTitle(report.fileName)}
      </h2>
      <OutcomeMessage report={report} />
      <dl className="import-counts" aria-label={m.countsLabel}>
        {facts
          .filter(([, , shown]) => shown)
          .map(([label, value]) => (
            <div key={label} className="import-counts__item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {report.errors.length > 0 ? <ImportIssuesTable issues={report.errors} /> : null}
      {report.evaluations.length > 0 && !blocked ? (
        <ImportEvaluationsTable
          partnershipId={partnershipId}
          evaluations={report.evaluations}
          mode={mode}
        />
      ) : null}
      {skipped.length > 0 ? <SkippedRowsTable rows={skipped} /> : null}
      {report.notices.length > 0 ? (
        <>
          <h3>{m.noticesTitle}</h3>
          <ul>
            {report.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
