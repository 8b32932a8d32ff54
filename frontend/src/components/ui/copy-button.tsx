import { useEffect, useState } from 'react';
import { uiMessages } from './messages';

type CopyButtonProps = { text: string; label: string; copiedLabel?: string };

/** Copies text to the clipboard and says so (in the button and to screen readers). */
export function CopyButton({ text, label, copiedLabel = uiMessages.copied }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span role="status" className="copy-button__status">
        {state === 'copied' ? copiedLabel : state === 'failed' ? uiMessages.copyFailed : ''}
      </span>
    </span>
  );
}
