import type { ThemeSessionCapture } from '@zet/contracts';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDate } from '../../../lib/dates';
import { useEvaluation } from '../api/get-evaluation';
import { useThemeSession } from '../api/get-theme-session';
import { useCaptureAutosave } from '../api/use-capture-autosave';
import { evaluationMessages } from '../messages';
import type { CaptureDraft, SetDraftField } from '../utils/capture-draft';
import { evaluationPaths } from '../utils/evaluation-paths';
import { roleName, scenarioName } from '../utils/labels';
import { AttachmentsSection } from './attachments-section';
import { ClosingSection } from './closing-section';
import { ConflictPanel } from './conflict-panel';
import type { CorrectionFlash } from './correction-form';
import { FindingsSection } from './findings-section';
import { GroupPlacementSection } from './group-placement-section';
import { ParticipantsSection } from './participants-section';
import { PlacementsSection } from './placements-section';
import { ReflectionCardsSection, withKeptCards } from './reflection-cards-section';
import { RevisionHistory } from './revision-history';
import { SaveStatus } from './save-status';
import { SessionContextPanel } from './session-context-panel';
import type { SessionPageProps } from './session-page-props';
import './capture.css';

const m = evaluationMessages.capture;

/** Vastleggen: one theme session captured on the day, autosaved, safe offline. */
export function CapturePage(props: SessionPageProps) {
  const { partnershipId, evaluationId, sessionId } = props;
  const session = useThemeSession(partnershipId, evaluationId, sessionId);

  if (session.isPending) return <Skeleton lines={10} />;
  if (session.isError && session.data === undefined) {
    return (
      <>
        <PageHeading>{m.title}</PageHeading>
        <ErrorState
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        >
          <p>{m.loadFailedOffline}</p>
        </ErrorState>
      </>
    );
  }
  return <CaptureForm key={sessionId} {...props} initial={session.data} latest={session.data} />;
}

type CaptureFormProps = SessionPageProps & {
  initial: ThemeSessionCapture;
  latest: ThemeSessionCapture;
};

function CaptureForm({
  partnershipId,
  evaluationId,
  sessionId,
  labels,
  reflectionCards,
  initial,
  latest,
}: CaptureFormProps) {
  const capture = useCaptureAutosave({ partnershipId, evaluationId, sessionId }, initial);
  const evaluation = useEvaluation(partnershipId, evaluationId);
  const location = useLocation();
  const corrected = (location.state as CorrectionFlash | null)?.flash === 'corrected';
  const { adopt } = capture;
  useEffect(() => adopt(latest), [adopt, latest]);

  const { doc, draft, update } = capture;
  const readOnly = doc.readOnly;
  const change: SetDraftField = (field, value) =>
    update((current) => ({ ...current, [field]: value }));
  const set =
    <F extends keyof CaptureDraft>(field: F) =>
    (value: CaptureDraft[F]) =>
      change(field, value);

  const nameOfRole = (code: string) => roleName(labels, code);
  const nameOfScenario = (level: number) => scenarioName(labels, level);
  const cards = withKeptCards(reflectionCards ?? [], draft.reflectionCards);
  const cardTitle = (code: string) => cards.find((c) => c.code === code)?.title ?? code;
  const heading = m.heading(doc.themeName, doc.groupLabel);
  const detail = evaluation.data;
  const finalised = doc.evaluationStatus === 'finalised';
  const canCorrect = finalised && detail?.permissions.correct === true;

  return (
    <div className="capture">
      <p className="breadcrumb">
        <Link to={evaluationPaths.evaluation(partnershipId, evaluationId)}>
          {detail ? m.back(detail.title) : evaluationMessages.evaluation.back}
        </Link>
      </p>
      <PageHeading documentTitle={heading}>{heading}</PageHeading>
      <p className="capture__meta">
        <span>{m.meta(doc.roundNumber)}</span>
        {detail ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{detail.location?.name ?? evaluationMessages.partnershipWide}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={detail.heldOn}>{formatDate(detail.heldOn)}</time>
          </>
        ) : null}
        {doc.facilitator?.name ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              {m.facilitator}: {doc.facilitator.name}
            </span>
          </>
        ) : null}
      </p>

      <div className="capture-toolbar">
        {readOnly ? (
          <p className="capture-toolbar__readonly">
            {doc.evaluationStatus === 'finalised' ? m.readOnly : m.readOnlyNoAccess}
          </p>
        ) : (
          <SaveStatus
            status={capture.status}
            savedAt={capture.savedAt}
            error={capture.lastError}
            onRetry={capture.retry}
          />
        )}
        <span className="capture-toolbar__actions">
          {canCorrect ? (
            <Link
              to={evaluationPaths.correction(partnershipId, evaluationId, sessionId)}
              className="button button--small"
            >
              {evaluationMessages.correction.start}
            </Link>
          ) : null}
          <Link
            to={evaluationPaths.live(partnershipId, evaluationId, sessionId)}
            target="_blank"
            rel="noopener"
            className="button button--secondary button--small"
          >
            {m.liveLink}
            <span className="visually-hidden"> ({m.liveLinkHelp})</span>
          </Link>
        </span>
      </div>
      <StatusMessage
        feedback={
          corrected && finalised
            ? {
                tone: 'success',
                message: evaluationMessages.correction.savedFlash(doc.revision + 1),
              }
            : null
        }
      />

      {capture.restored !== 'none' && !readOnly ? <p className="notice">{m.restored}</p> : null}
      {capture.autoMerged && !readOnly ? (
        <div className="notice notice--dismissable">
          <p>{m.merged}</p>
          <button
            type="button"
            className="button button--link small"
            onClick={capture.dismissAutoMerged}
          >
            {m.dismiss}
          </button>
        </div>
      ) : null}
      {!capture.storageOk ? <p className="notice">{m.storageOff}</p> : null}

      {capture.conflict ? (
        <ConflictPanel
          conflict={capture.conflict}
          mine={draft}
          labels={{ roleName: nameOfRole, scenarioName: nameOfScenario, cardTitle }}
          onResolve={capture.resolve}
        />
      ) : null}

      <div className="capture-layout">
        <div className="capture-main">
          <fieldset className="capture-fieldset" disabled={readOnly}>
            <legend className="visually-hidden">{heading}</legend>
            <ParticipantsSection
              participants={draft.participants}
              expected={doc.participants}
              roles={labels?.roles ?? []}
              onChange={set('participants')}
            />
            <PlacementsSection
              placements={draft.individualPlacements}
              roles={labels?.roles ?? []}
              roleName={nameOfRole}
              onChange={set('individualPlacements')}
              readOnly={readOnly}
            />
            <FindingsSection
              findings={draft.findings}
              onChange={set('findings')}
              readOnly={readOnly}
            />

            <ReflectionCardsSection
              idPrefix="capture"
              cards={reflectionCards === undefined ? undefined : cards}
              value={draft.reflectionCards}
              onChange={set('reflectionCards')}
            />
            <GroupPlacementSection
              idPrefix="capture"
              draft={draft}
              onChange={change}
              scenarioName={nameOfScenario}
              readOnly={readOnly}
            />
            <ClosingSection
              idPrefix="capture"
              draft={draft}
              onChange={change}
              readOnly={readOnly}
            />
            <AttachmentsSection
              partnershipId={partnershipId}
              evaluationId={evaluationId}
              sessionId={sessionId}
              readOnly={readOnly}
              online={capture.online}
            />
          </fieldset>
          {finalised ? (
            <RevisionHistory
              partnershipId={partnershipId}
              evaluationId={evaluationId}
              session={doc}
              labels={{ roleName: nameOfRole, scenarioName: nameOfScenario, cardTitle }}
            />
          ) : null}
        </div>
        <SessionContextPanel
          partnershipId={partnershipId}
          evaluationId={evaluationId}
          sessionId={sessionId}
          roleName={nameOfRole}
        />
      </div>
    </div>
  );
}
