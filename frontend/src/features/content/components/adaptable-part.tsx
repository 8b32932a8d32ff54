import type { AdaptationValue } from '@zet/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { contentMessages as m } from '../messages';
import { labelOf, useAdaptation } from './adaptation-context';
import { OverrideEditor, type EditorKind } from './override-editor';

type AdaptablePartProps = {
  path: string;
  kind: EditorKind;
  /** The effective value the page shows; undefined when the theme lacks the part. */
  current: AdaptationValue | undefined;
  /** How the part reads when nobody edits it. */
  children: ReactNode;
};

/**
 * A part of a theme the programmaleider may rewrite. Outside the adaptation mode it is just its
 * children; in it, an edit button opens an inline editor in its place.
 */
export function AdaptablePart({ path, kind, current, children }: AdaptablePartProps) {
  const adaptation = useAdaptation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (!adaptation.adapting || !adaptation.themeRef || current === undefined) return <>{children}</>;
  const label = labelOf(adaptation, path);

  const close = () => {
    setOpen(false);
    // Back to where the editor was opened from, once the button is there again.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };

  if (open) {
    return (
      <OverrideEditor
        themeRef={adaptation.themeRef}
        path={path}
        label={label}
        kind={kind}
        current={current}
        override={adaptation.overrides.get(path)}
        onFeedback={adaptation.onFeedback}
        onClose={close}
      />
    );
  }

  return (
    <div className="adaptable">
      {children}
      <p className="adaptable__actions">
        <button
          ref={buttonRef}
          type="button"
          className="button button--secondary button--small"
          onClick={() => setOpen(true)}
        >
          <span className="visually-hidden">{label}: </span>
          {m.edit}
        </button>
      </p>
    </div>
  );
}
