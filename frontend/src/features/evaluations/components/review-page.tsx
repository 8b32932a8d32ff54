import type { EvaluationReview, Finding } from '@zet/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Dialog } from '../../../components/ui/dialog';
import { PageHeading } from '../../../components/ui/page-heading';
import { PlacementValue } from '../../../components/ui/placement-value';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { FormError } from '../../../components/ui/status-message';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useEvaluation } from '../api/get-evaluation';
import { useEvaluationReview } from '../api/get-evaluation-review';
import { useFinaliseEvaluation } from '../api/finalise-evaluation';
import { evaluationMessages } from '../messages';
import { evaluationPaths } from '../utils/evaluation-paths';
import type { EvaluationFlash } from './evaluation-page';
import './evaluation-pages.css';

const m = evaluationMessages.review;

type ReviewPageProps = { partnershipId: string; evaluationId: string };

/** The summary before vaststellen: per theme session what is there and what is missing. */
export function ReviewPage({ partnershipId, evaluationId }: ReviewPageProps) {
  const review = useEvaluationReview(partnershipId, evaluationId);
  const evaluation = useEvaluation(partnershipId, evaluationId);
  const finalise = useFinaliseEvaluation(partnershipId, evaluationId);
  const navigate = useNavigate();
  const back = evaluationPaths.evaluation(partnershipId, evaluationId);
  // Navigates from here, not from the bar: the bar goes once the review shows "vastgesteld".
  const confirmFinalise = async (version: number) => {
    await finalise.mutateAsync(version);
    const state: EvaluationFlash = { flash: 'finalised' };
    await navigate(back, { state });
  };

  if (review.isPending) return <Skeleton lines={8} />;
  if (review.isError && review.data === undefined) {
    return (
      <>
        <PageHeading>{m.title}</PageHeading>
        <ErrorState
          error={review.error}
          onRetry={() => void review.refetch()}
          retrying={review.isFetching}
        />
      </>
    );
  }
  const data = review.data;
  const title = evaluation.data?.title;
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>
          {title ? evaluationMessages.capture.back(title) : evaluationMessages.evaluation.back}
        </Link>
      </p>
      <PageHeading documentTitle={title ? `${m.title}: ${title}` : m.title}>{m.title}</PageHeading>
      {title ? <p className="page-lead page-lead--name">{title}</p> : null}
      {data.status === 'finalised' ? (
        <p className="status-message status-message--success">
          {evaluation.data?.finalisedAt
            ? evaluationMessages.evaluation.finalisedOn(
                formatDateTime(evaluation.data.finalisedAt),
                evaluation.data.finalisedBy?.name ?? null,
              )
            : m.alreadyFinalised}
        </p>
      ) : (
        <p className="page-lead">{m.lead}</p>
      )}
      {data.status === 'draft' ? (
        <FinaliseBar
          review={data}
          pending={finalise.isPending}
          error={finalise.isError ? finalise.error : null}
          onOpen={finalise.reset}
          onConfirm={confirmFinalise}
        />
      ) : null}
      <ReviewSessions review={data} partnershipId={partnershipId} evaluationId={evaluationId} />
    </>
  );
}

function FinaliseBar({
  review,
  pending,
  error,
  onOpen,
  onConfirm,
}: {
  review: EvaluationReview;
  pending: boolean;
  error: unknown;
  onOpen: () => void;
  onConfirm: (version: number) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const problems = review.problems.length;
  const ready = problems === 0 && review.canFinalise;

  const confirm = () => {
    // A failure stays in the dialog (the mutation's error); success leaves this page.
    onConfirm(review.version).catch(() => undefined);
  };

  return (
    <section aria-labelledby="finalise-title" className={`finalise-bar${ready ? ' is-ready' : ''}`}>
      <h2 id="finalise-title" className="visually-hidden">
        {m.finalise}
      </h2>
      <div className="finalise-bar__text">
        <p className="finalise-bar__summary">{problems === 0 ? m.ready : m.problems(problems)}</p>
        {!review.canFinalise ? <p className="small">{m.cannotFinalise}</p> : null}
      </div>
      <button
        type="button"
        className="button"
        disabled={!ready}
        onClick={() => {
          onOpen();
          setConfirming(true);
        }}
      >
        {m.finalise}
      </button>
      <Dialog
        open={confirming}
        title={m.confirmTitle}
        onClose={() => setConfirming(false)}
        closeLabel={m.closeDialog}
      >
        <p>{m.confirmBody}</p>
        <FormError>{error ? errorMessage(error) : null}</FormError>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {m.cancel}
          </button>
          <button type="button" className="button" onClick={confirm} disabled={pending}>
            {pending ? m.finalising : m.confirm}
          </button>
        </div>
      </Dialog>
    </section>
  );
}

function ReviewSessions({
  review,
  partnershipId,
  evaluationId,
}: {
  review: EvaluationReview;
  partnershipId: string;
  evaluationId: string;
}) {
  const general = review.problems.filter((p) => p.path[0] !== 'sessions');
  // Every session carries its round's name; the first one per round names the heading.
  const rounds = [
    ...new Map(review.sessions.map((s) => [s.roundNumber, s.roundLabel] as const)).entries(),
  ].sort(([a], [b]) => a - b);
  return (
    <>
      {general.length > 0 ? (
        <ul className="review-problems">
          {general.map((problem) => (
            <li key={problem.code}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
      {rounds.map(([round, label]) => (
        <section key={round} aria-labelledby={`review-round-${round}`}>
          <h2 id={`review-round-${round}`}>{evaluationMessages.evaluation.round(round, label)}</h2>
          <ul className="review-sessions">
            {review.sessions
              .filter((s) => s.roundNumber === round)
              .map((session) => {
                const name = session.groupLabel
                  ? `${session.themeName} (${session.groupLabel})`
                  : session.themeName;
                const complete = session.problems.length === 0;
                return (
                  <li
                    key={session.id}
                    className={`review-session${complete ? ' is-complete' : ' has-problems'}`}
                  >
                    <div className="review-session__head">
                      <h3 id={`review-${session.id}`} className="review-session__title">
                        {name}
                      </h3>
                      {complete ? (
                        <span className="badge badge--finalised">{m.sessionComplete}</span>
                      ) : null}
                      {review.status === 'draft' ? (
                        <Link
                          to={evaluationPaths.capture(partnershipId, evaluationId, session.id)}
                          className="button button--secondary button--small"
                          aria-label={m.completeLabel(name)}
                        >
                          {m.complete}
                        </Link>
                      ) : null}
                    </div>
                    {session.facilitator?.name ? (
                      <p className="muted small">
                        {evaluationMessages.capture.facilitator}: {session.facilitator.name}
                      </p>
                    ) : null}
                    <dl className="review-counts">
                      <div>
                        <dt>{m.placement}</dt>
                        <dd>
                          <PlacementValue value={session.currentPlacement} />
                          <span aria-hidden="true"> → </span>
                          <span className="visually-hidden">, </span>
                          <PlacementValue value={session.desiredPlacement} />
                        </dd>
                      </div>
                      <div>
                        <dt>{m.individualPlacements}</dt>
                        <dd>{session.individualPlacements}</dd>
                      </div>
                      <div>
                        <dt>{m.participants}</dt>
                        <dd>{session.participantsPresent}</dd>
                      </div>
                    </dl>
                    {session.rationale.trim() ? (
                      <p className="review-rationale">
                        <span className="review-rationale__label">{m.rationale}: </span>
                        {session.rationale}
                      </p>
                    ) : null}
                    <ReviewFindings sessionId={session.id} findings={session.findings} />
                    {session.problems.length > 0 ? (
                      <div className="review-problems">
                        <p className="review-problems__title">{m.problemsTitle}</p>
                        <ul>
                          {session.problems.map((problem) => (
                            <li key={problem.code}>{problem.message}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                    {session.warnings.length > 0 ? (
                      <div className="review-warnings">
                        <p className="review-problems__title">{m.warningsTitle}</p>
                        <ul>
                          {session.warnings.map((warning, index) => (
                            <li key={`${warning.code}-${index}`}>{warning.message}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The session's strengths and development points, each in the order they were captured. */
function ReviewFindings({ sessionId, findings }: { sessionId: string; findings: Finding[] }) {
  const lists = [
    { kind: 'strength', title: m.strengths, empty: m.noStrengths },
    { kind: 'development', title: m.developmentPoints, empty: m.noDevelopmentPoints },
  ] as const;
  return (
    <div className="review-findings">
      {lists.map(({ kind, title, empty }) => {
        const items = findings.filter((f) => f.kind === kind);
        const headingId = `review-${sessionId}-${kind}`;
        return (
          <div key={kind} className={`review-findings__kind review-findings__kind--${kind}`}>
            <h4 id={headingId} className="review-findings__title">
              {title}
            </h4>
            {items.length > 0 ? (
              <ul aria-labelledby={headingId}>
                {items.map((f) => (
                  <li key={f.id}>{f.text}</li>
                ))}
              </ul>
            ) : (
              <p className="muted small">{empty}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
