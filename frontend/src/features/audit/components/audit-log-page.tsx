import { auditActionSchema, type AuditAction, type AuditLogEntry } from '@zet/contracts';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/query-states';
import { formatDateTimeShort } from '../../../lib/dates';
import { useAuditLog } from '../api/get-audit-log';
import { auditMessages as m } from '../messages';
import {
  auditFilterParams,
  hasAuditFilters,
  readAuditFilters,
  writeAuditFilter,
  type AuditLogFilters,
} from '../utils/audit-filters';
import { describeAuditEntry, type AuditLookups } from '../utils/describe-audit-entry';
import '../../../components/ui/forms.css';
import './audit.css';

type AuditLogPageProps = {
  partnershipId: string;
  /** Names of people and locaties, composed in by the app. */
  lookups: AuditLookups;
  /** Shown under the heading, e.g. the links between the management pages. */
  navigation?: ReactNode;
};

const GROUPS: { label: string; prefix: string[] }[] = [
  { label: m.groups.auth, prefix: ['auth.'] },
  { label: m.groups.access, prefix: ['access.'] },
  { label: m.groups.evaluation, prefix: ['evaluation.'] },
  { label: m.groups.data, prefix: ['export.', 'person.'] },
  { label: m.groups.partnership, prefix: ['partnership.'] },
];

const actionsIn = (prefixes: string[]): AuditAction[] =>
  auditActionSchema.options.filter((action) => prefixes.some((p) => action.startsWith(p)));

/** Auditlog: the partnership's events, newest first, filtered by kind and period in the URL. */
export function AuditLogPage({ partnershipId, lookups, navigation }: AuditLogPageProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { filters, endBeforeStart } = readAuditFilters(searchParams);
  const log = useAuditLog(partnershipId, filters);
  const filtered = hasAuditFilters(filters);

  const setFilter = (key: keyof AuditLogFilters, value: string) =>
    setSearchParams((params) => writeAuditFilter(params, key, value), { replace: true });
  const clearFilters = () =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        Object.values(auditFilterParams).forEach((key) => next.delete(key));
        return next;
      },
      { replace: true },
    );

  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading>{m.title}</PageHeading>
      {navigation}
      <p className="page-lead">{m.lead}</p>
      <form
        className="audit-filters"
        aria-label={m.filtersLabel}
        onSubmit={(event) => event.preventDefault()}
      >
        <label className="field">
          <span className="field__label">{m.action}</span>
          <select
            value={filters.action ?? ''}
            onChange={(event) => setFilter('action', event.target.value)}
          >
            <option value="">{m.allActions}</option>
            {GROUPS.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {actionsIn(group.prefix).map((action) => (
                  <option key={action} value={action}>
                    {m.actions[action]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{m.from}</span>
          <input
            type="date"
            className="input"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(event) => setFilter('from', event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{m.to}</span>
          <input
            type="date"
            className="input"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(event) => setFilter('to', event.target.value)}
          />
        </label>
        {filtered || endBeforeStart ? (
          <button type="button" className="button button--secondary" onClick={clearFilters}>
            {m.clearFilters}
          </button>
        ) : null}
      </form>
      {endBeforeStart ? <p className="notice">{m.endBeforeStart}</p> : null}

      <div aria-busy={log.isPlaceholderData || log.isFetchingNextPage}>
        {log.isPending ? (
          <Skeleton lines={8} />
        ) : log.isError && !log.data ? (
          <ErrorState
            error={log.error}
            onRetry={() => void log.refetch()}
            retrying={log.isFetching}
          />
        ) : entries.length === 0 ? (
          filtered ? (
            <EmptyState title={m.emptyFiltered}>
              <p>{m.emptyFilteredHelp}</p>
            </EmptyState>
          ) : (
            <EmptyState title={m.empty}>
              <p>{m.emptyHelp}</p>
            </EmptyState>
          )
        ) : (
          <>
            <div className="table-scroll">
              <table className="data-table audit-table">
                <caption className="visually-hidden">{m.tableLabel}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.columns.when}</th>
                    <th scope="col">{m.columns.who}</th>
                    <th scope="col">{m.columns.what}</th>
                    <th scope="col">{m.columns.details}</th>
                    <th scope="col">{m.columns.ip}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <AuditRow key={entry.id} entry={entry} lookups={lookups} />
                  ))}
                </tbody>
              </table>
            </div>
            <div className="audit-more">
              <p className="muted small" role="status">
                {m.shown(entries.length, log.hasNextPage)}
              </p>
              {log.hasNextPage ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={log.isFetchingNextPage}
                  onClick={() => void log.fetchNextPage()}
                >
                  {log.isFetchingNextPage ? m.loadingMore : m.loadMore}
                </button>
              ) : null}
            </div>
            {log.isFetchNextPageError ? (
              <ErrorState error={log.error} onRetry={() => void log.fetchNextPage()} />
            ) : null}
          </>
        )}
      </div>
    </>
  );
}

function AuditRow({ entry, lookups }: { entry: AuditLogEntry; lookups: AuditLookups }) {
  const details = describeAuditEntry(entry, lookups);
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={entry.occurredAt}>{formatDateTimeShort(entry.occurredAt)}</time>
      </td>
      <td>
        {entry.actor ? (
          (entry.actor.name ?? <span className="muted">{m.unknownPerson}</span>)
        ) : (
          <span className="muted">{m.system}</span>
        )}
      </td>
      <td>{m.actions[entry.action]}</td>
      <td>{details.length > 0 ? details.join(' · ') : <span className="muted">—</span>}</td>
      <td className="audit-table__ip">{entry.ip ?? <span className="muted">—</span>}</td>
    </tr>
  );
}
