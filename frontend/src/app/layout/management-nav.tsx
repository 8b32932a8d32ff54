import { SubNav } from '../../components/ui/sub-nav';
import { appMessages as m } from '../messages';
import { paths } from '../paths';

/** Links between the programmaleider's management pages of one partnership. */
export function ManagementNav({ partnershipId }: { partnershipId: string }) {
  return (
    <SubNav
      label={m.managementNav}
      items={[
        { to: paths.people(partnershipId), label: m.management.people },
        { to: paths.auditLog(partnershipId), label: m.management.auditLog },
        { to: paths.importHistory(partnershipId), label: m.management.importHistory },
      ]}
    />
  );
}
