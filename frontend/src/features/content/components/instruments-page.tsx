import type { InstrumentList, KaternInstrument } from '@zet/contracts';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ChipGroup } from '../../../components/ui/chip-group';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, ErrorState, Skeleton } from '../../../components/ui/query-states';
import { ApiError } from '../../../lib/api-client';
import { QueryView } from '../../../components/ui/query-view';
import { joinDutch } from '../../../lib/dutch';
import { useInstruments } from '../api/get-instruments';
import { contentMessages as m } from '../messages';
import {
  activeFilterCount,
  readInstrumentFilters,
  withInstrumentFilter,
  withoutInstrumentFilters,
  type InstrumentFilterKey,
} from '../utils/instrument-params';
import { ContentSubNav } from './content-sub-nav';
import { Paragraphs } from './paragraphs';
import './content.css';

/** Instrumentencatalogus: the katern's instruments, filtered by element, role and goal (in the URL). */
export function InstrumentsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readInstrumentFilters(searchParams);
  const instruments = useInstruments(filters);
  const filtered = activeFilterCount(filters) > 0;

  const setFilter = (key: InstrumentFilterKey, value: string | undefined) =>
    setSearchParams(new URLSearchParams(withInstrumentFilter(searchParams, key, value)), {
      replace: true,
    });

  return (
    <>
      <PageHeading>{m.instrumentsTitle}</PageHeading>
      <ContentSubNav />
      <p className="page-lead">{m.instrumentsLead}</p>
      <QueryView
        query={instruments}
        loading={<Skeleton lines={8} />}
        renderError={(error, retry) => (
          <InvalidFilters error={error} onRetry={retry} filtered={filtered} />
        )}
      >
        {(data) => (
          <>
            <Filters data={data} filters={filters} onChange={setFilter} />
            <div className="catalogue-summary">
              <p role="status" className="catalogue-summary__count">
                {m.resultCount(data.items.length, data.total)}
              </p>
              {filtered ? (
                <Link
                  to={{ search: withoutInstrumentFilters(searchParams) }}
                  replace
                  className="button button--link"
                >
                  {m.clearFilters}
                </Link>
              ) : null}
            </div>
            {data.items.length === 0 ? (
              <EmptyState title={m.noInstruments}>
                <p>{m.noInstrumentsHelp}</p>
              </EmptyState>
            ) : (
              <ul
                className={`instrument-list${instruments.isPlaceholderData ? ' is-updating' : ''}`}
              >
                {data.items.map((instrument) => (
                  <InstrumentCard key={instrument.code} instrument={instrument} />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </>
  );
}

function Filters({
  data,
  filters,
  onChange,
}: {
  data: InstrumentList;
  filters: ReturnType<typeof readInstrumentFilters>;
  onChange: (key: InstrumentFilterKey, value: string | undefined) => void;
}) {
  const groups: {
    key: InstrumentFilterKey;
    label: string;
    options: InstrumentList['filters']['roles'];
    value: string | undefined;
  }[] = [
    {
      key: 'element',
      label: m.filterElement,
      options: data.filters.cultureElements,
      value: filters.element,
    },
    { key: 'role', label: m.filterRole, options: data.filters.roles, value: filters.role },
    { key: 'goal', label: m.filterGoal, options: data.filters.goals, value: filters.goal },
  ];
  return (
    <fieldset className="catalogue-filters">
      <legend className="visually-hidden">{m.filtersLegend}</legend>
      {groups.map((group) => (
        <FilterSelect
          key={group.key}
          label={group.label}
          options={group.options}
          value={group.value}
          onChange={(value) => onChange(group.key, value)}
        />
      ))}
    </fieldset>
  );
}

function FilterSelect({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: InstrumentList['filters']['roles'];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{m.filterAll}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {m.filterOption(option.name, option.count)}
          </option>
        ))}
      </select>
    </div>
  );
}

function InstrumentCard({ instrument }: { instrument: KaternInstrument }) {
  const headingId = `instrument-${instrument.code}`;
  return (
    <li className="instrument-card" id={instrument.code}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="instrument-card__title">
          {instrument.name}
        </h2>
        <Paragraphs text={instrument.description} />
        <dl className="instrument-card__facts">
          {instrument.origin ? (
            <div>
              <dt>{m.instrumentOrigin}</dt>
              <dd>{instrument.origin}</dd>
            </div>
          ) : null}
          <div>
            <dt>{m.instrumentDevelopers}</dt>
            <dd>
              {instrument.developers.length > 0 ? joinDutch(instrument.developers) : m.unknownValue}
            </dd>
          </div>
          <div>
            <dt>{m.instrumentInitiator}</dt>
            <dd>{instrument.initiator ?? m.unknownValue}</dd>
          </div>
          <div>
            <dt>{m.instrumentTargetGroup}</dt>
            <dd>{instrument.targetGroup ?? m.unknownValue}</dd>
          </div>
        </dl>
        <ChipGroup
          label={m.instrumentElements}
          items={instrument.cultureElements.map((e) => ({ key: e.code, label: e.name }))}
        />
        <ChipGroup
          label={m.instrumentRoles}
          items={instrument.roles.map((r) => ({ key: r.code, label: r.name }))}
        />
        <ChipGroup
          label={m.instrumentGoals}
          items={instrument.goals.map((g) => ({ key: g.code, label: g.name }))}
        />
      </article>
    </li>
  );
}

/** A filter in the URL the server does not know (an old link): say so and offer a way out. */
function InvalidFilters({
  error,
  onRetry,
  filtered,
}: {
  error: unknown;
  onRetry: () => void;
  filtered: boolean;
}) {
  const [searchParams] = useSearchParams();
  if (!(filtered && error instanceof ApiError && error.status === 400)) {
    return <ErrorState error={error} onRetry={onRetry} />;
  }
  return (
    <EmptyState title={m.noInstruments}>
      <p>{error.message}</p>
      <p>
        <Link to={{ search: withoutInstrumentFilters(searchParams) }} replace>
          {m.clearFilters}
        </Link>
      </p>
    </EmptyState>
  );
}
