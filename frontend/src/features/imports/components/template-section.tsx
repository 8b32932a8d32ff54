import { QueryView } from '../../../components/ui/query-view';
import { joinDutch } from '../../../lib/dutch';
import { useImportTemplate } from '../api/get-import-template';
import { templateFileUrl } from '../api/import-urls';
import { importMessages as m } from '../messages';
import { TemplateColumnsTable } from './template-columns-table';

/** Step 1: the template to download, its required columns, and what every column means. */
export function TemplateSection({ partnershipId }: { partnershipId: string }) {
  const template = useImportTemplate(partnershipId);
  return (
    <section aria-labelledby="import-template" className="panel import-step">
      <h2 id="import-template">{m.templateTitle}</h2>
      <p>{m.templateLead}</p>
      <p className="form-actions">
        <a
          className="button button--secondary"
          href={templateFileUrl(partnershipId, 'xlsx')}
          download
        >
          {m.downloadXlsx}
        </a>
        <a
          className="button button--secondary"
          href={templateFileUrl(partnershipId, 'csv')}
          download
        >
          {m.downloadCsv}
        </a>
      </p>
      <QueryView query={template}>
        {({ columns, rules }) => (
          <>
            <p>
              {m.requiredColumns(joinDutch(columns.filter((c) => c.required).map((c) => c.header)))}
            </p>
            <details className="import-details">
              <summary>{m.columnsToggle}</summary>
              <TemplateColumnsTable columns={columns} />
              <h3>{m.rulesTitle}</h3>
              <ul className="import-rules">
                {rules.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
            </details>
          </>
        )}
      </QueryView>
    </section>
  );
}
