import { Link, useSearchParams } from 'react-router';
import { toSearch } from '../utils/development-params';
import { dashboardParams } from '../utils/dashboard-params';

type ViewSwitchProps<V extends string> = {
  label: string;
  views: readonly { value: V; label: string }[];
  current: V;
  /** Params that belong to one view only and are dropped when switching. */
  dropParams?: readonly string[];
};

/** Tabs-like links between the views of one page, kept in `?weergave=`. */
export function ViewSwitch<V extends string>({
  label,
  views,
  current,
  dropParams = [],
}: ViewSwitchProps<V>) {
  const [params] = useSearchParams();
  const searchFor = (value: V, index: number) => {
    const next = new URLSearchParams(params);
    for (const name of dropParams) next.delete(name);
    if (index === 0) next.delete(dashboardParams.view);
    else next.set(dashboardParams.view, value);
    return toSearch(next);
  };
  return (
    <nav aria-label={label} className="view-switch">
      <ul className="view-switch__list">
        {views.map((view, index) => (
          <li key={view.value}>
            <Link
              to={{ search: searchFor(view.value, index) }}
              replace
              preventScrollReset
              aria-current={view.value === current ? 'page' : undefined}
              className={
                view.value === current ? 'view-switch__link is-active' : 'view-switch__link'
              }
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
