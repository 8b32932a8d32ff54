import type { ThemeSessionContext } from '@zet/contracts';
import { PlacementValue } from '../../../components/ui/placement-value';
import { Skeleton } from '../../../components/ui/query-states';
import { formatDate } from '../../../lib/dates';
import { useSessionContext } from '../api/get-session-context';
import { evaluationMessages } from '../messages';

const m = evaluationMessages.context;

type SessionContextPanelProps = {
  partnershipId: string;
  evaluationId: string;
  sessionId: string;
  roleName: (code: string) => string;
};

/** Beside the form: the previous outcome of this theme at this locatie, and its open actions. */
export function SessionContextPanel({
  partnershipId,
  evaluationId,
  sessionId,
  roleName,
}: SessionContextPanelProps) {
  const context = useSessionContext(partnershipId, evaluationId, sessionId);
  return (
    <aside className="capture-aside" aria-labelledby="context-title">
      <h2 id="context-title" className="capture-aside__title">
        {m.title}
      </h2>
      {context.isPending ? (
        <Skeleton lines={4} />
      ) : context.isError ? (
        <p className="muted">{m.failed}</p>
      ) : (
        <ContextBody context={context.data} roleName={roleName} />
      )}
    </aside>
  );
}

function ContextBody({
  context,
  roleName,
}: {
  context: ThemeSessionContext;
  roleName: (code: string) => string;
}) {
  const { previous, openActions } = context;
  return (
    <>
      {previous === null ? (
        <p className="muted small">{m.previousNone}</p>
      ) : (
        <div className="previous">
          <p className="previous__source">
            {m.previousOf(previous.title)}{' '}
            <span className="muted">
              (<time dateTime={previous.heldOn}>{formatDate(previous.heldOn)}</time>)
            </span>
          </p>
          {previous.sessions.map((session) => {
            const strengths = session.findings.filter((f) => f.kind === 'strength');
            const development = session.findings.filter((f) => f.kind === 'development');
            return (
              <div key={session.id} className="previous__session">
                {session.groupLabel ? (
                  <h3 className="previous__group">{session.groupLabel}</h3>
                ) : null}
                <p className="previous__placement">
                  {m.placement}: <PlacementValue value={session.currentPlacement} /> {m.now}
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden">, </span>
                  <PlacementValue value={session.desiredPlacement} /> {m.desired}
                </p>
                {strengths.length > 0 ? (
                  <>
                    <h3 className="previous__heading">
                      {evaluationMessages.findingKinds.strength}
                    </h3>
                    <ul className="previous__list">
                      {strengths.map((f) => (
                        <li key={f.id}>{f.text}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {development.length > 0 ? (
                  <>
                    <h3 className="previous__heading">
                      {evaluationMessages.findingKinds.development}
                    </h3>
                    <ul className="previous__list">
                      {development.map((f) => (
                        <li key={f.id}>{f.text}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {session.rationale ? (
                  <details className="previous__rationale">
                    <summary>{m.rationale}</summary>
                    <p>{session.rationale}</p>
                  </details>
                ) : null}
              </div>
            );
          })}
        </div>
      )}
      <h2 className="capture-aside__title">{m.actionsTitle}</h2>
      {openActions.length === 0 ? (
        <p className="muted small">{m.actionsNone}</p>
      ) : (
        <ul className="open-actions">
          {openActions.map((action) => (
            <li key={action.id} className="open-action">
              <p className="open-action__title">{action.title}</p>
              <p className="open-action__meta">
                <span className={`badge badge--action-${action.status}`}>
                  {m.actionStatus[action.status]}
                </span>{' '}
                {m.owner}: {action.ownerName || roleName(action.ownerRole)}
                {action.dueOn ? <> · {m.due(formatDate(action.dueOn))}</> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
