import type { ReactNode } from 'react';
import './forms.css';

export type Feedback = { tone: 'success' | 'error'; message: ReactNode } | null;

/**
 * Where a page announces the outcome of an action: both live regions are always in the DOM (a
 * region that appears together with its text is often not read out); the text inside changes.
 */
export function StatusMessage({ feedback }: { feedback: Feedback }) {
  return (
    <>
      <div role="status" className="status-region">
        {feedback?.tone === 'success' ? (
          <p className="status-message status-message--success">{feedback.message}</p>
        ) : null}
      </div>
      <div role="alert" className="status-region">
        {feedback?.tone === 'error' ? (
          <p className="status-message status-message--error">{feedback.message}</p>
        ) : null}
      </div>
    </>
  );
}

/** A form's own error (not tied to one field), read out as soon as it appears. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="status-region">
      {children ? <p className="status-message status-message--error">{children}</p> : null}
    </div>
  );
}
