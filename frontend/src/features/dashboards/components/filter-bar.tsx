import { useId, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { dashboardMessages as m } from '../messages';
import {
  dashboardParams,
  readCode,
  readId,
  readLocationFilter,
  readPeriod,
  readYear,
  withParams,
  withPeriod,
  type Period,
} from '../utils/dashboard-params';
import type { DashboardOptions } from '../utils/dashboard-options';

export type FilterBarField =
  'period' | 'year' | 'targetGroup' | 'safeguard' | 'theme' | 'themeOrAll' | 'locations';

type FilterBarProps = {
  fields: readonly FilterBarField[];
  options: DashboardOptions;
  /** Extra controls of the view, shown after the filters (e.g. the locatie lines). */
  children?: ReactNode;
  /** Only the fields, without the panel around them (inside another panel). */
  bare?: boolean;
  /**
   * The period the server uses when the URL names none (e.g. only the newest school year);
   * every school year when not given.
   */
  defaultPeriod?: Period;
};

/** The view's filters; every change goes into the URL (replacing, so Back leaves the page). */
export function FilterBar({
  fields,
  options,
  children,
  bare = false,
  defaultPeriod,
}: FilterBarProps) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const go = (search: string) =>
    void navigate({ search }, { replace: true, preventScrollReset: true });
  const has = (field: FilterBarField) => fields.includes(field);
  const years = options.schoolYears;
  const first = years[0];
  const last = years.at(-1);
  const fallback = defaultPeriod ?? (first && last ? { from: first, to: last } : undefined);
  const period = readPeriod(params) ?? fallback;
  const choosePeriod = (from: string, to: string) => {
    const next = from <= to ? { from, to } : { from: to, to: from };
    const isDefault = fallback && next.from === fallback.from && next.to === fallback.to;
    go(withPeriod(params, isDefault ? undefined : next));
  };

  const content = (
    <>
      {has('theme') || has('themeOrAll') ? (
        <SelectField
          label={m.themeLabel}
          value={readCode(params, dashboardParams.theme) ?? ''}
          onChange={(value) => go(withParams(params, { thema: value }))}
          placeholder={has('themeOrAll') ? m.themeAll : undefined}
          groups={groupThemes(options.themes)}
        />
      ) : null}
      {has('period') && period ? (
        <div className="period-fields">
          <SelectField
            label={m.periodFrom}
            value={period.from}
            onChange={(from) => choosePeriod(from, period.to)}
            groups={[{ label: undefined, items: years.map((y) => ({ value: y, label: y })) }]}
          />
          <SelectField
            label={m.periodTo}
            value={period.to}
            onChange={(to) => choosePeriod(period.from, to)}
            groups={[{ label: undefined, items: years.map((y) => ({ value: y, label: y })) }]}
          />
        </div>
      ) : null}
      {has('year') ? (
        <SelectField
          label={m.yearLabel}
          value={readYear(params) ?? ''}
          onChange={(value) => go(withParams(params, { jaar: value }))}
          placeholder={m.yearLatest}
          groups={[
            {
              label: undefined,
              items: [...years].reverse().map((y) => ({ value: y, label: y })),
            },
          ]}
        />
      ) : null}
      {has('targetGroup') && options.targetGroups.length > 0 ? (
        <SelectField
          label={m.targetGroupLabel}
          value={readId(params, dashboardParams.targetGroup) ?? ''}
          onChange={(value) => go(withParams(params, { doelgroep: value }))}
          placeholder={m.targetGroupAll}
          groups={[
            {
              label: undefined,
              items: options.targetGroups.map((g) => ({ value: g.id, label: g.name })),
            },
          ]}
        />
      ) : null}
      {has('safeguard') ? (
        <SelectField
          label={m.safeguardLabel}
          value={readCode(params, dashboardParams.safeguard) ?? ''}
          onChange={(value) => go(withParams(params, { waarborg: value }))}
          placeholder={m.safeguardAll}
          groups={[
            {
              label: undefined,
              items: options.safeguards.map((s) => ({ value: s.code, label: s.name })),
            },
          ]}
        />
      ) : null}
      {has('locations') && options.locations.length > 1 ? (
        <LocationFilter
          options={options.locations}
          selected={readLocationFilter(params) ?? []}
          onChange={(ids) =>
            go(
              withParams(params, {
                locaties:
                  ids.length === 0 || ids.length === options.locations.length
                    ? undefined
                    : ids.join(','),
              }),
            )
          }
        />
      ) : null}
      {children}
    </>
  );
  if (bare) return content;
  return (
    <div className="panel dashboard-filters" role="group" aria-label={m.filtersLabel}>
      {content}
    </div>
  );
}

type SelectGroup = { label: string | undefined; items: { value: string; label: string }[] };

function groupThemes(themes: DashboardOptions['themes']): SelectGroup[] {
  const groups = [...new Set(themes.map((theme) => theme.group))];
  return groups.map((group) => ({
    label: group,
    items: themes.filter((t) => t.group === group).map((t) => ({ value: t.code, label: t.name })),
  }));
}

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** An option with the empty value on top, e.g. "Alle doelgroepen". */
  placeholder?: string;
  groups: SelectGroup[];
};

function SelectField({ label, value, onChange, placeholder, groups }: SelectFieldProps) {
  const id = useId();
  const known = value === '' || groups.some((g) => g.items.some((item) => item.value === value));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} value={known ? value : ''} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {groups.map((group) =>
          group.label === undefined ? (
            group.items.map((item) => (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            ))
          ) : (
            <optgroup key={group.label} label={group.label}>
              {group.items.map((item) => (
                <option key={item.value} value={item.value}>
                  {item.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </div>
  );
}

type LocationFilterProps = {
  options: DashboardOptions['locations'];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
};

/** Which locaties count; none ticked means all of them. */
function LocationFilter({ options, selected, onChange }: LocationFilterProps) {
  const chosen = new Set(selected);
  const count = options.filter((o) => chosen.has(o.id)).length;
  const toggle = (id: string, on: boolean) =>
    onChange(options.map((o) => o.id).filter((o) => (o === id ? on : chosen.has(o))));
  return (
    <details className="location-filter">
      <summary>
        <span className="field__label">{m.locationFilterLegend}:</span>{' '}
        {m.locationFilterSummary(count, options.length)}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{m.locationFilterLegend}</legend>
        <p className="muted small">{m.locationFilterHelp}</p>
        <ul className="location-picker__list">
          {options.map((option) => (
            <li key={option.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(option.id)}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                />
                <span>
                  {option.name}
                  {option.archived ? <span className="muted"> ({m.archived})</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {count > 0 ? (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => onChange([])}
          >
            {m.selectAll}
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
