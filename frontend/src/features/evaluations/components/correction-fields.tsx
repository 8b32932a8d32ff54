import {
  AGREEMENTS_MAX_LENGTH,
  NOTES_MAX_LENGTH,
  PLENARY_REPORTER_MAX_LENGTH,
  RATIONALE_MAX_LENGTH,
  type SessionParticipants,
} from '@zet/contracts';
import type { ReactNode } from 'react';
import { ChoiceGroup } from '../../../components/ui/choice-group';
import { evaluationMessages } from '../messages';
import type { CaptureDraft, CaptureField } from '../utils/capture-draft';
import type { CorrectionErrors } from '../utils/correction-input';
import { roleName, scenarioName, type EvaluationLabels } from '../utils/labels';
import { CaptureTextField } from './capture-text-field';
import type { ReflectionCardOption } from './capture-page';
import { FindingsSection } from './findings-section';
import { ParticipantsSection } from './participants-section';
import { PlacementsSection } from './placements-section';
import { ScenarioScale } from './scenario-scale';

const m = evaluationMessages.capture;

type CorrectionFieldsProps = {
  draft: CaptureDraft;
  /** Planned participant counts, from the server's document. */
  expected: readonly SessionParticipants[];
  labels: EvaluationLabels | undefined;
  /** Undefined while the theme's cards load. */
  reflectionCards: ReflectionCardOption[] | undefined;
  errors: CorrectionErrors;
  onChange: <F extends CaptureField>(field: F, value: CaptureDraft[F]) => void;
};

/**
 * Everything a correction can change, with the capture form's own sections; the group placement
 * and the findings first, as they are what is corrected most.
 */
export function CorrectionFields({
  draft,
  expected,
  labels,
  reflectionCards,
  errors,
  onChange,
}: CorrectionFieldsProps) {
  const set =
    <F extends CaptureField>(field: F) =>
    (value: CaptureDraft[F]) =>
      onChange(field, value);
  const nameOfScenario = (level: number) => scenarioName(labels, level);
  const rationaleRequired =
    draft.currentPlacement !== null &&
    draft.currentPlacement === draft.desiredPlacement &&
    draft.rationale.trim() === '';

  return (
    <>
      <section aria-labelledby="correction-group" className="capture-section">
        <h2 id="correction-group">{m.sections.group}</h2>
        <ScenarioScale
          legend={m.current}
          name="currentPlacement"
          value={draft.currentPlacement}
          onChange={set('currentPlacement')}
          scenarioName={nameOfScenario}
          disabled={false}
          error={errors.currentPlacement}
        />
        <ScenarioScale
          legend={m.desired}
          name="desiredPlacement"
          value={draft.desiredPlacement}
          onChange={set('desiredPlacement')}
          scenarioName={nameOfScenario}
          disabled={false}
          error={errors.desiredPlacement}
          reference={{ value: draft.currentPlacement, label: evaluationMessages.live.now }}
        />
        <CaptureTextField
          label={m.rationale}
          name="rationale"
          value={draft.rationale}
          onChange={set('rationale')}
          maxLength={RATIONALE_MAX_LENGTH}
          hint={m.rationaleHint}
          warning={rationaleRequired && !errors.rationale ? m.rationaleRequired : undefined}
          error={errors.rationale}
          rows={5}
        />
      </section>

      <WithSectionError error={errors.findings}>
        <FindingsSection findings={draft.findings} onChange={set('findings')} readOnly={false} />
      </WithSectionError>

      <WithSectionError error={errors.participants}>
        <ParticipantsSection
          participants={draft.participants}
          expected={expected}
          roles={labels?.roles ?? []}
          onChange={set('participants')}
        />
      </WithSectionError>

      <WithSectionError error={errors.individualPlacements}>
        <PlacementsSection
          placements={draft.individualPlacements}
          roles={labels?.roles ?? []}
          roleName={(code) => roleName(labels, code)}
          onChange={set('individualPlacements')}
          readOnly={false}
        />
      </WithSectionError>

      <section aria-labelledby="correction-cards" className="capture-section">
        <h2 id="correction-cards">{m.sections.cards}</h2>
        {reflectionCards === undefined ? (
          <p className="muted">{m.cardsLoading}</p>
        ) : reflectionCards.length === 0 ? (
          <p className="muted">{m.cardsEmpty}</p>
        ) : (
          <ChoiceGroup
            type="checkbox"
            legend={<span className="visually-hidden">{m.sections.cards}</span>}
            name="reflectionCards"
            choices={reflectionCards.map((card) => ({ value: card.code, label: card.title }))}
            value={draft.reflectionCards}
            onChange={set('reflectionCards')}
            error={errors.reflectionCards}
          />
        )}
      </section>

      <section aria-labelledby="correction-closing" className="capture-section">
        <h2 id="correction-closing">{m.sections.closing}</h2>
        <CaptureTextField
          label={m.agreements}
          name="agreements"
          value={draft.agreements}
          onChange={set('agreements')}
          maxLength={AGREEMENTS_MAX_LENGTH}
          hint={m.agreementsHint}
          error={errors.agreements}
        />
        <CaptureTextField
          label={m.plenaryReporter}
          name="plenaryReporter"
          value={draft.plenaryReporter}
          onChange={set('plenaryReporter')}
          maxLength={PLENARY_REPORTER_MAX_LENGTH}
          multiline={false}
          error={errors.plenaryReporter}
        />
        <CaptureTextField
          label={m.notes}
          name="notes"
          value={draft.notes}
          onChange={set('notes')}
          maxLength={NOTES_MAX_LENGTH}
          hint={m.notesHint}
          rows={3}
          error={errors.notes}
        />
      </section>
    </>
  );
}

/** A list section's refusal, shown right under it and focusable so the form can point to it. */
function WithSectionError({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <div
      className={error ? 'correction-section correction-section--invalid' : 'correction-section'}
    >
      {children}
      {error ? (
        <p className="field__error" tabIndex={-1} data-correction-error="">
          {error}
        </p>
      ) : null}
    </div>
  );
}
