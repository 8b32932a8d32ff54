import { Link } from 'react-router';
import { importMessages as m } from '../messages';
import { importPaths } from '../utils/import-paths';

/** Where the partnership page points the programmaleider to the import of earlier years. */
export function ImportLink({ partnershipId }: { partnershipId: string }) {
  return (
    <p className="muted">
      {m.linkLead} <Link to={importPaths.importHistory(partnershipId)}>{m.link}</Link>
    </p>
  );
}
