import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { evaluationMessages } from '../messages';
import type { AutosaveStatus } from '../utils/autosave-machine';

const m = evaluationMessages.saveStatus;
const time = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short' });

/** Statuses worth interrupting a screen reader for; "saving…/saved" on every pause is not. */
const ANNOUNCED: readonly AutosaveStatus[] = ['offline', 'conflict', 'invalid', 'failed'];

type SaveStatusProps = {
  status: AutosaveStatus;
  savedAt: string | null;
  error: unknown;
  onRetry: () => void;
};

/** Where the typed input is: saved, waiting, offline (kept in the browser), or in trouble. */
export function SaveStatus({ status, savedAt, error, onRetry }: SaveStatusProps) {
  // What to announce follows from the change of status: tracked in state, updated while rendering.
  const [tracked, setTracked] = useState({ status, announcement: '' });
  if (tracked.status !== status) {
    const before = tracked.status;
    let announcement = tracked.announcement;
    if (ANNOUNCED.includes(status)) announcement = m.states[status];
    else if (status === 'saved' && (before === 'offline' || before === 'retrying')) {
      announcement = m.backOnline;
    }
    setTracked({ status, announcement });
  }
  const announcement = tracked.announcement;

  const label =
    status === 'saved' && savedAt ? m.savedAt(time.format(new Date(savedAt))) : m.states[status];
  const detail =
    status === 'offline'
      ? m.offlineHelp
      : status === 'failed' || status === 'invalid'
        ? `${errorMessage(error)} ${m.keptLocally}`
        : null;

  return (
    <div className={`save-status save-status--${status}`} data-save-status={status}>
      <p className="save-status__label">
        <span className="save-status__dot" aria-hidden="true" />
        <span className="visually-hidden">{m.label}: </span>
        {label}
      </p>
      {detail ? <p className="save-status__detail">{detail}</p> : null}
      {status === 'failed' ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {m.retryNow}
        </button>
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
