import type { ContentOverview, ContentVersion } from '@zet/contracts';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { ChipGroup } from '../../../components/ui/chip-group';
import { joinDutch } from '../../../lib/dutch';
import type { ThemeMaterials } from '../api/use-theme-materials';
import { contentMessages as m } from '../messages';
import { adaptationPaths } from '../utils/adaptation-paths';
import { instrumentsUrl } from '../utils/instrument-params';
import { missingMaterials, nameLookup } from '../utils/theme-lookup';
import { AdaptablePart } from './adaptable-part';
import { useAdaptation } from './adaptation-context';
import { AdaptedBadge } from './adapted-badge';
import { AddReflectionCardForm } from './add-reflection-card-form';
import { Paragraphs } from './paragraphs';
import type { ContentPartnership } from './theme-detail-page';

type ThemeMaterialsViewProps = {
  materials: ThemeMaterials;
  version: ContentVersion | undefined;
  overview: ContentOverview | undefined;
  partnership: ContentPartnership | undefined;
  canAdapt: boolean;
  adapting: boolean;
  onAdaptingChange: (adapting: boolean) => void;
  onSelectVersion: (version: string) => void;
  /** The version in the URL (an older one), kept on links to the print views. */
  versionParam: string | undefined;
};

const cardAnchor = (code: string) => `kaart-${code}`;

export function ThemeMaterialsView({
  materials,
  version,
  overview,
  partnership,
  canAdapt,
  adapting,
  onAdaptingChange,
  onSelectVersion,
  versionParam,
}: ThemeMaterialsViewProps) {
  const { theme } = materials;
  const adaptation = useAdaptation();
  const overrideAt = (path: string) => adaptation.overrides.get(path);
  const badgeFor = (path: string) => {
    const override = overrideAt(path);
    return override ? <AdaptedBadge kind={override.kind} /> : null;
  };

  const safeguardName = nameLookup(overview?.safeguards ?? []);
  const cultureName = nameLookup(overview?.cultureElements ?? []);
  const themeName = nameLookup(overview?.themes ?? []);
  const domain = overview?.domains.find((d) => d.code === theme.domain);
  const versions = overview?.versions ?? [];
  const missing = missingMaterials(theme);
  const nothing = missing.length === 5;
  const adaptedCount = adaptation.overrides.size;
  const isOlderVersion = version !== undefined && !version.current;

  // Scenarios with nothing theme-specific yet still show their general name and INK phase.
  const generalScenarios = overview?.scenarios ?? [];
  const scenarioLevels =
    generalScenarios.length > 0
      ? generalScenarios.map((s) => s.level)
      : theme.scenarios.map((s) => s.level);

  // Where each reflection card fits: the steps that name it.
  const steps = theme.assignment?.steps ?? [];
  const cardSteps = new Map<string, { number: number; title: string }[]>();
  steps.forEach((step, index) => {
    for (const code of step.reflectionCards) {
      cardSteps.set(code, [
        ...(cardSteps.get(code) ?? []),
        { number: index + 1, title: step.title },
      ]);
    }
  });
  const cardTitle = nameLookup(theme.reflectionCards.map((c) => ({ code: c.code, name: c.title })));

  const search = versionParam ? `?versie=${encodeURIComponent(versionParam)}` : '';
  const themeUrl = `/themas/${encodeURIComponent(theme.code)}`;

  const toc = [
    theme.introduction ? { id: 'inleiding', label: m.tocIntroduction } : null,
    scenarioLevels.length > 0 ? { id: 'scenarios', label: m.tocScenarios } : null,
    theme.assignment ? { id: 'opdracht', label: m.tocAssignment } : null,
    theme.worksheet ? { id: 'werkblad', label: m.tocWorksheet } : null,
    theme.reflectionCards.length > 0 || adapting
      ? { id: 'reflectiekaarten', label: m.tocCards }
      : null,
  ].filter((item) => item !== null);

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
        <p className="version-line">
          <span className="badge badge--example">{m.exampleContent}</span>{' '}
          {m.versionLine(version?.name ?? theme.versionId)}
        </p>
      </div>

      {isOlderVersion ? <p className="notice">{m.olderVersion(version.name)}</p> : null}
      {partnership && adaptedCount > 0 ? (
        <p className="adapted-notice">{m.adaptedNotice(partnership.name)}</p>
      ) : null}

      <div className="theme-actions">
        {theme.worksheet ? (
          <Link
            to={`${themeUrl}/werkblad${search}`}
            className="button button--secondary button--small"
          >
            {m.printWorksheet}
          </Link>
        ) : null}
        <Link
          to={`${themeUrl}/scenariokaart${search}`}
          className="button button--secondary button--small"
        >
          {m.printScenarioCard}
        </Link>
        {partnership && adaptedCount > 0 && !isOlderVersion ? (
          <Link to={`${themeUrl}/verschillen`} className="button button--secondary button--small">
            {m.showDiff}
          </Link>
        ) : null}
        {canAdapt ? (
          <button
            type="button"
            className={`button button--small${adapting ? '' : ' button--secondary'}`}
            onClick={() => onAdaptingChange(!adapting)}
          >
            {adapting ? m.adaptStop : m.adaptStart}
          </button>
        ) : null}
      </div>
      {adapting ? <p className="adapt-lead">{m.adaptLead}</p> : null}

      {nothing ? (
        <p className="notice">{m.nothingAvailable}</p>
      ) : missing.length > 0 ? (
        <p className="notice">{m.someMissing(joinDutch(missing.map((p) => m.missingPart[p])))}</p>
      ) : null}

      {toc.length > 1 ? (
        <nav aria-label={m.onThisPage} className="toc">
          <p className="toc__label" aria-hidden="true">
            {m.onThisPage}
          </p>
          <ul className="toc__list">
            {toc.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {theme.introduction ? (
        <section aria-labelledby="inleiding" className="material">
          <h2 id="inleiding">
            {m.introduction} {badgeFor(adaptationPaths.introduction)}
          </h2>
          <AdaptablePart
            path={adaptationPaths.introduction}
            kind="text"
            current={theme.introduction}
          >
            <Paragraphs text={theme.introduction} className="lead-text" />
          </AdaptablePart>
        </section>
      ) : null}

      {scenarioLevels.length > 0 ? (
        <section aria-labelledby="scenarios" className="material material--wide">
          <h2 id="scenarios">{m.scenarios}</h2>
          <p className="muted material__lead">{m.scenariosLead}</p>
          <ol className="scenario-grid">
            {scenarioLevels.map((level) => {
              const general = generalScenarios.find((s) => s.level === level);
              const specific = theme.scenarios.find((s) => s.level === level);
              const path = adaptationPaths.scenario(level);
              return (
                <li key={level} className={`scenario scenario--${level}`}>
                  <h3 className="scenario__title">
                    <span className="scenario__number">{m.scenarioNumber(level)}</span>
                    {general?.name ?? String(level)}
                  </h3>
                  {general ? (
                    <p className="scenario__phase">{m.inkPhase(general.inkPhase)}</p>
                  ) : null}
                  {badgeFor(path)}
                  {specific ? (
                    <AdaptablePart path={path} kind="text" current={specific.description}>
                      <Paragraphs text={specific.description} />
                    </AdaptablePart>
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
        <section aria-labelledby="opdracht" className="material">
          <h2 id="opdracht">{m.assignment}</h2>
          {theme.assignment.goals.length > 0 ? (
            <>
              <h3>
                {m.goals} {badgeFor(adaptationPaths.assignmentGoals)}
              </h3>
              <AdaptablePart
                path={adaptationPaths.assignmentGoals}
                kind="list"
                current={theme.assignment.goals}
              >
                <ul>
                  {theme.assignment.goals.map((goal) => (
                    <li key={goal}>{goal}</li>
                  ))}
                </ul>
              </AdaptablePart>
            </>
          ) : null}
          {steps.length > 0 ? (
            <>
              <h3>{m.steps}</h3>
              <ol className="step-list">
                {steps.map((step, index) => {
                  const path = adaptationPaths.step(index + 1);
                  return (
                    <li key={`${index}-${step.title}`} className="step">
                      <h4 className="step__head">
                        <span className="step__number">{m.stepNumber(index + 1)}</span>
                        <span className="step__phase">{m.stepPhase[step.phase] ?? step.phase}</span>
                        <span className="step__title">{step.title}</span>
                        {step.minutes !== null ? (
                          <span className="step__minutes">{m.minutes(step.minutes)}</span>
                        ) : null}
                      </h4>
                      {badgeFor(path)}
                      <AdaptablePart path={path} kind="text" current={step.instructions}>
                        <Paragraphs text={step.instructions} />
                      </AdaptablePart>
                      {step.reflectionCards.length > 0 ? (
                        <p className="step__cards">
                          {m.stepCards}{' '}
                          {step.reflectionCards.map((code, i) => (
                            <Fragment key={code}>
                              {i > 0
                                ? i === step.reflectionCards.length - 1
                                  ? ' en '
                                  : ', '
                                : null}
                              <a href={`#${cardAnchor(code)}`}>{cardTitle(code)}</a>
                            </Fragment>
                          ))}
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}

      {theme.worksheet ? (
        <section aria-labelledby="werkblad" className="material">
          <h2 id="werkblad">{m.worksheet}</h2>
          {badgeFor(adaptationPaths.worksheetInstructions)}
          <AdaptablePart
            path={adaptationPaths.worksheetInstructions}
            kind="text"
            current={theme.worksheet.instructions}
          >
            <Paragraphs text={theme.worksheet.instructions} />
          </AdaptablePart>
          {theme.worksheet.prompts.length > 0 ? (
            <>
              <h3>
                {m.worksheetPrompts} {badgeFor(adaptationPaths.worksheetPrompts)}
              </h3>
              <AdaptablePart
                path={adaptationPaths.worksheetPrompts}
                kind="list"
                current={theme.worksheet.prompts}
              >
                <ol>
                  {theme.worksheet.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ol>
              </AdaptablePart>
            </>
          ) : null}
          <p>
            <Link to={`${themeUrl}/werkblad${search}`}>{m.printWorksheet}</Link>
          </p>
        </section>
      ) : null}

      {theme.reflectionCards.length > 0 || adapting ? (
        <section aria-labelledby="reflectiekaarten" className="material">
          <h2 id="reflectiekaarten">{m.reflectionCards}</h2>
          <ul className="card-list">
            {theme.reflectionCards.map((card) => {
              const path = adaptationPaths.card(card.code);
              const fits = cardSteps.get(card.code) ?? [];
              return (
                <li key={card.code} id={cardAnchor(card.code)} className="reflection-card">
                  <AdaptablePart path={path} kind="card" current={card}>
                    <h3 className="reflection-card__title">{card.title}</h3>
                    {badgeFor(path)}
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
                    <p className="reflection-card__fits">
                      {fits.length > 0
                        ? fits.map((step) => m.cardFitsStep(step.number, step.title)).join(' · ')
                        : m.cardFitsNoStep}
                    </p>
                  </AdaptablePart>
                </li>
              );
            })}
          </ul>
          {adapting && adaptation.themeRef ? (
            <AddReflectionCardForm
              themeRef={adaptation.themeRef}
              onFeedback={adaptation.onFeedback}
            />
          ) : null}
        </section>
      ) : null}

      {theme.cultureElements.length > 0 ? (
        <section aria-labelledby="verder" className="material">
          <h2 id="verder">{m.furtherTitle}</h2>
          <p>{m.instrumentsForTheme}</p>
          <ul>
            {theme.cultureElements.map((code) => (
              <li key={code}>
                <Link to={instrumentsUrl('element', code)}>
                  {m.instrumentsForElement(cultureName(code))}
                </Link>
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
          <p className="muted">{m.versionShown(version?.name ?? theme.versionId)}</p>
        )}
        {version?.notice ? <p className="muted">{version.notice}</p> : null}
      </footer>
    </div>
  );
}
