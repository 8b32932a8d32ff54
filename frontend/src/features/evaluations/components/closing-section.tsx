import {
  AGREEMENTS_MAX_LENGTH,
  NOTES_MAX_LENGTH,
  PLENARY_REPORTER_MAX_LENGTH,
} from '@zet/contracts';
import { evaluationMessages } from '../messages';
import type { CaptureDraft, CaptureFieldErrors, SetDraftField } from '../utils/capture-draft';
import { CaptureTextField } from './capture-text-field';

const m = evaluationMessages.capture;

type ClosingSectionProps = {
  /** Makes the heading id unique on the page: `capture` gives `capture-closing`. */
  idPrefix: string;
  draft: Pick<CaptureDraft, 'agreements' | 'plenaryReporter' | 'notes'>;
  onChange: SetDraftField;
  readOnly?: boolean;
  errors?: CaptureFieldErrors;
};

/** The agreements, who reports them in the plenary, and free notes. */
export function ClosingSection({
  idPrefix,
  draft,
  onChange,
  readOnly = false,
  errors = {},
}: ClosingSectionProps) {
  const headingId = `${idPrefix}-closing`;
  return (
    <section aria-labelledby={headingId} className="capture-section">
      <h2 id={headingId}>{m.sections.closing}</h2>
      <CaptureTextField
        label={m.agreements}
        name="agreements"
        value={draft.agreements}
        onChange={(value) => onChange('agreements', value)}
        maxLength={AGREEMENTS_MAX_LENGTH}
        hint={m.agreementsHint}
        error={errors.agreements}
        readOnly={readOnly}
      />
      <CaptureTextField
        label={m.plenaryReporter}
        name="plenaryReporter"
        value={draft.plenaryReporter}
        onChange={(value) => onChange('plenaryReporter', value)}
        maxLength={PLENARY_REPORTER_MAX_LENGTH}
        multiline={false}
        error={errors.plenaryReporter}
        readOnly={readOnly}
      />
      <CaptureTextField
        label={m.notes}
        name="notes"
        value={draft.notes}
        onChange={(value) => onChange('notes', value)}
        maxLength={NOTES_MAX_LENGTH}
        hint={m.notesHint}
        rows={3}
        error={errors.notes}
        readOnly={readOnly}
      />
    </section>
  );
}
