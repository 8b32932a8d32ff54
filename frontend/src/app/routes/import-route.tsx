import { useParams } from 'react-router';
import { ImportPage } from '../../features/imports/components/import-page';
import { ManagementNav } from '../layout/management-nav';

/** Importeren: earlier years' results from a spreadsheet, among the management pages. */
export function ImportRoute() {
  const { partnershipId = '' } = useParams();
  return (
    <ImportPage
      partnershipId={partnershipId}
      navigation={<ManagementNav partnershipId={partnershipId} />}
    />
  );
}
