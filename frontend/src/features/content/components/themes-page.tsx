import type { ContentOverview } from '@zet/contracts';
import { Link } from 'react-router';
import { ChipGroup } from '../../../components/ui/chip-group';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { joinDutch } from '../../../lib/dutch';
import { useContentOverview } from '../api/get-content-overview';
import { useContentVersion } from '../api/get-content-version';
import { usePartnershipThemes } from '../api/get-partnership-themes';
import { contentMessages as m } from '../messages';
import { groupThemesByDomain, nameLookup } from '../utils/theme-lookup';
import { AdaptedBadge } from './adapted-badge';
import { ContentSubNav } from './content-sub-nav';
import { Paragraphs } from './paragraphs';
import type { ContentPartnership } from './theme-detail-page';
import './content.css';

/** Thema's: per domain its themes, each with the waarborgen it serves. */
export function ThemesPage({ partnership }: { partnership: ContentPartnership | undefined }) {
  const overview = useContentOverview();

  return (
    <>
      <PageHeading>{m.themesTitle}</PageHeading>
      <ContentSubNav />
      <p className="page-lead">{m.themesLead}</p>
      <QueryView
        query={overview}
        loading={<Skeleton lines={8} />}
        isEmpty={(data) => data.themes.length === 0}
        empty={
          <EmptyState title={m.themesEmpty}>
            <p>{m.themesEmptyHelp}</p>
          </EmptyState>
        }
      >
        {(data) => <ThemesByDomain overview={data} partnership={partnership} />}
      </QueryView>
    </>
  );
}

function ThemesByDomain({
  overview,
  partnership,
}: {
  overview: ContentOverview;
  partnership: ContentPartnership | undefined;
}) {
  // The partnership's own introductions and how much it adapted; the base until they are in.
  const own = usePartnershipThemes(partnership?.id, overview.version.id);
  const ownTheme = new Map(own.data?.items.map((item) => [item.code, item]));
  const adaptedThemes = own.data?.items.filter((item) => item.overrideCount > 0).length ?? 0;
  const safeguardName = nameLookup(overview.safeguards);
  const themeName = nameLookup(overview.themes);

  return (
    <>
      {partnership && adaptedThemes > 0 ? (
        <p className="adapted-notice">
          <Link to="/themas/aanpassingen">{m.allAdaptationsLink}</Link>
        </p>
      ) : null}
      {groupThemesByDomain(overview).map((domain) => (
        <section
          key={domain.code}
          className="domain"
          aria-labelledby={`domain-${domain.code || 'overig'}`}
        >
          <h2 id={`domain-${domain.code || 'overig'}`}>{domain.name}</h2>
          {domain.summary ? <p className="domain__summary">{domain.summary}</p> : null}
          {domain.themes.length === 0 ? (
            <p className="muted">{m.domainEmpty}</p>
          ) : (
            <ul className="theme-cards">
              {domain.themes.map((theme) => {
                const adapted = ownTheme.get(theme.code);
                const introduction = adapted?.introduction ?? theme.introduction;
                return (
                  <li key={theme.code} className="theme-card">
                    <h3 className="theme-card__title">
                      <Link to={`/themas/${encodeURIComponent(theme.code)}`}>{theme.name}</Link>
                    </h3>
                    {introduction ? <p className="theme-card__intro">{introduction}</p> : null}
                    {theme.combinedVariantOf.length > 0 ? (
                      <p className="theme-card__note">
                        {m.combinedVariant(joinDutch(theme.combinedVariantOf.map(themeName)))}
                      </p>
                    ) : null}
                    {adapted && adapted.overrideCount > 0 ? (
                      <p className="theme-card__adapted">
                        <AdaptedBadge />
                        <span className="visually-hidden">
                          {m.themeAdaptedCount(adapted.overrideCount)}
                        </span>
                      </p>
                    ) : null}
                    <ChipGroup
                      label={m.safeguardsLabel}
                      variant="safeguard"
                      items={theme.safeguards.map((code) => ({
                        key: code,
                        label: safeguardName(code),
                      }))}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}

      {overview.scenarios.length > 0 ? (
        <section aria-labelledby="algemene-scenarios" className="domain">
          <h2 id="algemene-scenarios">{m.generalScenariosTitle}</h2>
          <p className="domain__summary">{m.generalScenariosLead}</p>
          <ol className="scenario-grid">
            {overview.scenarios.map((scenario) => (
              <li key={scenario.level} className={`scenario scenario--${scenario.level}`}>
                <h3 className="scenario__title">
                  <span className="scenario__number">{m.scenarioNumber(scenario.level)}</span>
                  {scenario.name}
                </h3>
                <p className="scenario__phase">{m.inkPhase(scenario.inkPhase)}</p>
                <p>{scenario.summary}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <Guide versionId={overview.version.id} />

      <p className="muted small content-notice">{overview.version.notice}</p>
    </>
  );
}

/** The procesbegeleider guide of the current version (Bijlage I), folded per section. */
function Guide({ versionId }: { versionId: string }) {
  const version = useContentVersion(versionId);
  const guide = version.data?.guide;
  if (!guide) return null;
  return (
    <section aria-labelledby="handreiking" className="domain guide">
      <h2 id="handreiking">{m.guideTitle}</h2>
      <p className="domain__summary">{m.guideLead}</p>
      {guide.sections.map((section) => (
        <details key={section.title} className="guide__section">
          <summary>{section.title}</summary>
          <Paragraphs text={section.body} />
        </details>
      ))}
    </section>
  );
}
