import { Link } from 'react-router';
import { ChipGroup } from '../../../components/ui/chip-group';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useContentOverview } from '../api/get-content-overview';
import { joinDutch } from '../../../lib/dutch';
import { contentMessages as m } from '../messages';
import { groupThemesByDomain, nameLookup } from '../utils/theme-lookup';
import './content.css';

/** Thema's: per domain its themes, each with the waarborgen it serves. */
export function ThemesPage() {
  const overview = useContentOverview();

  return (
    <>
      <PageHeading>{m.themesTitle}</PageHeading>
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
        {(data) => {
          const safeguardName = nameLookup(data.safeguards);
          const themeName = nameLookup(data.themes);
          return groupThemesByDomain(data).map((domain) => (
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
                  {domain.themes.map((theme) => (
                    <li key={theme.code} className="theme-card">
                      <h3 className="theme-card__title">
                        <Link to={`/themas/${encodeURIComponent(theme.code)}`}>{theme.name}</Link>
                      </h3>
                      {theme.introduction ? (
                        <p className="theme-card__intro">{theme.introduction}</p>
                      ) : null}
                      {theme.combinedVariantOf.length > 0 ? (
                        <p className="theme-card__note">
                          {m.combinedVariant(joinDutch(theme.combinedVariantOf.map(themeName)))}
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
                  ))}
                </ul>
              )}
            </section>
          ));
        }}
      </QueryView>
    </>
  );
}
