import type { ContentOverview, ThemeDetail } from '@zet/contracts';
import { Link, useSearchParams } from 'react-router';
import { ChipGroup } from '../../../components/ui/chip-group';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { ApiError } from '../../../lib/api-client';
import { useContentOverview } from '../api/get-content-overview';
import { useThemeDetail } from '../api/get-theme-detail';
import { joinDutch } from '../../../lib/dutch';
import { contentMessages as m } from '../messages';
import { missingMaterials, nameLookup } from '../utils/theme-lookup';
import './content.css';

const VERSION_PARAM = 'versie';

/** One theme's materials: introduction, the four scenarios, assignment, werkblad, reflection cards. */
export function ThemeDetailPage({ themeCode }: { themeCode: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const version = searchParams.get(VERSION_PARAM) ?? undefined;
  const overview = useContentOverview();
  const detail = useThemeDetail(themeCode, version);

  const heading =
    detail.data?.name ??
    overview.data?.themes.find((theme) => theme.code === themeCode)?.name ??
    m.themeFallbackTitle;

  const selectVersion = (next: string) => {
    setSearchParams(
      (params) => {
        const copy = new URLSearchParams(params);
        if (next === overview.data?.version.id) copy.delete(VERSION_PARAM);
        else copy.set(VERSION_PARAM, next);
        return copy;
      },
      { replace: true },
    );
  };

  return (
    <>
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to="/themas">{m.backToThemes}</Link>
      </nav>
      <PageHeading>{heading}</PageHeading>
      <QueryView
        query={detail}
        loading={<Skeleton lines={10} />}
        renderError={(error, retry) =>
          error instanceof ApiError && error.isNotFound ? (
            <EmptyState title={m.themeNotFound}>
              <p>
                <Link to="/themas">{m.themeNotFoundHelp}</Link>
              </p>
            </EmptyState>
          ) : (
            <ErrorState error={error} onRetry={retry} retrying={detail.isFetching} />
          )
        }
      >
        {(theme) => (
          <ThemeMaterials theme={theme} overview={overview.data} onSelectVersion={selectVersion} />
        )}
      </QueryView>
    </>
  );
}

type ThemeMaterialsProps = {
  theme: ThemeDetail;
  overview: ContentOverview | undefined;
  onSelectVersion: (version: string) => void;
};

function ThemeMaterials({ theme, overview, onSelectVersion }: ThemeMaterialsProps) {
  const safeguardName = nameLookup(overview?.safeguards ?? []);
  const cultureName = nameLookup(overview?.cultureElements ?? []);
  const themeName = nameLookup(overview?.themes ?? []);
  const domain = overview?.domains.find((d) => d.code === theme.domain);
  const versions = overview?.versions ?? [];
  const shownVersion = versions.find((v) => v.id === theme.versionId);
  const cardTitle = nameLookup(theme.reflectionCards.map((c) => ({ code: c.code, name: c.title })));
  const missing = missingMaterials(theme);
  const nothing = missing.length === 5;
  // Scenarios with nothing theme-specific yet still show their general name and INK phase.
  const generalScenarios = overview?.scenarios ?? [];
  const scenarioLevels =
    generalScenarios.length > 0
      ? generalScenarios.map((s) => s.level)
      : theme.scenarios.map((s) => s.level);

  return (
    <div className="theme-detail">
      <div className="theme-detail__meta">
        {domain ? (
          <p className="muted">
            {m.domainLabel}: {domain.name}
          </p>
        ) : null}
        <ChipGroup
          label={m.safeguardsLabel}
          variant="safeguard"
          items={theme.safeguards.map((code) => ({ key: code, label: safeguardName(code) }))}
        />
        <ChipGroup
          label={m.cultureElementsLabel}
          items={theme.cultureElements.map((code) => ({ key: code, label: cultureName(code) }))}
        />
        {theme.combinedVariantOf.length > 0 ? (
          <p className="theme-card__note">
            {m.combinedVariant(joinDutch(theme.combinedVariantOf.map(themeName)))}
          </p>
        ) : null}
      </div>

      {nothing ? (
        <p className="notice">{m.nothingAvailable}</p>
      ) : missing.length > 0 ? (
        <p className="notice">{m.someMissing(joinDutch(missing.map((p) => m.missingPart[p])))}</p>
      ) : null}

      {theme.introduction ? (
        <section aria-labelledby="intro" className="material">
          <h2 id="intro">{m.introduction}</h2>
          <Paragraphs text={theme.introduction} />
        </section>
      ) : null}

      {scenarioLevels.length > 0 ? (
        <section aria-labelledby="scenarios" className="material">
          <h2 id="scenarios">{m.scenarios}</h2>
          <p className="muted">{m.scenariosLead}</p>
          <ol className="scenario-list">
            {scenarioLevels.map((level) => {
              const general = generalScenarios.find((s) => s.level === level);
              const specific = theme.scenarios.find((s) => s.level === level);
              return (
                <li key={level} className={`scenario scenario--${level}`}>
                  <h3 className="scenario__title">
                    {m.scenarioTitle(level, general?.name ?? String(level))}
                  </h3>
                  {general ? (
                    <p className="scenario__phase">{m.inkPhase(general.inkPhase)}</p>
                  ) : null}
                  {specific ? (
                    <Paragraphs text={specific.description} />
                  ) : (
                    <>
                      {general ? <p>{general.summary}</p> : null}
                      <p className="muted">{m.scenarioNoDescription}</p>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      {theme.assignment ? (
        <section aria-labelledby="assignment" className="material">
          <h2 id="assignment">{m.assignment}</h2>
          {theme.assignment.goals.length > 0 ? (
            <>
              <h3>{m.goals}</h3>
              <ul>
                {theme.assignment.goals.map((goal) => (
                  <li key={goal}>{goal}</li>
                ))}
              </ul>
            </>
          ) : null}
          {theme.assignment.steps.length > 0 ? (
            <>
              <h3>{m.steps}</h3>
              <ol className="step-list">
                {theme.assignment.steps.map((step, index) => (
                  <li key={`${index}-${step.title}`} className="step">
                    <p className="step__head">
                      <span className="step__phase">{m.stepPhase[step.phase] ?? step.phase}</span>
                      <strong className="step__title">{step.title}</strong>
                      {step.minutes !== null ? (
                        <span className="step__minutes">{m.minutes(step.minutes)}</span>
                      ) : null}
                    </p>
                    <Paragraphs text={step.instructions} />
                    {step.reflectionCards.length > 0 ? (
                      <p className="muted">
                        {m.stepCards} {joinDutch(step.reflectionCards.map(cardTitle))}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}

      {theme.worksheet ? (
        <section aria-labelledby="worksheet" className="material">
          <h2 id="worksheet">{m.worksheet}</h2>
          <Paragraphs text={theme.worksheet.instructions} />
          {theme.worksheet.prompts.length > 0 ? (
            <>
              <h3>{m.worksheetPrompts}</h3>
              <ol>
                {theme.worksheet.prompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}

      {theme.reflectionCards.length > 0 ? (
        <section aria-labelledby="cards" className="material">
          <h2 id="cards">{m.reflectionCards}</h2>
          <ul className="card-list">
            {theme.reflectionCards.map((card) => (
              <li key={card.code} className="reflection-card">
                <h3 className="reflection-card__title">{card.title}</h3>
                <Paragraphs text={card.insight} />
                {card.questions.length > 0 ? (
                  <>
                    <h4 className="reflection-card__questions">{m.cardQuestions}</h4>
                    <ul>
                      {card.questions.map((question) => (
                        <li key={question}>{question}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <footer className="theme-detail__footer">
        {versions.length > 1 ? (
          <label className="field field--inline">
            <span className="field__label">{m.versionLabel}</span>
            <select
              value={theme.versionId}
              onChange={(event) => onSelectVersion(event.target.value)}
            >
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.current ? m.versionCurrent(v.name) : v.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="muted">{m.versionShown(shownVersion?.name ?? theme.versionId)}</p>
        )}
        {shownVersion?.notice ? <p className="muted">{shownVersion.notice}</p> : null}
      </footer>
    </div>
  );
}

/** Content texts may hold blank-line separated paragraphs. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}
