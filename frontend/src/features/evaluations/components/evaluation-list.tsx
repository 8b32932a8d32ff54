import type { EvaluationSummary } from '@zet/contracts';
import { Link, useSearchParams } from 'react-router';
import { ChipGroup } from '../../../components/ui/chip-group';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { formatDate } from '../../../lib/dates';
import { useEvaluations } from '../api/get-evaluations';
import { evaluationMessages as m } from '../messages';
import {
  evaluationFilterParams,
  readEvaluationFilters,
  writeEvaluationFilter,
} from '../utils/evaluation-filters';
import { evaluationPaths } from '../utils/evaluation-paths';
import { groupBySchoolYear } from '../utils/group-by-school-year';
import '../../../components/ui/forms.css';
import './evaluations.css';

type EvaluationListProps = {
  partnershipId: string;
  /** Options of the filters, composed in by the app from the partnership's cycles and locaties. */
  schoolYears: string[];
  locations: { id: string; name: string }[];
  themeName: (code: string) => string;
  /** Whether the signed-in person may plan evaluations here (the server decides in the end). */
  canPlan?: boolean;
};

/** The partnership's evaluations per schooljaar, newest first, filterable in the URL. */
export function EvaluationList({
  partnershipId,
  schoolYears,
  locations,
  themeName,
  canPlan = false,
}: EvaluationListProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readEvaluationFilters(searchParams);
  const evaluations = useEvaluations(partnershipId, filters);
  const filtered = filters.schoolYear !== undefined || filters.locationId !== undefined;

  const setFilter = (key: 'schoolYear' | 'locationId', value: string) =>
    setSearchParams((params) => writeEvaluationFilter(params, key, value), { replace: true });
  const clearFilters = () =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        Object.values(evaluationFilterParams).forEach((key) => next.delete(key));
        return next;
      },
      { replace: true },
    );

  return (
    <section aria-labelledby="evaluations" className="evaluations">
      <div className="evaluations__head">
        <h2 id="evaluations">{m.title}</h2>
        {canPlan ? (
          <Link to={evaluationPaths.newEvaluation(partnershipId)} className="button button--small">
            {m.planNew}
          </Link>
        ) : null}
      </div>
      <form
        className="filters"
        aria-label={m.filtersLabel}
        onSubmit={(event) => event.preventDefault()}
      >
        <label className="field">
          <span className="field__label">{m.schoolYearFilter}</span>
          <select
            value={filters.schoolYear ?? ''}
            onChange={(event) => setFilter('schoolYear', event.target.value)}
          >
            <option value="">{m.allSchoolYears}</option>
            {withSelected(schoolYears, filters.schoolYear).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{m.locationFilter}</span>
          <select
            value={filters.locationId ?? ''}
            onChange={(event) => setFilter('locationId', event.target.value)}
          >
            <option value="">{m.allLocations}</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button type="button" className="button button--secondary" onClick={clearFilters}>
            {m.clearFilters}
          </button>
        ) : null}
      </form>

      <div aria-busy={evaluations.isPlaceholderData}>
        <QueryView
          query={evaluations}
          loading={<Skeleton lines={6} />}
          isEmpty={(items) => items.length === 0}
          empty={
            filtered ? (
              <EmptyState title={m.emptyFiltered}>
                <p>{m.emptyFilteredHelp}</p>
              </EmptyState>
            ) : (
              <EmptyState title={m.empty}>
                <p>{m.emptyHelp}</p>
              </EmptyState>
            )
          }
        >
          {(items) =>
            groupBySchoolYear(items).map((group) => (
              <section
                key={group.schoolYear}
                className="school-year"
                aria-labelledby={`year-${group.schoolYear}`}
              >
                <h3 id={`year-${group.schoolYear}`} className="school-year__title">
                  {m.schoolYearHeading(group.schoolYear)}
                  <span className="school-year__count">{m.count(group.evaluations.length)}</span>
                </h3>
                <ul className="evaluation-list">
                  {group.evaluations.map((evaluation) => (
                    <EvaluationItem
                      key={evaluation.id}
                      evaluation={evaluation}
                      themeName={themeName}
                      href={evaluationPaths.evaluation(partnershipId, evaluation.id)}
                    />
                  ))}
                </ul>
              </section>
            ))
          }
        </QueryView>
      </div>
    </section>
  );
}

function EvaluationItem({
  evaluation,
  themeName,
  href,
}: {
  evaluation: EvaluationSummary;
  themeName: (code: string) => string;
  href: string;
}) {
  return (
    <li className="evaluation">
      <div className="evaluation__head">
        <h4 className="evaluation__title">
          <Link to={href}>{evaluation.title}</Link>
        </h4>
        <span className={`badge badge--${evaluation.status}`}>{m.status[evaluation.status]}</span>
      </div>
      <p className="evaluation__meta">
        <time dateTime={evaluation.heldOn}>{formatDate(evaluation.heldOn)}</time>
        <span aria-hidden="true"> · </span>
        <span>{evaluation.location ? evaluation.location.name : m.partnershipWide}</span>
        <span aria-hidden="true"> · </span>
        <span>{m.sessions(evaluation.sessionCount)}</span>
      </p>
      {evaluation.themeCodes.length > 0 ? (
        <ChipGroup
          label={m.themes}
          items={evaluation.themeCodes.map((code) => ({ key: code, label: themeName(code) }))}
        />
      ) : (
        <p className="muted small">{m.noThemes}</p>
      )}
    </li>
  );
}

/** Keeps a school year from the URL selectable even when it is not (yet) among the options. */
function withSelected(options: string[], selected: string | undefined): string[] {
  return selected && !options.includes(selected) ? [selected, ...options] : options;
}
