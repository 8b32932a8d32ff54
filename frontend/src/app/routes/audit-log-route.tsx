import { useParams } from 'react-router';
import { AuditLogPage } from '../../features/audit/components/audit-log-page';
import { useLocations } from '../../features/partnerships/api/get-locations';
import { usePeople } from '../../features/people/api/get-people';
import { ManagementNav } from '../layout/management-nav';

/** Auditlog: the audit feature, with names of the partnership's people and locaties. */
export function AuditLogRoute() {
  const { partnershipId = '' } = useParams();
  const people = usePeople(partnershipId);
  const locations = useLocations(partnershipId);

  return (
    <AuditLogPage
      partnershipId={partnershipId}
      navigation={<ManagementNav partnershipId={partnershipId} />}
      lookups={{
        // While the names load, say so rather than "unknown person".
        personName: (userId) =>
          people.data ? people.data.members.find((member) => member.userId === userId)?.name : '…',
        locationName: (locationId) =>
          locations.data?.find((location) => location.id === locationId)?.name,
      }}
    />
  );
}
