import { RATIONALE_MAX_LENGTH } from '@zet/contracts';
import { evaluationMessages } from '../messages';
import type { CaptureDraft, CaptureFieldErrors, SetDraftField } from '../utils/capture-draft';
import { CaptureTextField } from './capture-text-field';
import { ScenarioScale } from './scenario-scale';

const m = evaluationMessages.capture;

type GroupPlacementSectionProps = {
  /** Makes the heading id unique on the page: `capture` gives `capture-group`. */
  idPrefix: string;
  draft: Pick<CaptureDraft, 'currentPlacement' | 'desiredPlacement' | 'rationale'>;
  onChange: SetDraftField;
  scenarioName: (level: number) => string;
  readOnly?: boolean;
  errors?: CaptureFieldErrors;
};

/** The group's current and desired scenario, and the onderbouwing for them. */
export function GroupPlacementSection({
  idPrefix,
  draft,
  onChange,
  scenarioName,
  readOnly = false,
  errors = {},
}: GroupPlacementSectionProps) {
  const headingId = `${idPrefix}-group`;
  // The method asks for an onderbouwing when the group wants to stay where it is.
  const rationaleRequired =
    draft.currentPlacement !== null &&
    draft.currentPlacement === draft.desiredPlacement &&
    draft.rationale.trim() === '';
  return (
    <section aria-labelledby={headingId} className="capture-section">
      <h2 id={headingId}>{m.sections.group}</h2>
      <ScenarioScale
        legend={m.current}
        name="currentPlacement"
        value={draft.currentPlacement}
        onChange={(value) => onChange('currentPlacement', value)}
        scenarioName={scenarioName}
        disabled={readOnly}
        error={errors.currentPlacement}
      />
      <ScenarioScale
        legend={m.desired}
        name="desiredPlacement"
        value={draft.desiredPlacement}
        onChange={(value) => onChange('desiredPlacement', value)}
        scenarioName={scenarioName}
        disabled={readOnly}
        error={errors.desiredPlacement}
        reference={{ value: draft.currentPlacement, label: evaluationMessages.live.now }}
      />
      <CaptureTextField
        label={m.rationale}
        name="rationale"
        value={draft.rationale}
        onChange={(value) => onChange('rationale', value)}
        maxLength={RATIONALE_MAX_LENGTH}
        hint={m.rationaleHint}
        // A refusal says it already; the advice next to it would only repeat it.
        warning={rationaleRequired && !errors.rationale ? m.rationaleRequired : undefined}
        error={errors.rationale}
        rows={5}
        readOnly={readOnly}
      />
    </section>
  );
}
