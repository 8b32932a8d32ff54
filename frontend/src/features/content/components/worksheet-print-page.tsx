import { PLACEMENT_VALUES } from '@zet/contracts';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { contentMessages as m } from '../messages';
import { Paragraphs } from './paragraphs';
import { PrintLayout } from './print-layout';
import { usePrintableTheme } from './use-printable-theme';
import type { ContentPartnership } from './theme-detail-page';

type PrintPageProps = { themeCode: string; partnership: ContentPartnership | undefined };

/** Lines to write on under each werkblad question. */
const WRITING_LINES = 4;

/**
 * The werkblad to hand out on the day, A4 portrait: the individual task, each question with room
 * to write, and the now/desired placement on the four scenarios (halves in between).
 */
export function WorksheetPrintPage({ themeCode, partnership }: PrintPageProps) {
  const { query, overview, versionOf, name, themeUrl, renderError } = usePrintableTheme(
    themeCode,
    partnership,
  );
  const scenarios = overview.data?.scenarios ?? [];

  return (
    <PrintLayout
      title={m.worksheetFor(name)}
      backTo={{ url: themeUrl, label: m.backToTheme(name) }}
      hint={m.printHint}
    >
      <QueryView query={query} loading={<Skeleton lines={10} />} renderError={renderError}>
        {(materials) => {
          const { theme } = materials;
          const versionName = versionOf(materials)?.name ?? theme.versionId;
          if (!theme.worksheet) return <EmptyState title={m.noWorksheet} />;
          return (
            <article className="sheet sheet--portrait" aria-label={m.worksheetFor(theme.name)}>
              <header className="sheet__header">
                <p className="sheet__kicker">{m.worksheetTitle}</p>
                <h2 className="sheet__title">{theme.name}</h2>
                <dl className="sheet__fields">
                  <div>
                    <dt>{m.sheetRole}</dt>
                    <dd />
                  </div>
                  <div>
                    <dt>{m.sheetLocation}</dt>
                    <dd />
                  </div>
                  <div>
                    <dt>{m.sheetDate}</dt>
                    <dd />
                  </div>
                </dl>
                <p className="sheet__note">{m.sheetAnonymous}</p>
              </header>

              <div className="sheet__instructions">
                <Paragraphs text={theme.worksheet.instructions} />
              </div>

              <ol className="sheet__prompts">
                {theme.worksheet.prompts.map((prompt) => (
                  <li key={prompt} className="sheet__prompt">
                    <p>{prompt}</p>
                    <div className="sheet__lines" aria-hidden="true">
                      {Array.from({ length: WRITING_LINES }, (_, i) => (
                        <span key={i} />
                      ))}
                    </div>
                  </li>
                ))}
              </ol>

              <section className="sheet__placement" aria-labelledby="plaatsing">
                <h3 id="plaatsing" className="sheet__section-title">
                  {m.placementTitle}
                </h3>
                <p className="sheet__note">{m.placementLead}</p>
                <table className="placement-grid">
                  <thead>
                    <tr>
                      <td />
                      {PLACEMENT_VALUES.map((value) => {
                        const whole = Number.isInteger(value);
                        const scenario = scenarios.find((s) => s.level === value);
                        return (
                          <th
                            key={value}
                            scope="col"
                            className={
                              whole ? 'placement-grid__scenario' : 'placement-grid__between'
                            }
                          >
                            {whole ? (
                              <>
                                <span className="placement-grid__number">{value}</span>
                                {scenario ? (
                                  <span className="placement-grid__name">{scenario.name}</span>
                                ) : null}
                              </>
                            ) : (
                              <>
                                <span aria-hidden="true">½</span>
                                <span className="visually-hidden">
                                  {m.placementBetween(Math.floor(value))}
                                </span>
                              </>
                            )}
                          </th>
                        );
                      })}
                    </tr>
                  </thead>
                  <tbody>
                    {[m.placementNow, m.placementDesired].map((row) => (
                      <tr key={row}>
                        <th scope="row">{row}</th>
                        {PLACEMENT_VALUES.map((value) => (
                          <td key={value}>
                            <span className="placement-grid__box" />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="sheet__why">{m.placementWhy}</p>
                <div className="sheet__lines" aria-hidden="true">
                  <span />
                  <span />
                </div>
              </section>

              <footer className="sheet__footer">
                {m.sheetFooter(versionName)}
                {materials.overrides.length > 0 && partnership
                  ? ` · ${m.sheetAdapted(partnership.name)}`
                  : ''}
              </footer>
            </article>
          );
        }}
      </QueryView>
    </PrintLayout>
  );
}
