import type { ImportEvaluation } from '@zet/contracts';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { importMessages as m } from '../messages';
import { importPaths } from '../utils/import-paths';

type ImportEvaluationsTableProps = {
  partnershipId: string;
  evaluations: readonly ImportEvaluation[];
  /** A preview says what would happen; a result links to the dagdelen it wrote. */
  mode: 'preview' | 'result';
};

/** The dagdelen an import creates or adds sessions to, one per date, locatie and content version. */
export function ImportEvaluationsTable({
  partnershipId,
  evaluations,
  mode,
}: ImportEvaluationsTableProps) {
  const h = m.evaluationHeaders;
  return (
    <div className="table-scroll">
      <table className="data-table import-evaluations">
        <caption>{m.evaluationsCaption[mode]}</caption>
        <thead>
          <tr>
            <th scope="col">{h.heldOn}</th>
            <th scope="col">{h.schoolYear}</th>
            <th scope="col">{h.location}</th>
            <th scope="col">{h.contentVersion}</th>
            <th scope="col">{h.sessions}</th>
            <th scope="col">{h.action}</th>
            <th scope="col">{h.rows}</th>
          </tr>
        </thead>
        <tbody>
          {evaluations.map((evaluation) => (
            <tr key={evaluation.rowNumbers.join(',')}>
              <th scope="row">
                {evaluation.id && mode === 'result' ? (
                  <Link
                    to={importPaths.evaluation(partnershipId, evaluation.id)}
                    aria-label={`${m.openEvaluation}: ${formatDate(evaluation.heldOn)}, ${evaluation.location?.name ?? m.partnershipWide}`}
                  >
                    {formatDate(evaluation.heldOn)}
                  </Link>
                ) : (
                  formatDate(evaluation.heldOn)
                )}
              </th>
              <td>{evaluation.schoolYear}</td>
              <td>{evaluation.location?.name ?? m.partnershipWide}</td>
              <td>{evaluation.contentVersion}</td>
              <td>{evaluation.sessions}</td>
              <td>{m.action[mode][evaluation.action]}</td>
              <td>{evaluation.rowNumbers.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
