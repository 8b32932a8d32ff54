import { describe, expect, it } from '@jest/globals';
import {
  autosaveStatus,
  autosaveStep,
  DEBOUNCE_MS,
  initialAutosaveState,
  retryDelay,
  type AutosaveEvent,
  type AutosaveState,
} from './autosave-machine';

/** Runs events in order and returns the final state and every command given. */
function run(events: AutosaveEvent[], start: AutosaveState = initialAutosaveState(true)) {
  let state = start;
  const commands = events.map((event) => {
    const step = autosaveStep(state, event);
    state = step.state;
    return step.command;
  });
  return { state, commands, status: autosaveStatus(state) };
}

describe(autosaveStep.name, () => {
  it('waits for a pause in typing before it saves', () => {
    const { commands, status } = run([
      { type: 'edited', dirty: true },
      { type: 'edited', dirty: true },
    ]);
    expect(commands).toEqual([
      { type: 'wait', ms: DEBOUNCE_MS, then: 'debounce-elapsed' },
      { type: 'wait', ms: DEBOUNCE_MS, then: 'debounce-elapsed' },
    ]);
    expect(status).toBe('unsaved');
  });

  it('saves when the pause is over and is saved when the server confirms', () => {
    const { commands, state, status } = run([
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
      { type: 'save-succeeded', dirty: false, at: '2026-04-21T10:00:00Z' },
    ]);
    expect(commands[1]).toEqual({ type: 'save' });
    expect(commands[2]).toEqual({ type: 'none' });
    expect(status).toBe('saved');
    expect(state.savedAt).toBe('2026-04-21T10:00:00Z');
  });

  it('sends one save at a time and sends what was typed meanwhile right after', () => {
    const { commands, status } = run([
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
      { type: 'save-succeeded', dirty: true, at: '2026-04-21T10:00:00Z' },
    ]);
    expect(commands.slice(2)).toEqual([
      { type: 'none' },
      { type: 'none' },
      { type: 'wait', ms: DEBOUNCE_MS, then: 'debounce-elapsed' },
    ]);
    expect(status).toBe('unsaved');
  });

  it('goes offline on a network failure, retries with backoff, and saves at once when back online', () => {
    const { commands, status, state } = run([
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
      { type: 'went-offline' },
      { type: 'save-failed', failure: 'network' },
      { type: 'edited', dirty: true },
      { type: 'retry-elapsed' },
    ]);
    expect(commands[3]).toEqual({ type: 'wait', ms: 1000, then: 'retry-elapsed' });
    // Typing while offline does not restart anything; the retry finds the browser offline.
    expect(commands[4]).toEqual({ type: 'none' });
    expect(commands[5]).toEqual({ type: 'wait', ms: 2000, then: 'retry-elapsed' });
    expect(status).toBe('offline');

    const back = autosaveStep(state, { type: 'went-online' });
    expect(back.command).toEqual({ type: 'save' });
    expect(autosaveStatus(back.state)).toBe('saving');
  });

  it('retries a server error with growing pauses', () => {
    const { commands, status } = run([
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
      { type: 'save-failed', failure: 'server' },
      { type: 'retry-elapsed' },
      { type: 'save-failed', failure: 'server' },
    ]);
    expect(commands[2]).toEqual({ type: 'wait', ms: 1000, then: 'retry-elapsed' });
    expect(commands[3]).toEqual({ type: 'save' });
    expect(commands[4]).toEqual({ type: 'wait', ms: 2000, then: 'retry-elapsed' });
    expect(status).toBe('retrying');
  });

  it('stops saving on a conflict until the user has resolved it', () => {
    const { state, commands, status } = run([
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
      { type: 'save-failed', failure: 'conflict' },
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
    ]);
    expect(commands.slice(3)).toEqual([{ type: 'none' }, { type: 'none' }]);
    expect(status).toBe('conflict');
    const resolved = autosaveStep(state, { type: 'resolved', dirty: true });
    expect(resolved.command).toEqual({ type: 'save' });
  });

  it('waits for the next edit after refused input, then tries again', () => {
    const { commands, status } = run([
      { type: 'edited', dirty: true },
      { type: 'debounce-elapsed' },
      { type: 'save-failed', failure: 'invalid' },
    ]);
    expect(commands[2]).toEqual({ type: 'none' });
    expect(status).toBe('invalid');
    const { commands: after } = run(
      [{ type: 'edited', dirty: true }],
      run([
        { type: 'edited', dirty: true },
        { type: 'debounce-elapsed' },
        { type: 'save-failed', failure: 'invalid' },
      ]).state,
    );
    expect(after).toEqual([{ type: 'wait', ms: DEBOUNCE_MS, then: 'debounce-elapsed' }]);
  });

  it('is saved again when an edit is undone before the pause is over', () => {
    const { status } = run([
      { type: 'edited', dirty: true },
      { type: 'edited', dirty: false },
      { type: 'debounce-elapsed' },
    ]);
    expect(status).toBe('saved');
  });
});

describe(retryDelay.name, () => {
  it('doubles from one second up to thirty seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map(retryDelay)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});
