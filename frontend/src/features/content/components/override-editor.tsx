import type { AdaptationValue, ContentOverride } from '@zet/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { FormError, type Feedback } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { fieldErrorsFromError } from '../../../lib/form-errors';
import { useDeleteContentOverride } from '../api/delete-content-override';
import { partnershipThemeQueryOptions } from '../api/get-partnership-theme';
import { usePutContentOverride, type ThemeRef } from '../api/put-content-override';
import { contentMessages as m } from '../messages';
import {
  isReflectionCard,
  linesToList,
  listToLines,
  sameValue,
  valueAtPath,
} from '../utils/adaptation-paths';
import { adaptationText } from '../utils/word-diff';
import { TextAreaField } from '../../../components/ui/text-field';

/** A text (paragraphs), a list (one item a line) or a reflection card. */
export type EditorKind = 'text' | 'list' | 'card';

type Draft = { text: string; title: string; insight: string; questions: string };

function toDraft(value: AdaptationValue | undefined): Draft {
  if (typeof value === 'string') return { text: value, title: '', insight: '', questions: '' };
  if (Array.isArray(value))
    return { text: listToLines(value), title: '', insight: '', questions: '' };
  if (isReflectionCard(value))
    return {
      text: '',
      title: value.title,
      insight: value.insight,
      questions: listToLines(value.questions),
    };
  return { text: '', title: '', insight: '', questions: '' };
}

function fromDraft(draft: Draft, kind: EditorKind, cardCode: string): AdaptationValue {
  switch (kind) {
    case 'text':
      return draft.text.trim();
    case 'list':
      return linesToList(draft.text);
    case 'card':
      return {
        code: cardCode,
        title: draft.title.trim(),
        insight: draft.insight.trim(),
        questions: linesToList(draft.questions),
      };
  }
}

/** What is saved now, after a 409: the other person's text and the version to overwrite it. */
type Conflict = {
  theirs: AdaptationValue | undefined;
  version: number | null;
  byName: string | null;
  /** The other person reverted to the base text. */
  isBase: boolean;
};

type OverrideEditorProps = {
  themeRef: ThemeRef;
  path: string;
  label: string;
  kind: EditorKind;
  current: AdaptationValue;
  override: ContentOverride | undefined;
  onFeedback: (feedback: Feedback) => void;
  onClose: () => void;
};

/**
 * Rewrites one part for the partnership. Saves with the override's version; when someone else
 * saved in between (409) it shows both texts, so the user keeps theirs, takes the saved one, or
 * merges them in the text box and saves over the new version.
 */
export function OverrideEditor({
  themeRef,
  path,
  label,
  kind,
  current,
  override,
  onFeedback,
  onClose,
}: OverrideEditorProps) {
  const client = useQueryClient();
  const put = usePutContentOverride(themeRef);
  const remove = useDeleteContentOverride(themeRef);
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const firstFieldRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const conflictRef = useRef<HTMLHeadingElement>(null);
  const cardCode = isReflectionCard(current) ? current.code : '';
  const isAddition = override?.kind === 'addition';

  useEffect(() => {
    firstFieldRef.current?.focus();
  }, []);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const fieldErrors = fieldErrorsFromError(error);
  const fieldError = (...keys: string[]) =>
    keys.map((key) => fieldErrors[key]).find((message) => message !== undefined);

  /** The theme as saved now; also puts it in the cache, so the page shows it behind the editor. */
  const loadSaved = () =>
    client.fetchQuery({
      ...partnershipThemeQueryOptions(
        themeRef.partnershipId,
        themeRef.versionId,
        themeRef.themeCode,
      ),
      staleTime: 0,
    });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNote(null);
    const value = fromDraft(draft, kind, cardCode);
    if (conflict && sameValue(value, conflict.theirs)) {
      // The text box holds what is saved now: nothing left to decide.
      onClose();
      return;
    }
    if (!conflict && sameValue(value, current)) {
      setNote(m.unchanged);
      return;
    }
    const version = conflict ? conflict.version : (override?.version ?? null);
    try {
      await put.mutateAsync({ path, value, version });
      onFeedback({ tone: 'success', message: m.saved(label) });
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        try {
          const fresh = await loadSaved();
          const now = fresh.overrides.find((o) => o.path === path);
          setConflict({
            theirs: valueAtPath(fresh.theme, path),
            version: now?.version ?? null,
            byName: now?.updatedByName ?? null,
            isBase: now === undefined,
          });
        } catch (reload) {
          setError(reload);
        }
      } else {
        setError(caught);
      }
    }
  };

  const revert = async () => {
    if (!override) return;
    try {
      await remove.mutateAsync({ path, version: override.version });
      onFeedback({
        tone: 'success',
        message:
          isAddition && isReflectionCard(current)
            ? m.cardRemoved(current.title)
            : m.reverted(label),
      });
      setConfirming(false);
      onClose();
    } catch (caught) {
      setConfirming(false);
      if (caught instanceof ApiError && (caught.status === 409 || caught.status === 404)) {
        await loadSaved().catch(() => undefined);
        onFeedback({ tone: 'error', message: m.revertStale });
        onClose();
      } else {
        setError(caught);
      }
    }
  };

  const useTheirs = () => {
    setConflict(null);
    onClose();
  };

  const copyTheirs = () => {
    if (conflict) setDraft(toDraft(conflict.theirs));
    firstFieldRef.current?.focus();
  };

  const pending = put.isPending || remove.isPending;
  const generalError =
    error !== null && Object.keys(fieldErrors).length === 0 ? errorMessage(error) : null;

  return (
    <form
      className="override-editor"
      aria-labelledby={headingId}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <p id={headingId} className="override-editor__title">
        {m.editLabel(label)}
      </p>
      {override ? (
        <p className="override-editor__meta">
          {m.lastChanged(override.updatedByName, formatDateTime(override.updatedAt))}
        </p>
      ) : null}

      {conflict ? (
        <div className="conflict" role="group" aria-labelledby={`${headingId}-conflict`}>
          <h4
            id={`${headingId}-conflict`}
            ref={conflictRef}
            tabIndex={-1}
            className="conflict__title"
          >
            {m.conflictTitle}
          </h4>
          <p>{m.conflictBody(conflict.byName)}</p>
          <div className="conflict__columns">
            <div className="conflict__column">
              <p className="conflict__label">
                {conflict.isBase ? m.conflictTheirsBase : m.conflictTheirs}
              </p>
              <div className="conflict__text">{adaptationText(conflict.theirs ?? null)}</div>
            </div>
            <div className="conflict__column">
              <p className="conflict__label">{m.conflictMine}</p>
              <div className="conflict__text">
                {adaptationText(fromDraft(draft, kind, cardCode))}
              </div>
            </div>
          </div>
          <p className="form-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={copyTheirs}
            >
              {m.conflictCopyTheirs}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={useTheirs}
            >
              {m.conflictUseTheirs}
            </button>
          </p>
        </div>
      ) : null}

      {kind === 'card' ? (
        <div className="form-stack form-stack--wide">
          <TextField
            ref={firstFieldRef}
            label={m.cardTitle}
            name="title"
            value={draft.title}
            onChange={(title) => setDraft((d) => ({ ...d, title }))}
            error={fieldError('value.title', 'title')}
          />
          <TextAreaField
            label={m.cardInsight}
            name="insight"
            hint={m.textHint}
            rows={6}
            value={draft.insight}
            onChange={(insight) => setDraft((d) => ({ ...d, insight }))}
            error={fieldError('value.insight', 'insight')}
          />
          <TextAreaField
            label={m.cardQuestionsField}
            name="questions"
            hint={m.listHint}
            rows={4}
            value={draft.questions}
            onChange={(questions) => setDraft((d) => ({ ...d, questions }))}
            error={fieldError('value.questions', 'questions')}
          />
        </div>
      ) : (
        <TextAreaField
          ref={firstFieldRef}
          label={label}
          name="text"
          hint={kind === 'list' ? m.listHint : m.textHint}
          rows={kind === 'list' ? 6 : 9}
          value={draft.text}
          onChange={(text) => setDraft((d) => ({ ...d, text }))}
          error={fieldError(
            'value',
            ...Object.keys(fieldErrors).filter((k) => k.startsWith('value.')),
          )}
        />
      )}

      <FormError>{generalError}</FormError>
      <div role="status" className="status-region">
        {note ? <p className="field__hint">{note}</p> : null}
      </div>

      <div className="form-actions">
        <button type="submit" className="button button--small" disabled={pending}>
          {put.isPending ? m.saving : conflict ? m.conflictSaveMine : m.save}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {m.cancel}
        </button>
        {override ? (
          <button
            type="button"
            className="button button--link override-editor__revert"
            onClick={() => setConfirming(true)}
          >
            {isAddition ? m.removeCard : m.revert}
          </button>
        ) : null}
      </div>

      <Dialog
        open={confirming}
        title={isAddition ? m.removeCardTitle : m.revertTitle}
        onClose={() => setConfirming(false)}
        closeLabel={m.close}
      >
        <p>
          {isAddition && isReflectionCard(current)
            ? m.removeCardBody(current.title)
            : m.revertBody(label)}
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger"
            disabled={remove.isPending}
            onClick={() => void revert()}
          >
            {isAddition ? m.removeCardConfirm : m.revertConfirm}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {m.cancel}
          </button>
        </div>
      </Dialog>
    </form>
  );
}
