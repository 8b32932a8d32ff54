import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

type DialogProps = {
  open: boolean;
  title: ReactNode;
  /** Called when the dialog closes by Escape, the close button or the backdrop. */
  onClose: () => void;
  children: ReactNode;
  /** The close button's accessible name. */
  closeLabel: string;
  /** Changes when the dialog shows another step: the title takes focus again. */
  step?: string;
  size?: 'small' | 'large';
};

/**
 * A modal dialog on the native <dialog>: the browser traps focus, closes on Escape and gives
 * focus back to the button that opened it. The title is focused first, so it is read out.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  closeLabel,
  step,
  size = 'small',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Unmounted while open: close it first (still in the DOM), so focus goes back to the opener.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    if (open) titleRef.current?.focus();
  }, [open, step]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      onClose={() => {
        if (open) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === ref.current) onClose();
      }}
    >
      {open ? (
        <div className="dialog__content">
          <div className="dialog__head">
            <h2 id={titleId} ref={titleRef} tabIndex={-1} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="dialog__close" onClick={onClose}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{closeLabel}</span>
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
