import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { meQueryOptions, useMe } from '../../features/auth/api/get-me';
import { useLocations } from '../../features/partnerships/api/get-locations';
import { PeoplePage } from '../../features/people/components/people-page';
import { ManagementNav } from '../layout/management-nav';

/** Mensen: the people feature, with the partnership's locaties and the signed-in person. */
export function PeopleRoute() {
  const { partnershipId = '' } = useParams();
  const client = useQueryClient();
  const me = useMe();
  const locations = useLocations(partnershipId);

  return (
    <PeoplePage
      partnershipId={partnershipId}
      currentUserId={me.data?.user.id ?? ''}
      locations={locations.data}
      navigation={<ManagementNav partnershipId={partnershipId} />}
      // Your own roles changed: the navigation and user menu follow the session's view of you.
      onOwnAccessChanged={() => void client.invalidateQueries(meQueryOptions())}
    />
  );
}
