import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { usePartnerships } from '../api/get-partnerships';
import { partnershipMessages as m } from '../messages';
import './partnerships.css';

/** Overzicht: the partnerships you can open; with exactly one, it opens straight away. */
export function PartnershipOverviewPage() {
  const partnerships = usePartnerships();
  const only = partnerships.data?.length === 1 ? partnerships.data[0] : undefined;
  if (only) return <Navigate to={`/partnerschappen/${encodeURIComponent(only.id)}`} replace />;

  return (
    <>
      <PageHeading>{m.overviewTitle}</PageHeading>
      <p className="page-lead">{m.overviewLead}</p>
      <QueryView
        query={partnerships}
        isEmpty={(items) => items.length === 0}
        loading={<Skeleton lines={3} />}
        empty={
          <EmptyState title={m.partnershipsEmpty}>
            <p>{m.partnershipsEmptyHelp}</p>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="partnership-list">
            {items.map((partnership) => (
              <li key={partnership.id} className="partnership-list__item">
                <Link to={`/partnerschappen/${encodeURIComponent(partnership.id)}`}>
                  {partnership.name}
                </Link>
                <span className="muted">{m.locationCount(partnership.locationCount)}</span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </>
  );
}
