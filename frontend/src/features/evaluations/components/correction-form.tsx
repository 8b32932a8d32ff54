import type { EvaluationDetail, ThemeSessionCapture } from '@zet/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate } from 'react-router';
import { Dialog } from '../../../components/ui/dialog';
import { PageHeading } from '../../../components/ui/page-heading';
import { FormError } from '../../../components/ui/status-message';
import { TextAreaField } from '../../../components/ui/text-field';
import { formatDate } from '../../../lib/dates';
import { useCorrectionDraft } from '../api/use-correction-draft';
import { evaluationMessages } from '../messages';
import { roleName, scenarioName } from '../utils/labels';
import { ConflictPanel } from './conflict-panel';
import { CorrectionFields } from './correction-fields';
import { withKeptCards } from './reflection-cards-section';
import type { SessionPageProps } from './session-page-props';
import { StaleCorrectionNotice } from './stale-correction-notice';

const m = evaluationMessages.correction;

/** What the session page says after a correction was saved. */
export type CorrectionFlash = { flash?: 'corrected' };

type CorrectionFormProps = SessionPageProps & {
  initial: ThemeSessionCapture;
  evaluation: EvaluationDetail;
  /** The read-only session page, where cancel and save lead. */
  back: string;
};

export function CorrectionForm({
  partnershipId,
  evaluationId,
  sessionId,
  labels,
  reflectionCards,
  initial,
  evaluation,
  back,
}: CorrectionFormProps) {
  const correction = useCorrectionDraft({ partnershipId, evaluationId, sessionId }, initial);
  const navigate = useNavigate();
  const root = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  // Set just before leaving after a save, so the unsaved-changes guard lets the page go.
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      correction.dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!correction.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [correction.dirty]);

  // After a refused save: focus the first field with a message (the form error is announced).
  useEffect(() => {
    if (focusRequest === 0) return;
    root.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-correction-error]')
      ?.focus();
  }, [focusRequest]);

  const heading = evaluationMessages.capture.heading(initial.themeName, initial.groupLabel);
  const cards =
    reflectionCards === undefined
      ? undefined
      : withKeptCards(reflectionCards, correction.draft.reflectionCards);
  const valueLabels = {
    roleName: (code: string) => roleName(labels, code),
    scenarioName: (level: number) => scenarioName(labels, level),
    cardTitle: (code: string) => cards?.find((c) => c.code === code)?.title ?? code,
  };

  const save = async (from?: Parameters<typeof correction.submit>[0]) => {
    const saved = await correction.submit(from);
    if (!saved) {
      setFocusRequest((n) => n + 1);
      return;
    }
    leaving.current = true;
    const state: CorrectionFlash = { flash: 'corrected' };
    await navigate(back, { state });
  };

  return (
    <div className="capture correction" ref={root}>
      <p className="breadcrumb">
        <Link to={back}>{m.backToSession}</Link>
      </p>
      <PageHeading documentTitle={m.heading(heading)}>{m.heading(heading)}</PageHeading>
      <p className="capture__meta">
        {evaluation.title}
        <span aria-hidden="true"> · </span>
        {evaluationMessages.capture.meta(initial.roundNumber)}
        <span aria-hidden="true"> · </span>
        <time dateTime={evaluation.heldOn}>{formatDate(evaluation.heldOn)}</time>
      </p>
      <p className="correction-lead">{m.lead}</p>
      <p className="correction-lead">
        <strong>{m.editing(correction.doc.revision + 1)}</strong>
      </p>

      {correction.stale ? (
        <StaleCorrectionNotice
          partnershipId={partnershipId}
          evaluationId={evaluationId}
          theirs={correction.stale.theirs}
          conflicting={correction.stale.conflict !== null}
        />
      ) : null}
      {correction.stale?.conflict ? (
        <ConflictPanel
          conflict={correction.stale.conflict}
          mine={correction.draft}
          labels={valueLabels}
          onResolve={(choices, edited) => {
            const next = correction.resolve(choices, edited);
            if (next) void save(next);
          }}
        />
      ) : null}

      <FormError>{correction.errors.form ?? null}</FormError>

      <CorrectionFields
        draft={correction.draft}
        expected={correction.doc.participants}
        labels={labels}
        reflectionCards={cards}
        errors={correction.errors}
        onChange={(field, value) => correction.update((draft) => ({ ...draft, [field]: value }))}
      />

      <section aria-labelledby="correction-reason" className="capture-section correction-reason">
        <h2 id="correction-reason">{m.reasonSection}</h2>
        <TextAreaField
          label={m.reason}
          name="reason"
          value={correction.reason}
          onChange={correction.setReason}
          hint={m.reasonHint}
          error={correction.errors.reason}
          rows={3}
          maxLength={1000}
          required
        />
        <div className="correction-actions">
          <button
            type="button"
            className="button"
            disabled={correction.saving || correction.stale?.conflict != null}
            onClick={() => void save()}
          >
            {correction.saving ? m.saving : m.save}
          </button>
          <Link to={back} className="button button--secondary">
            {m.cancel}
          </Link>
        </div>
        <p role="status" className="visually-hidden">
          {correction.saving ? m.saving : ''}
        </p>
      </section>

      <Dialog
        open={blocker.state === 'blocked'}
        title={m.discardTitle}
        onClose={() => blocker.reset?.()}
        closeLabel={m.closeDialog}
      >
        <p>{m.discardBody}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => blocker.reset?.()}>
            {m.keepEditing}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => blocker.proceed?.()}
          >
            {m.discard}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
