import {
  partnershipSettingsInputSchema,
  type Partnership,
  type PartnershipSettingsInput,
} from '@zet/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { ApiError, errorMessage } from '../../../lib/api-client';
import {
  fieldErrorsFromError,
  focusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../../lib/form-errors';
import { useUpdatePartnershipSettings } from '../api/update-partnership-settings';
import { partnershipMessages as m } from '../messages';

/**
 * The programmaleider's choices about sharing results inside the partnership. Opening the
 * comparison shows every locatie's results by name to every locatie: it asks for confirmation.
 */
export function PartnershipSettings({ partnership }: { partnership: Partnership }) {
  const update = useUpdatePartnershipSettings(partnership.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [openComparison, setOpenComparison] = useState(partnership.openComparison);
  const [minSize, setMinSize] = useState(String(partnership.minRoleGroupSize));
  // The version the form's values came from, not the newest one a background refetch brought:
  // otherwise saving would undo someone else's change without the 409 that shows it.
  const [loadedVersion, setLoadedVersion] = useState(partnership.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<PartnershipSettingsInput>();
  const changed =
    openComparison !== partnership.openComparison ||
    minSize !== String(partnership.minRoleGroupSize);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    const checked = validate(partnershipSettingsInputSchema, {
      openComparison,
      minRoleGroupSize: minSize.trim() === '' ? Number.NaN : Number(minSize),
      version: loadedVersion,
    });
    if (!checked.success) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current, checked.errors);
      return;
    }
    setErrors({});
    if (checked.data.openComparison && !partnership.openComparison)
      setAwaitingConfirmation(checked.data);
    else save(checked.data);
  };

  const save = (input: PartnershipSettingsInput) => {
    setAwaitingConfirmation(undefined);
    update.mutate(input, {
      onSuccess: (saved) => {
        setOpenComparison(saved.openComparison);
        setMinSize(String(saved.minRoleGroupSize));
        setLoadedVersion(saved.version);
        setFeedback({ tone: 'success', message: m.settingsSaved });
      },
      onError: (error) => {
        const fieldErrors = fieldErrorsFromError(error);
        setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length > 0) focusFirstInvalid(formRef.current, fieldErrors);
        else
          setFeedback({
            tone: 'error',
            message:
              error instanceof ApiError && error.status === 409
                ? m.settingsConflict
                : errorMessage(error),
          });
      },
    });
  };

  return (
    <form ref={formRef} className="form-stack" noValidate onSubmit={submit}>
      <label className="choice">
        <input
          type="checkbox"
          name="openComparison"
          checked={openComparison}
          onChange={(event) => setOpenComparison(event.target.checked)}
          aria-describedby="open-comparison-hint"
        />
        <span className="choice__text">
          <span className="choice__label">{m.settingsOpenComparison}</span>
          <span id="open-comparison-hint" className="choice__description">
            {m.settingsOpenComparisonHint}
          </span>
        </span>
      </label>
      <TextField
        label={m.settingsMinGroupSize}
        hint={m.settingsMinGroupSizeHint}
        name="minRoleGroupSize"
        type="number"
        inputMode="numeric"
        min={2}
        max={50}
        value={minSize}
        onChange={setMinSize}
        error={errors.minRoleGroupSize}
        className="field--narrow"
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending || !changed}>
          {update.isPending ? m.settingsSaving : m.settingsSave}
        </button>
      </div>
      <StatusMessage feedback={feedback} />
      <Dialog
        open={awaitingConfirmation !== undefined}
        title={m.settingsOpenConfirmTitle}
        onClose={() => setAwaitingConfirmation(undefined)}
        closeLabel={m.settingsOpenConfirmCancel}
      >
        <p>{m.settingsOpenConfirm}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => awaitingConfirmation && save(awaitingConfirmation)}
          >
            {m.settingsOpenConfirmYes}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setAwaitingConfirmation(undefined)}
          >
            {m.settingsOpenConfirmCancel}
          </button>
        </div>
      </Dialog>
    </form>
  );
}
