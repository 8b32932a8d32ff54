/**
 * When to send the capture document: a pure state machine, so the timing rules can be tested
 * without timers or a network. The hook that runs it performs the returned command.
 *
 * - Typing marks the draft dirty and (re)starts a short debounce; when it elapses, save.
 * - One save at a time; edits made meanwhile are sent right after it.
 * - No connection: wait for the browser's `online` event, and meanwhile retry with backoff (the
 *   event is not reliable everywhere). A server error also retries with backoff.
 * - A conflict (409) or a refusal (400) waits for the user: resolve, or change the input.
 */
export const DEBOUNCE_MS = 800;
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;

export type SaveFailure = 'network' | 'server' | 'conflict' | 'invalid' | 'fatal';

export type AutosaveState = {
  /** The draft differs from what the server has confirmed. */
  dirty: boolean;
  /** A save request is under way. */
  inFlight: boolean;
  /** What the browser says about the connection. */
  online: boolean;
  /** Consecutive failed attempts (network or server); 0 after a success. */
  attempt: number;
  /** Why the last attempt failed, while it is not yet followed by a success. */
  failure: SaveFailure | null;
  /** The user must act first (conflict, refused input, no access): no automatic saves. */
  blocked: boolean;
  /** When the server last confirmed a save (ISO date-time). */
  savedAt: string | null;
};

export type AutosaveEvent =
  | { type: 'edited'; dirty: boolean }
  | { type: 'debounce-elapsed' }
  | { type: 'retry-elapsed' }
  | { type: 'save-succeeded'; dirty: boolean; at: string }
  | { type: 'save-failed'; failure: SaveFailure }
  | { type: 'went-offline' }
  | { type: 'went-online' }
  /** The user settled a conflict (or a kept draft was merged on load): send it. */
  | { type: 'resolved'; dirty: boolean }
  /** A fresh start from the server (e.g. after taking the server's version). */
  | { type: 'reset'; dirty: boolean };

export type AutosaveCommand =
  | { type: 'save' }
  | { type: 'wait'; ms: number; then: 'debounce-elapsed' | 'retry-elapsed' }
  | { type: 'none' };

export type AutosaveStatus =
  'saved' | 'unsaved' | 'saving' | 'offline' | 'retrying' | 'conflict' | 'invalid' | 'failed';

export function initialAutosaveState(online: boolean, dirty = false): AutosaveState {
  return {
    dirty,
    inFlight: false,
    online,
    attempt: 0,
    failure: null,
    blocked: false,
    savedAt: null,
  };
}

/** 1 s, 2 s, 4 s … up to 30 s between attempts. */
export function retryDelay(attempt: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
}

const none: AutosaveCommand = { type: 'none' };

type Step = { state: AutosaveState; command: AutosaveCommand };

/** Save now if there is something to save and nothing in the way; otherwise wait as needed. */
function trySave(state: AutosaveState): Step {
  if (!state.dirty || state.inFlight || state.blocked) return { state, command: none };
  if (!state.online) {
    // The browser knows there is no connection: do not even try, but look again later.
    const attempt = state.attempt + 1;
    return {
      state: { ...state, attempt, failure: 'network' },
      command: { type: 'wait', ms: retryDelay(attempt), then: 'retry-elapsed' },
    };
  }
  return { state: { ...state, inFlight: true }, command: { type: 'save' } };
}

export function autosaveStep(state: AutosaveState, event: AutosaveEvent): Step {
  switch (event.type) {
    case 'edited': {
      const unblocked = state.failure === 'invalid' || state.failure === 'fatal';
      const next: AutosaveState = {
        ...state,
        dirty: event.dirty,
        blocked: unblocked ? false : state.blocked,
        failure: unblocked ? null : state.failure,
      };
      if (!next.dirty || next.inFlight || next.blocked) return { state: next, command: none };
      // While waiting for the connection, a keystroke does not restart the backoff.
      if (next.attempt > 0) return { state: next, command: none };
      return {
        state: next,
        command: { type: 'wait', ms: DEBOUNCE_MS, then: 'debounce-elapsed' },
      };
    }
    case 'debounce-elapsed':
    case 'retry-elapsed':
      return trySave(state);
    case 'save-succeeded': {
      const next: AutosaveState = {
        ...state,
        inFlight: false,
        dirty: event.dirty,
        attempt: 0,
        failure: null,
        savedAt: event.at,
      };
      // Typed during the save: send that too, after the usual pause.
      return next.dirty
        ? { state: next, command: { type: 'wait', ms: DEBOUNCE_MS, then: 'debounce-elapsed' } }
        : { state: next, command: none };
    }
    case 'save-failed': {
      const base = { ...state, inFlight: false, failure: event.failure };
      switch (event.failure) {
        case 'network':
        case 'server': {
          const attempt = state.attempt + 1;
          return {
            state: { ...base, attempt },
            command: { type: 'wait', ms: retryDelay(attempt), then: 'retry-elapsed' },
          };
        }
        case 'conflict':
        case 'invalid':
        case 'fatal':
          return { state: { ...base, attempt: 0, blocked: true }, command: none };
      }
      return { state: base, command: none };
    }
    case 'went-offline':
      return { state: { ...state, online: false }, command: none };
    case 'went-online':
      // Back online: send at once, without waiting out the backoff.
      return trySave({ ...state, online: true, attempt: 0 });
    case 'resolved':
      return trySave({
        ...state,
        dirty: event.dirty,
        blocked: false,
        failure: null,
        attempt: 0,
      });
    case 'reset':
      return {
        state: { ...state, dirty: event.dirty, blocked: false, failure: null, attempt: 0 },
        command: event.dirty ? { type: 'wait', ms: DEBOUNCE_MS, then: 'debounce-elapsed' } : none,
      };
  }
}

/** What the page shows: one word for where the typed input is. */
export function autosaveStatus(state: AutosaveState): AutosaveStatus {
  if (state.failure === 'conflict' && state.blocked) return 'conflict';
  if (state.failure === 'invalid' && state.blocked) return 'invalid';
  if (state.failure === 'fatal' && state.blocked) return 'failed';
  if (state.inFlight) return 'saving';
  if (!state.dirty) return 'saved';
  if (!state.online || state.failure === 'network') return 'offline';
  if (state.failure === 'server') return 'retrying';
  return 'unsaved';
}
