import type { ContentDiff, ContentDiffEntry } from '@zet/contracts';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { formatDateTime } from '../../../lib/dates';
import { useContentDiff } from '../api/get-content-diff';
import { useContentOverview } from '../api/get-content-overview';
import { contentMessages as m } from '../messages';
import { adaptationText, diffWords, sideOf } from '../utils/word-diff';
import { DiffText } from './diff-text';
import type { ContentPartnership } from './theme-detail-page';
import './content.css';

type ThemeDiffPageProps = {
  partnership: ContentPartnership | undefined;
  /** One theme, or every adapted theme when undefined. */
  themeCode: string | undefined;
};

/** "Verschillen met de basisversie": per adapted part the base text next to the partnership's. */
export function ThemeDiffPage({ partnership, themeCode }: ThemeDiffPageProps) {
  const overview = useContentOverview();
  const themeName = overview.data?.themes.find((t) => t.code === themeCode)?.name;
  const title = themeCode ? m.diffTitle : m.diffAllTitle;
  const back = themeCode
    ? {
        url: `/themas/${encodeURIComponent(themeCode)}`,
        label: m.diffBackToTheme(themeName ?? m.themeFallbackTitle),
      }
    : { url: '/themas', label: m.backToThemes };

  return (
    <>
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to={back.url}>{back.label}</Link>
      </nav>
      <PageHeading documentTitle={themeName ? `${title} · ${themeName}` : title}>
        {title}
        {themeName ? <span className="page-heading__sub">{themeName}</span> : null}
      </PageHeading>
      {!partnership ? (
        <EmptyState title={m.diffNoPartnership} />
      ) : overview.isError && !overview.data ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <DiffBody
          partnership={partnership}
          versionId={overview.data?.version.id}
          themeCode={themeCode}
        />
      )}
    </>
  );
}

function DiffBody({
  partnership,
  versionId,
  themeCode,
}: {
  partnership: ContentPartnership;
  versionId: string | undefined;
  themeCode: string | undefined;
}) {
  const diff = useContentDiff(partnership.id, versionId, themeCode);
  return (
    <QueryView query={diff} loading={<Skeleton lines={10} />}>
      {(data) => (
        <DiffThemes diff={data} partnership={partnership} single={themeCode !== undefined} />
      )}
    </QueryView>
  );
}

function DiffThemes({
  diff,
  partnership,
  single,
}: {
  diff: ContentDiff;
  partnership: ContentPartnership;
  single: boolean;
}) {
  const nothing = diff.themes.length === 0 && (single || diff.targetGroups.length === 0);
  return (
    <>
      <p className="page-lead">{m.diffLead(partnership.name, diff.baseVersion.name)}</p>
      {nothing ? (
        <EmptyState title={single ? m.diffNoChangesTheme : m.diffNoChanges} />
      ) : (
        <>
          <p className="diff-legend">
            <del>{m.diffLegendRemoved}</del> <ins>{m.diffLegendAdded}</ins>
            <span className="visually-hidden">{m.diffLegend}</span>
          </p>
          {diff.themes.map((theme) => (
            <section key={theme.code} aria-labelledby={`diff-${theme.code}`} className="diff-theme">
              {single ? null : (
                <h2 id={`diff-${theme.code}`}>
                  <Link to={`/themas/${encodeURIComponent(theme.code)}`}>{theme.name}</Link>
                </h2>
              )}
              {single ? (
                <h2 id={`diff-${theme.code}`} className="visually-hidden">
                  {theme.name}
                </h2>
              ) : null}
              {theme.changes.map((change) => (
                <DiffEntry key={change.path} change={change} />
              ))}
            </section>
          ))}
          {!single && diff.targetGroups.length > 0 ? (
            <section aria-labelledby="diff-doelgroepen" className="diff-theme">
              <h2 id="diff-doelgroepen">{m.diffTargetGroups}</h2>
              <ul>
                {diff.targetGroups.map((group) => (
                  <li key={group.id}>
                    <strong>{group.name}</strong>
                    {group.description ? ` — ${group.description}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

function DiffEntry({ change }: { change: ContentDiffEntry }) {
  const base = adaptationText(change.base);
  const own = adaptationText(change.partnership);
  const parts = diffWords(base, own);
  return (
    <article className="diff-entry" aria-label={change.label}>
      <h3 className="diff-entry__title">{change.label}</h3>
      <p className="diff-entry__meta">
        {m.lastChanged(change.updatedByName, formatDateTime(change.updatedAt))}
      </p>
      {!change.applied ? <p className="notice">{m.diffNotApplied}</p> : null}
      {change.kind === 'addition' || change.base === null ? (
        <>
          <p className="muted">{m.diffAddition}</p>
          <div className="diff-columns diff-columns--single">
            <div className="diff-column diff-column--partnership">
              <p className="diff-column__label">{m.diffPartnership}</p>
              <DiffText parts={[{ kind: 'same', text: own }]} />
            </div>
          </div>
        </>
      ) : (
        <div className="diff-columns">
          <div className="diff-column">
            <p className="diff-column__label">{m.diffBase}</p>
            <DiffText parts={sideOf(parts, 'base')} />
          </div>
          <div className="diff-column diff-column--partnership">
            <p className="diff-column__label">{m.diffPartnership}</p>
            <DiffText parts={sideOf(parts, 'partnership')} />
          </div>
        </div>
      )}
    </article>
  );
}
