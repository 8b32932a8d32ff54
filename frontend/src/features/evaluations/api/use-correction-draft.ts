import type { ThemeSessionCapture } from '@zet/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { evaluationMessages } from '../messages';
import { draftFromCapture, hasChanges, type CaptureDraft } from '../utils/capture-draft';
import {
  mergeDrafts,
  resolveConflicts,
  type ConflictChoice,
  type MergeResult,
} from '../utils/capture-merge';
import {
  errorsByField,
  toCorrectionInput,
  validateCorrection,
  type CorrectionErrors,
} from '../utils/correction-input';
import type { CaptureConflict } from './use-capture-autosave';
import { useCorrectThemeSession } from './correct-theme-session';
import { evaluationKeys } from './evaluation-keys';
import { conflictingSession } from './save-theme-session';

const m = evaluationMessages.correction;

type Ids = { partnershipId: string; evaluationId: string; sessionId: string };

type CorrectionState = {
  /** The server document the correction is made on; its version is sent. */
  doc: ThemeSessionCapture;
  base: CaptureDraft;
  draft: CaptureDraft;
  reason: string;
  errors: CorrectionErrors;
  /** Someone else corrected meanwhile: their document, and what both of us changed. */
  stale: { theirs: ThemeSessionCapture; conflict: CaptureConflict | null } | null;
};

/**
 * The correction form's state: the draft on top of the version being corrected, the reason,
 * errors per field, and a correction by someone else meanwhile merged in without losing input.
 */
export function useCorrectionDraft(ids: Ids, initial: ThemeSessionCapture) {
  const mutation = useCorrectThemeSession(ids);
  const client = useQueryClient();
  const [state, setState] = useState<CorrectionState>(() => {
    const base = draftFromCapture(initial);
    return { doc: initial, base, draft: base, reason: '', errors: {}, stale: null };
  });

  const update = (change: (draft: CaptureDraft) => CaptureDraft) =>
    setState((s) => ({ ...s, draft: change(s.draft) }));
  const setReason = (reason: string) => setState((s) => ({ ...s, reason }));

  /** A 409: take their version as the new base and keep the user's changes on top of it. */
  const rebase = (theirs: ThemeSessionCapture) => {
    const theirsDraft = draftFromCapture(theirs);
    setState((s) => {
      const result = mergeDrafts(s.base, s.draft, theirsDraft);
      if (result.conflicts.length === 0) {
        return {
          ...s,
          doc: theirs,
          base: theirsDraft,
          draft: result.merged,
          errors: {},
          stale: { theirs, conflict: null },
        };
      }
      // Until the user chooses, the form keeps what they typed on the version they started from.
      return {
        ...s,
        errors: {},
        stale: { theirs, conflict: { base: s.base, theirs: theirsDraft, theirsDoc: theirs } },
      };
    });
  };

  /** Applies the choices of the conflict panel; the correction then goes on their version. */
  const resolve = (
    choices: Partial<Record<keyof CaptureDraft, ConflictChoice>>,
    editedText: Partial<Record<keyof CaptureDraft, string>>,
  ): CorrectionState | null => {
    const conflict = state.stale?.conflict;
    if (!conflict) return null;
    const result: MergeResult = mergeDrafts(conflict.base, state.draft, conflict.theirs);
    const draft = resolveConflicts(
      result,
      conflict.base,
      state.draft,
      conflict.theirs,
      choices,
      editedText,
    );
    const next: CorrectionState = {
      ...state,
      doc: conflict.theirsDoc,
      base: conflict.theirs,
      draft,
      stale: { theirs: conflict.theirsDoc, conflict: null },
    };
    setState(next);
    return next;
  };

  /** Sends the correction; the saved document, or undefined when it was refused. */
  const submit = async (
    from: CorrectionState = state,
  ): Promise<ThemeSessionCapture | undefined> => {
    if (from.stale?.conflict) return undefined;
    const input = toCorrectionInput(from.base, from.draft, from.reason, from.doc.version);
    const invalid = validateCorrection(input, m.nothingChanged);
    if (Object.keys(invalid).length > 0) {
      setState((s) => ({ ...s, errors: invalid }));
      return undefined;
    }
    setState((s) => ({ ...s, errors: {} }));
    try {
      return await mutation.mutateAsync(input);
    } catch (error) {
      const theirs = conflictingSession(error);
      if (theirs) {
        rebase(theirs);
        // Their correction is a revision we have not seen: it says who made it.
        void client.invalidateQueries({
          queryKey: evaluationKeys.revisions(ids.partnershipId, ids.evaluationId, ids.sessionId),
        });
      } else setState((s) => ({ ...s, errors: errorsOf(error) }));
      return undefined;
    }
  };

  return {
    ...state,
    update,
    setReason,
    resolve,
    submit,
    saving: mutation.isPending,
    dirty: hasChanges(state.base, state.draft) || state.reason.trim() !== '',
  };
}

function errorsOf(error: unknown): CorrectionErrors {
  if (!(error instanceof ApiError)) return { form: m.checkFields };
  const byField = errorsByField(error.fieldErrors);
  // The problem's own text (e.g. "moet compleet blijven") says why; the fields say where.
  return { ...byField, form: byField.form ?? error.message };
}
