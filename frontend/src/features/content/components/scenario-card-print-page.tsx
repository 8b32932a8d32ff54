import { Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { contentMessages as m } from '../messages';
import { Paragraphs } from './paragraphs';
import { PrintLayout } from './print-layout';
import { usePrintableTheme } from './use-printable-theme';
import type { ContentPartnership } from './theme-detail-page';

type PrintPageProps = { themeCode: string; partnership: ContentPartnership | undefined };

/** The four scenarios of one theme side by side on one A4 landscape, for the placement step. */
export function ScenarioCardPrintPage({ themeCode, partnership }: PrintPageProps) {
  const { query, overview, versionOf, name, themeUrl, renderError } = usePrintableTheme(
    themeCode,
    partnership,
  );
  const general = overview.data?.scenarios ?? [];

  return (
    <PrintLayout
      title={m.scenarioCardFor(name)}
      backTo={{ url: themeUrl, label: m.backToTheme(name) }}
      hint={m.printHintCard}
    >
      <QueryView query={query} loading={<Skeleton lines={10} />} renderError={renderError}>
        {(materials) => {
          const { theme } = materials;
          const versionName = versionOf(materials)?.name ?? theme.versionId;
          const levels =
            general.length > 0 ? general.map((s) => s.level) : theme.scenarios.map((s) => s.level);
          return (
            <article className="sheet sheet--landscape" aria-label={m.scenarioCardFor(theme.name)}>
              <header className="sheet__header sheet__header--row">
                <div>
                  <p className="sheet__kicker">{m.scenarioCardTitle}</p>
                  <h2 className="sheet__title">{theme.name}</h2>
                </div>
                <div className="sheet__header-aside">
                  <p className="sheet__note">{m.scenariosLead}</p>
                  <p className="sheet__note">
                    {m.sheetFooter(versionName)}
                    {materials.overrides.length > 0 && partnership
                      ? ` · ${m.sheetAdapted(partnership.name)}`
                      : ''}
                  </p>
                </div>
              </header>
              <ol className="scenario-sheet">
                {levels.map((level) => {
                  const scenario = general.find((s) => s.level === level);
                  const specific = theme.scenarios.find((s) => s.level === level);
                  return (
                    <li key={level} className={`scenario-sheet__item scenario--${level}`}>
                      <h3 className="scenario-sheet__title">
                        <span className="scenario__number">{m.scenarioNumber(level)}</span>
                        {scenario?.name ?? String(level)}
                      </h3>
                      {scenario ? (
                        <p className="scenario__phase">{m.inkPhase(scenario.inkPhase)}</p>
                      ) : null}
                      <Paragraphs text={specific?.description ?? scenario?.summary ?? ''} />
                    </li>
                  );
                })}
              </ol>
            </article>
          );
        }}
      </QueryView>
    </PrintLayout>
  );
}
