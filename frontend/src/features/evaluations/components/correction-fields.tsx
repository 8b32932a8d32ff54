import type { SessionParticipants } from '@zet/contracts';
import type { ReactNode } from 'react';
import type { CaptureDraft, CaptureField, SetDraftField } from '../utils/capture-draft';
import type { CorrectionErrors } from '../utils/correction-input';
import { roleName, scenarioName, type EvaluationLabels } from '../utils/labels';
import { ClosingSection } from './closing-section';
import { FindingsSection } from './findings-section';
import { GroupPlacementSection } from './group-placement-section';
import { ParticipantsSection } from './participants-section';
import { PlacementsSection } from './placements-section';
import { ReflectionCardsSection, type ReflectionCardOption } from './reflection-cards-section';

type CorrectionFieldsProps = {
  draft: CaptureDraft;
  /** Planned participant counts, from the server's document. */
  expected: readonly SessionParticipants[];
  labels: EvaluationLabels | undefined;
  /** Undefined while the theme's cards load. */
  reflectionCards: ReflectionCardOption[] | undefined;
  errors: CorrectionErrors;
  onChange: SetDraftField;
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

  return (
    <>
      <GroupPlacementSection
        idPrefix="correction"
        draft={draft}
        onChange={onChange}
        scenarioName={(level) => scenarioName(labels, level)}
        errors={errors}
      />

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

      <ReflectionCardsSection
        idPrefix="correction"
        cards={reflectionCards}
        value={draft.reflectionCards}
        onChange={set('reflectionCards')}
        error={errors.reflectionCards}
      />

      <ClosingSection idPrefix="correction" draft={draft} onChange={onChange} errors={errors} />
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
