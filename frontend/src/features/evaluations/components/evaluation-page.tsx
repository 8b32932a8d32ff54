import type { EvaluationDetail, PlanWarning, ThemeSessionOverview } from '@zet/contracts';
import { Link, useLocation } from 'react-router';
import { ChipGroup } from '../../../components/ui/chip-group';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useEvaluation } from '../api/get-evaluation';
import { evaluationMessages } from '../messages';
import { browserStorage, hasLocalCapture } from '../utils/draft-store';
import { evaluationPaths } from '../utils/evaluation-paths';
import { PlacementValue } from '../../../components/ui/placement-value';
import './evaluation-pages.css';

const m = evaluationMessages.evaluation;

/** What a page that navigated here wants to say (e.g. after finalising). */
export type EvaluationFlash = { flash?: 'finalised' | 'planSaved' };

type EvaluationPageProps = { partnershipId: string; evaluationId: string };

/** One ZET-dagdeel: its facts, the method's advice on the plan, and its theme sessions per round. */
export function EvaluationPage({ partnershipId, evaluationId }: EvaluationPageProps) {
  const evaluation = useEvaluation(partnershipId, evaluationId);
  const location = useLocation();
  const flash = (location.state as EvaluationFlash | null)?.flash;

  if (evaluation.isPending) return <Skeleton lines={8} />;
  if (evaluation.isError && evaluation.data === undefined) {
    return (
      <>
        <PageHeading>{evaluationMessages.title}</PageHeading>
        <ErrorState
          error={evaluation.error}
          onRetry={() => void evaluation.refetch()}
          retrying={evaluation.isFetching}
        >
          <p>
            <Link to={evaluationPaths.partnership(partnershipId)}>{m.back}</Link>
          </p>
        </ErrorState>
      </>
    );
  }
  const detail = evaluation.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={evaluationPaths.partnership(partnershipId)}>{m.back}</Link>
      </p>
      <div className="evaluation-heading">
        <PageHeading>{detail.title}</PageHeading>
        <span className={`badge badge--${detail.status}`}>
          {evaluationMessages.status[detail.status]}
        </span>
      </div>
      <StatusMessage
        feedback={
          flash === 'finalised'
            ? { tone: 'success', message: m.finalisedFlash }
            : flash === 'planSaved'
              ? { tone: 'success', message: m.planSavedFlash }
              : null
        }
      />
      <EvaluationFacts detail={detail} />
      <div className="form-actions evaluation-actions">
        {detail.permissions.editPlan && detail.status === 'draft' ? (
          <Link
            to={evaluationPaths.plan(partnershipId, evaluationId)}
            className="button button--secondary"
          >
            {m.editPlan}
          </Link>
        ) : null}
        <Link to={evaluationPaths.review(partnershipId, evaluationId)} className="button">
          {detail.status === 'draft' ? m.review : m.reviewFinalised}
        </Link>
      </div>
      {detail.status === 'draft' ? <PlanWarnings warnings={detail.warnings} /> : null}
      {detail.rounds.length === 0 ? <p className="muted">{m.noRounds}</p> : null}
      {detail.rounds.map((round) => (
        <section key={round.id} aria-labelledby={`round-${round.id}`} className="round">
          <h2 id={`round-${round.id}`}>{m.round(round.number, round.label)}</h2>
          {round.sessions.length === 0 ? (
            <p className="muted">{m.noSessions}</p>
          ) : (
            <SessionTable
              sessions={round.sessions}
              partnershipId={partnershipId}
              evaluationId={evaluationId}
              finalised={detail.status === 'finalised'}
              canCorrect={detail.status === 'finalised' && detail.permissions.correct}
            />
          )}
        </section>
      ))}
    </>
  );
}

function EvaluationFacts({ detail }: { detail: EvaluationDetail }) {
  return (
    <section aria-label={m.facts} className="evaluation-facts">
      <dl className="facts facts--grid">
        <div>
          <dt>{m.heldOn}</dt>
          <dd>
            <time dateTime={detail.heldOn}>{formatDate(detail.heldOn)}</time>
          </dd>
        </div>
        <div>
          <dt>{m.location}</dt>
          <dd>{detail.location?.name ?? evaluationMessages.partnershipWide}</dd>
        </div>
        <div>
          <dt>{m.schoolYear}</dt>
          <dd>{detail.schoolYear}</dd>
        </div>
        <div>
          <dt>{m.contentVersion}</dt>
          <dd>{detail.contentVersion}</dd>
        </div>
      </dl>
      {detail.targetGroups.length > 0 ? (
        <ChipGroup
          label={m.targetGroups}
          items={detail.targetGroups.map((group) => ({ key: group.id, label: group.name }))}
        />
      ) : (
        <p className="muted small">{m.noTargetGroups}</p>
      )}
      {detail.finalisedAt ? (
        <p className="evaluation-finalised">
          {m.finalisedOn(formatDateTime(detail.finalisedAt), detail.finalisedBy?.name ?? null)}
        </p>
      ) : null}
    </section>
  );
}

/** The method's advice about the plan; it never blocks anything. */
export function PlanWarnings({ warnings }: { warnings: PlanWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="plan-warnings" className="plan-warnings">
      <h2 id="plan-warnings">{m.warningsTitle}</h2>
      <p className="small">{m.warningsHelp}</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={`${warning.path.join('.')}-${warning.code}-${index}`}>{warning.message}</li>
        ))}
      </ul>
    </section>
  );
}

function SessionTable({
  sessions,
  partnershipId,
  evaluationId,
  finalised,
  canCorrect,
}: {
  sessions: ThemeSessionOverview[];
  partnershipId: string;
  evaluationId: string;
  finalised: boolean;
  canCorrect: boolean;
}) {
  const storage = browserStorage();
  return (
    <div className="table-scroll-x">
      <table className={`session-table${canCorrect ? ' session-table--correctable' : ''}`}>
        <colgroup>
          <col className="session-table__col-theme" />
          <col className="session-table__col-facilitator" />
          <col className="session-table__col-expected" />
          <col className="session-table__col-status" />
          <col className="session-table__col-placement" />
          <col className="session-table__col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{m.columns.theme}</th>
            <th scope="col">{m.columns.facilitator}</th>
            <th scope="col">{m.columns.expected}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.placement}</th>
            <th scope="col">
              <span className="visually-hidden">{m.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const name = session.groupLabel
              ? `${session.themeName} (${session.groupLabel})`
              : session.themeName;
            const expected = session.expectedParticipants.reduce((sum, p) => sum + p.expected, 0);
            const pending = !finalised && storage !== null && hasLocalCapture(storage, session.id);
            const canEdit = session.canCapture && !finalised;
            return (
              <tr key={session.id}>
                <th scope="row">{name}</th>
                <td>
                  {session.facilitator
                    ? (session.facilitator.name ?? m.unknownPerson)
                    : m.noFacilitator}
                </td>
                <td>{expected}</td>
                <td>
                  <span className={`session-status session-status--${session.status}`}>
                    {m.sessionStatus[session.status]}
                  </span>
                  {pending ? <span className="session-local">{m.localDraft}</span> : null}
                </td>
                <td className="session-table__placement">
                  <PlacementValue value={session.currentPlacement} />
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden">, </span>
                  <PlacementValue value={session.desiredPlacement} />
                </td>
                <td className="session-table__actions">
                  <Link
                    to={evaluationPaths.capture(partnershipId, evaluationId, session.id)}
                    className={
                      canEdit ? 'button button--small' : 'button button--secondary button--small'
                    }
                    aria-label={canEdit ? m.captureLabel(name) : m.viewLabel(name)}
                  >
                    {canEdit ? m.capture : m.view}
                  </Link>
                  {canCorrect ? (
                    <Link
                      to={evaluationPaths.correction(partnershipId, evaluationId, session.id)}
                      className="button button--secondary button--small"
                      aria-label={evaluationMessages.correction.rowLabel(name)}
                    >
                      {evaluationMessages.correction.row}
                    </Link>
                  ) : null}
                  <Link
                    to={evaluationPaths.live(partnershipId, evaluationId, session.id)}
                    className="button button--secondary button--small"
                    aria-label={m.liveLabel(name)}
                  >
                    {m.live}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
