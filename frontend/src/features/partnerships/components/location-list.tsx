import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useLocations } from '../api/get-locations';
import { partnershipMessages as m } from '../messages';
import { sortLocations } from '../utils/sort-locations';

/** The partnership's locaties with their kind; archived ones marked and listed last. */
export function LocationList({ partnershipId }: { partnershipId: string }) {
  const locations = useLocations(partnershipId);
  return (
    <QueryView
      query={locations}
      loading={<Skeleton lines={4} />}
      isEmpty={(items) => items.length === 0}
      empty={
        <EmptyState title={m.locationsEmpty}>
          <p>{m.locationsEmptyHelp}</p>
        </EmptyState>
      }
    >
      {(items) => {
        const sorted = sortLocations(items);
        return (
          <>
            <ul className="location-list">
              {sorted.map((location) => (
                <li
                  key={location.id}
                  className={`location-list__item${location.archived ? ' is-archived' : ''}`}
                >
                  <span className="location-list__name">{location.name}</span>
                  <span className="location-list__badges">
                    <span className="badge badge--kind">{m.locationKind[location.kind]}</span>
                    {location.archived ? (
                      <span className="badge badge--archived">{m.archived}</span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
            {sorted.some((location) => location.archived) ? (
              <p className="muted small">{m.archivedHelp}</p>
            ) : null}
          </>
        );
      }}
    </QueryView>
  );
}
