import type { ThemeSessionCapture } from '@zet/contracts';
import { ErrorState } from '../../../components/ui/query-states';
import { formatDateTime } from '../../../lib/dates';
import { useSessionRevisions } from '../api/get-session-revisions';
import { evaluationMessages } from '../messages';
import { findingChanges, revisionEntries, type RevisionEntry } from '../utils/revision-changes';
import { FieldValue, type ValueLabels } from './conflict-panel';
import './correction.css';

const m = evaluationMessages.revisions;
const fieldName = evaluationMessages.conflict.fields;

type RevisionHistoryProps = {
  partnershipId: string;
  evaluationId: string;
  session: ThemeSessionCapture;
  labels: ValueLabels;
};

/** "Eerdere versies": per correction who, when, why and what changed, newest first. */
export function RevisionHistory({
  partnershipId,
  evaluationId,
  session,
  labels,
}: RevisionHistoryProps) {
  const revisions = useSessionRevisions(partnershipId, evaluationId, session.id);
  return (
    <section aria-labelledby="revision-history" className="capture-section revision-history">
      <h2 id="revision-history">{m.title}</h2>
      <p>{m.current(session.revision + 1)}</p>
      {revisions.isPending ? (
        <p className="muted">{m.loading}</p>
      ) : revisions.isError ? (
        <ErrorState
          error={revisions.error}
          onRetry={() => void revisions.refetch()}
          retrying={revisions.isFetching}
        >
          <p>{m.failed}</p>
        </ErrorState>
      ) : revisions.data.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ol className="revision-list" reversed>
          {revisionEntries(revisions.data, session).map((entry) => (
            <RevisionItem key={entry.revision.revision} entry={entry} labels={labels} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RevisionItem({ entry, labels }: { entry: RevisionEntry; labels: ValueLabels }) {
  const { revision, before, after, changed } = entry;
  const n = revision.revision;
  const titleId = `revision-${n}`;
  return (
    <li className="revision">
      <h3 id={titleId} className="revision__title">
        {m.correction(n)}
      </h3>
      <p className="revision__meta muted small">
        {m.by(revision.createdBy?.name ?? null, formatDateTime(revision.createdAt))}
      </p>
      <p className="revision__reason">
        <span className="revision__label">{m.reason}:</span> {revision.reason}
      </p>
      {changed.length === 0 ? (
        <p className="muted small">{m.noChanges}</p>
      ) : (
        <div className="table-scroll">
          <table className="revision-changes">
            <caption className="visually-hidden">{`${m.changes} (${m.correction(n)})`}</caption>
            <thead>
              <tr>
                <th scope="col">{m.field}</th>
                <th scope="col">{m.before(n)}</th>
                <th scope="col">{m.after(n)}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((field) =>
                field === 'findings' ? (
                  <FindingsChangeRow key={field} entry={entry} />
                ) : (
                  <tr key={field}>
                    <th scope="row">{fieldName[field]}</th>
                    <td>
                      <FieldValue field={field} draft={before} labels={labels} />
                    </td>
                    <td>
                      <FieldValue field={field} draft={after} labels={labels} />
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

/** Findings as counts per kind, and the points that were added, removed or reworded. */
function FindingsChangeRow({ entry }: { entry: RevisionEntry }) {
  const { counts, added, removed, edited } = findingChanges(
    entry.before.findings,
    entry.after.findings,
  );
  const kind = evaluationMessages.findingKindOne;
  return (
    <tr>
      <th scope="row">{fieldName.findings}</th>
      <td>
        <p>{m.findingCounts(counts.before.strength, counts.before.development)}</p>
        {removed.length > 0 || edited.length > 0 ? (
          <ul className="revision-findings">
            {removed.map((f) => (
              <li key={`removed-${f.id ?? f.text}`}>
                <span className="revision-findings__tag">{m.removed}</span> {kind[f.kind]}: {f.text}
              </li>
            ))}
            {edited.map(({ before }) => (
              <li key={`edited-before-${before.id ?? before.text}`}>
                <span className="revision-findings__tag">{m.edited}</span> {kind[before.kind]}:{' '}
                {before.text}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        <p>{m.findingCounts(counts.after.strength, counts.after.development)}</p>
        {added.length > 0 || edited.length > 0 ? (
          <ul className="revision-findings">
            {added.map((f) => (
              <li key={`added-${f.id ?? f.text}`}>
                <span className="revision-findings__tag">{m.added}</span> {kind[f.kind]}: {f.text}
              </li>
            ))}
            {edited.map(({ after }) => (
              <li key={`edited-after-${after.id ?? after.text}`}>
                <span className="revision-findings__tag">{m.edited}</span> {kind[after.kind]}:{' '}
                {after.text}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
