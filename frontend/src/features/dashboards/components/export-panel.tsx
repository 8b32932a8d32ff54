import type { SafeguardExportTable } from '@zet/contracts';
import { useId, useState } from 'react';
import { StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { errorMessage } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import { useSafeguardExport, type SafeguardExport } from '../api/download-safeguard-export';
import { dashboardMessages as m } from '../messages';
import type { DashboardQuery } from '../utils/dashboard-params';

type ExportPanelProps = {
  partnershipId: string;
  query: DashboardQuery;
  /** The waarborg chosen in the filters; the PDF covers all four without one. */
  safeguard: { code: string; name: string } | undefined;
};

const TABLES = Object.keys(m.exportTables) as SafeguardExportTable[];

/** Downloads with the current filters: the PDF report, the workbook, one table as CSV. */
export function ExportPanel({ partnershipId, query, safeguard }: ExportPanelProps) {
  const exporter = useSafeguardExport(partnershipId);
  const [table, setTable] = useState<SafeguardExportTable>('verdeling');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const tableId = useId();
  const titleId = useId();

  const download = (label: string, file: SafeguardExport) => {
    setBusy(label);
    setFeedback({ tone: 'success', message: m.exporting(label) });
    exporter.mutate(
      { query, file },
      {
        onSuccess: ({ blob, fileName }) => {
          saveFile(blob, fileName);
          setFeedback({ tone: 'success', message: m.exported(fileName) });
        },
        onError: (error) => setFeedback({ tone: 'error', message: errorMessage(error) }),
        onSettled: () => setBusy(null),
      },
    );
  };

  const pdfLabel = m.exportPdf(safeguard?.name);
  return (
    <section className="panel export-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="export-panel__title">
        {m.exportsTitle}
      </h2>
      <p className="muted small">{m.exportsLead}</p>
      <div className="export-panel__actions">
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => download(pdfLabel, { format: 'pdf', safeguard: safeguard?.code ?? 'all' })}
        >
          {busy === pdfLabel ? m.exporting(pdfLabel) : pdfLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy !== null}
          onClick={() => download(m.exportXlsx, { format: 'xlsx' })}
        >
          {m.exportXlsx}
        </button>
        <div className="export-panel__csv">
          <div className="field">
            <label htmlFor={tableId} className="field__label">
              {m.exportCsvTable}
            </label>
            <select
              id={tableId}
              value={table}
              onChange={(event) => setTable(event.target.value as SafeguardExportTable)}
            >
              {TABLES.map((code) => (
                <option key={code} value={code}>
                  {m.exportTables[code]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() =>
              download(`${m.exportCsv} (${m.exportTables[table]})`, { format: 'csv', table })
            }
          >
            {m.exportCsv}
          </button>
        </div>
      </div>
      <StatusMessage feedback={feedback} />
    </section>
  );
}
