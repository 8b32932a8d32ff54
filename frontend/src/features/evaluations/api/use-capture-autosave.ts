import type { ThemeSessionCapture } from '@zet/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import {
  autosaveStatus,
  autosaveStep,
  initialAutosaveState,
  type AutosaveCommand,
  type AutosaveEvent,
  type AutosaveState,
  type AutosaveStatus,
  type SaveFailure,
} from '../utils/autosave-machine';
import {
  draftFromCapture,
  hasChanges,
  reconcileFindingIds,
  toCaptureInput,
  type CaptureDraft,
  type CaptureField,
} from '../utils/capture-draft';
import {
  mergeDrafts,
  resolveConflicts,
  type ConflictChoice,
  type MergeResult,
} from '../utils/capture-merge';
import {
  browserStorage,
  clearLocalCapture,
  readLocalCapture,
  writeLocalCapture,
} from '../utils/draft-store';
import { evaluationKeys } from './evaluation-keys';
import { conflictingSession, patchThemeSession } from './save-theme-session';

/** Both sides of a stale save: what this browser started from, and the server's document now. */
export type CaptureConflict = {
  base: CaptureDraft;
  theirs: CaptureDraft;
  theirsDoc: ThemeSessionCapture;
};

type Held = {
  /** The newest server document this page knows (names, warnings, read-only). */
  doc: ThemeSessionCapture;
  /** The server version `base` is; a save sends it. */
  baseVersion: number;
  base: CaptureDraft;
  draft: CaptureDraft;
  conflict: CaptureConflict | null;
};

/** How the page was opened: with edits kept from before (a reload, an earlier offline spell). */
export type Restored = 'none' | 'restored' | 'merged';

type Ids = { partnershipId: string; evaluationId: string; sessionId: string };

function now(): string {
  return new Date().toISOString();
}

/** Picks up edits this browser kept for the session and lines them up with the server's document. */
function start(doc: ThemeSessionCapture): { held: Held; restored: Restored } {
  const serverDraft = draftFromCapture(doc);
  const fresh: Held = {
    doc,
    baseVersion: doc.version,
    base: serverDraft,
    draft: serverDraft,
    conflict: null,
  };
  const storage = browserStorage();
  const stored = storage && !doc.readOnly ? readLocalCapture(storage, doc.id) : null;
  if (!stored || !hasChanges(stored.base, stored.draft)) return { held: fresh, restored: 'none' };
  if (stored.baseVersion === doc.version) {
    return { held: { ...fresh, draft: stored.draft }, restored: 'restored' };
  }
  // The server moved on since these edits were made: merge them in.
  const result = mergeDrafts(stored.base, stored.draft, serverDraft);
  if (result.conflicts.length === 0) {
    return { held: { ...fresh, draft: result.merged }, restored: 'merged' };
  }
  return {
    held: {
      doc,
      baseVersion: stored.baseVersion,
      base: stored.base,
      draft: stored.draft,
      conflict: { base: stored.base, theirs: serverDraft, theirsDoc: doc },
    },
    restored: 'restored',
  };
}

function failureOf(error: unknown): SaveFailure {
  if (!(error instanceof ApiError)) return 'fatal';
  if (error.kind === 'network') return 'network';
  if (error.kind === 'http') {
    if (error.status >= 500 || error.status === 408 || error.status === 429) return 'server';
    if (error.status === 400 || error.status === 422) return 'invalid';
  }
  return 'fatal';
}

function isOnline(): boolean {
  return typeof navigator === 'undefined' ? true : navigator.onLine;
}

/**
 * Capture that loses nothing: every edit is kept in this browser at once and sent after a short
 * pause; without a connection it waits and retries; a save on a version someone else has moved
 * on gets merged, and what both changed is put to the user.
 */
export function useCaptureAutosave(ids: Ids, initial: ThemeSessionCapture) {
  const { partnershipId, evaluationId, sessionId } = ids;
  const client = useQueryClient();
  const [boot] = useState(() => {
    const started = start(initial);
    const machine: AutosaveState = {
      ...initialAutosaveState(isOnline(), hasChanges(started.held.base, started.held.draft)),
      ...(started.held.conflict ? { failure: 'conflict' as const, blocked: true } : {}),
    };
    return { ...started, machine };
  });
  const held = useRef<Held>(boot.held);
  const [view, setView] = useState<Held>(boot.held);
  const [restored] = useState<Restored>(boot.restored);
  const [autoMerged, setAutoMerged] = useState(boot.restored === 'merged');
  const [storageOk, setStorageOk] = useState(true);
  const [lastError, setLastError] = useState<unknown>(null);

  const machine = useRef<AutosaveState>(boot.machine);
  const [machineView, setMachineView] = useState<AutosaveState>(boot.machine);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  const publish = useCallback((next: Held) => {
    held.current = next;
    setView(next);
  }, []);

  /** Keeps the draft in the browser while the server does not have it yet. */
  const persist = useCallback(() => {
    const storage = browserStorage();
    const { baseVersion, base, draft, conflict } = held.current;
    if (!storage) {
      setStorageOk(false);
      return;
    }
    if (!conflict && !hasChanges(base, draft)) {
      clearLocalCapture(storage, sessionId);
      return;
    }
    const ok = writeLocalCapture(storage, {
      sessionId,
      baseVersion,
      base,
      draft,
      editedAt: now(),
    });
    setStorageOk(ok);
  }, [sessionId]);

  const afterSaved = useCallback(
    (saved: ThemeSessionCapture) => {
      client.setQueryData(evaluationKeys.session(partnershipId, evaluationId, sessionId), saved);
      void client.invalidateQueries({
        queryKey: evaluationKeys.detail(partnershipId, evaluationId),
        exact: true,
      });
      void client.invalidateQueries({
        queryKey: evaluationKeys.review(partnershipId, evaluationId),
      });
      void client.invalidateQueries({ queryKey: evaluationKeys.lists(partnershipId) });
    },
    [client, partnershipId, evaluationId, sessionId],
  );

  // `dispatch` and `save` call each other; the ref breaks the cycle of their definitions.
  const dispatchRef = useRef<(event: AutosaveEvent) => void>(() => undefined);

  const save = useCallback(async () => {
    const sent = held.current.draft;
    const version = held.current.baseVersion;
    try {
      const saved = await patchThemeSession(
        partnershipId,
        evaluationId,
        sessionId,
        toCaptureInput(sent, version),
      );
      const base = draftFromCapture(saved);
      const draft = reconcileFindingIds(held.current.draft, sent, saved);
      publish({ doc: saved, baseVersion: saved.version, base, draft, conflict: null });
      persist();
      afterSaved(saved);
      setLastError(null);
      dispatchRef.current({ type: 'save-succeeded', dirty: hasChanges(base, draft), at: now() });
    } catch (error) {
      const current = conflictingSession(error);
      if (current) {
        const theirs = draftFromCapture(current);
        const { base, draft } = held.current;
        const result = mergeDrafts(base, draft, theirs);
        client.setQueryData(
          evaluationKeys.session(partnershipId, evaluationId, sessionId),
          current,
        );
        dispatchRef.current({ type: 'save-failed', failure: 'conflict' });
        if (result.conflicts.length === 0) {
          // Different fields changed: both sets of changes go in without asking.
          publish({
            doc: current,
            baseVersion: current.version,
            base: theirs,
            draft: result.merged,
            conflict: null,
          });
          persist();
          setAutoMerged(true);
          dispatchRef.current({ type: 'resolved', dirty: hasChanges(theirs, result.merged) });
        } else {
          publish({
            ...held.current,
            doc: current,
            conflict: { base, theirs, theirsDoc: current },
          });
          persist();
        }
        return;
      }
      setLastError(error);
      dispatchRef.current({ type: 'save-failed', failure: failureOf(error) });
    }
  }, [partnershipId, evaluationId, sessionId, publish, persist, afterSaved, client]);

  const run = useCallback(
    (command: AutosaveCommand) => {
      if (command.type === 'none') return;
      clearTimeout(timer.current);
      if (command.type === 'save') {
        void save();
        return;
      }
      const then = command.then;
      timer.current = setTimeout(() => {
        if (mounted.current) dispatchRef.current({ type: then });
      }, command.ms);
    },
    [save],
  );

  const dispatch = useCallback(
    (event: AutosaveEvent) => {
      const step = autosaveStep(machine.current, event);
      machine.current = step.state;
      setMachineView(step.state);
      run(step.command);
    },
    [run],
  );
  useEffect(() => {
    dispatchRef.current = dispatch;
  }, [dispatch]);

  /** Every change of the form goes through here. */
  const update = useCallback(
    (change: (draft: CaptureDraft) => CaptureDraft) => {
      const next = { ...held.current, draft: change(held.current.draft) };
      publish(next);
      persist();
      dispatch({ type: 'edited', dirty: hasChanges(next.base, next.draft) });
    },
    [dispatch, persist, publish],
  );

  /** Settles a conflict field by field, then saves on the server's newest version. */
  const resolve = useCallback(
    (
      choices: Partial<Record<CaptureField, ConflictChoice>>,
      editedText: Partial<Record<CaptureField, string>> = {},
    ) => {
      const { conflict, draft } = held.current;
      if (!conflict) return;
      const result: MergeResult = mergeDrafts(conflict.base, draft, conflict.theirs);
      const resolved = resolveConflicts(
        result,
        conflict.base,
        draft,
        conflict.theirs,
        choices,
        editedText,
      );
      publish({
        doc: conflict.theirsDoc,
        baseVersion: conflict.theirsDoc.version,
        base: conflict.theirs,
        draft: resolved,
        conflict: null,
      });
      persist();
      dispatch({ type: 'resolved', dirty: hasChanges(conflict.theirs, resolved) });
    },
    [dispatch, persist, publish],
  );

  // Saves what was kept from before as soon as the page is open.
  useEffect(() => {
    mounted.current = true;
    if (machine.current.dirty && !machine.current.blocked)
      dispatchRef.current({ type: 'retry-elapsed' });
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    const online = () => dispatchRef.current({ type: 'went-online' });
    const offline = () => dispatchRef.current({ type: 'went-offline' });
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, []);

  // Without browser storage, leaving the page while unsaved loses input: ask first.
  const status: AutosaveStatus = autosaveStatus(machineView);
  const unsafeToLeave = !storageOk && status !== 'saved';
  useEffect(() => {
    if (!unsafeToLeave) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsafeToLeave]);

  /** A newer server document while nothing is pending here (someone else saved): show it. */
  const adopt = useCallback(
    (latest: ThemeSessionCapture) => {
      const current = held.current;
      if (
        latest.version <= current.baseVersion ||
        current.conflict ||
        machine.current.inFlight ||
        hasChanges(current.base, current.draft)
      ) {
        return;
      }
      const base = draftFromCapture(latest);
      publish({ doc: latest, baseVersion: latest.version, base, draft: base, conflict: null });
      dispatch({ type: 'reset', dirty: false });
    },
    [dispatch, publish],
  );

  return {
    doc: view.doc,
    draft: view.draft,
    base: view.base,
    conflict: view.conflict,
    status,
    savedAt: machineView.savedAt,
    online: machineView.online,
    lastError,
    storageOk,
    restored,
    autoMerged,
    dismissAutoMerged: () => setAutoMerged(false),
    update,
    resolve,
    adopt,
    /** Try again now (after a failure that waits for the user). */
    retry: () =>
      dispatch({ type: 'resolved', dirty: hasChanges(held.current.base, held.current.draft) }),
  };
}
