import { FINDING_MAX_LENGTH, type FindingKind } from '@zet/contracts';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { evaluationMessages } from '../messages';
import { newKey, type DraftFinding } from '../utils/capture-draft';
import { moveFinding } from '../utils/finding-order';

const m = evaluationMessages.capture;
const KINDS: readonly FindingKind[] = ['strength', 'development'];

type FindingsSectionProps = {
  findings: DraftFinding[];
  onChange: (findings: DraftFinding[]) => void;
  readOnly: boolean;
};

/** Where focus should land after the list changed under it. */
type FocusTarget = { key: string; part: 'text' | 'up' | 'down' } | { add: FindingKind };

/**
 * Sterke punten and ontwikkelpunten as two lists: type a point and press Enter to add it, edit in
 * place, move with the buttons (or Alt + arrow keys while typing), remove with the button.
 */
export function FindingsSection({ findings, onChange, readOnly }: FindingsSectionProps) {
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!focusTarget || !root.current) return;
    const selector =
      'add' in focusTarget
        ? `[data-finding-add="${focusTarget.add}"]`
        : `[data-finding="${focusTarget.key}"] [data-part="${focusTarget.part}"]`;
    const element = root.current.querySelector<HTMLElement>(selector);
    // A move button that became disabled (top or bottom reached) hands focus to the text.
    if (element && !(element instanceof HTMLButtonElement && element.disabled)) element.focus();
    else if (!('add' in focusTarget)) {
      root.current
        .querySelector<HTMLElement>(`[data-finding="${focusTarget.key}"] [data-part="text"]`)
        ?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  const move = (key: string, direction: -1 | 1, part: 'text' | 'up' | 'down') => {
    const next = moveFinding(findings, key, direction);
    if (next === findings) return;
    onChange(next);
    const item = next.find((f) => f.key === key);
    const position = next.filter((f) => f.kind === item?.kind).findIndex((f) => f.key === key) + 1;
    setAnnouncement(m.findingMoved(position));
    setFocusTarget({ key, part });
  };

  const remove = (key: string) => {
    const item = findings.find((f) => f.key === key);
    onChange(findings.filter((f) => f.key !== key));
    setAnnouncement(m.findingRemoved);
    if (item) setFocusTarget({ add: item.kind });
  };

  return (
    <section aria-labelledby="capture-findings" className="capture-section" ref={root}>
      <h2 id="capture-findings">{m.sections.findings}</h2>
      {readOnly ? null : <p className="field__hint">{m.findingsKeyboard}</p>}
      <div className="findings">
        {KINDS.map((kind) => (
          <FindingList
            key={kind}
            kind={kind}
            items={findings.filter((f) => f.kind === kind)}
            readOnly={readOnly}
            onText={(key, text) =>
              onChange(findings.map((f) => (f.key === key ? { ...f, text } : f)))
            }
            onBlurEmpty={(key) => onChange(findings.filter((f) => f.key !== key))}
            onMove={move}
            onRemove={remove}
            onAdd={(text) => onChange([...findings, { key: newKey(), kind, text }])}
          />
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

type FindingListProps = {
  kind: FindingKind;
  items: DraftFinding[];
  readOnly: boolean;
  onText: (key: string, text: string) => void;
  onBlurEmpty: (key: string) => void;
  onMove: (key: string, direction: -1 | 1, part: 'text' | 'up' | 'down') => void;
  onRemove: (key: string) => void;
  onAdd: (text: string) => void;
};

function FindingList({
  kind,
  items,
  readOnly,
  onText,
  onBlurEmpty,
  onMove,
  onRemove,
  onAdd,
}: FindingListProps) {
  const id = useId();
  const [text, setText] = useState('');
  const addRef = useRef<HTMLInputElement>(null);
  const title = evaluationMessages.findingKinds[kind];
  const one = evaluationMessages.findingKindOne[kind];
  const capitalised = one.charAt(0).toUpperCase() + one.slice(1);

  const itemKeys = (event: KeyboardEvent<HTMLTextAreaElement>, key: string) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onMove(key, event.key === 'ArrowUp' ? -1 : 1, 'text');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      addRef.current?.focus();
    }
  };

  const add = () => {
    if (text.trim() === '') return;
    onAdd(text);
    setText('');
  };

  return (
    <div className={`finding-list finding-list--${kind}`}>
      <h3 id={`${id}-title`} className="finding-list__title">
        {title} <span className="capture-section__count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted small">{m.findingsEmpty(title.toLowerCase())}</p>
      ) : (
        <ol className="finding-list__items" aria-labelledby={`${id}-title`}>
          {items.map((finding, index) => (
            <li key={finding.key} className="finding" data-finding={finding.key}>
              <span className="finding__number" aria-hidden="true">
                {index + 1}
              </span>
              <label htmlFor={`${id}-${finding.key}`} className="visually-hidden">
                {m.findingText(capitalised, index + 1)}
              </label>
              <textarea
                id={`${id}-${finding.key}`}
                data-part="text"
                rows={1}
                className="input finding__text"
                value={finding.text}
                maxLength={FINDING_MAX_LENGTH}
                readOnly={readOnly}
                onChange={(event) => onText(finding.key, event.target.value)}
                onBlur={() => {
                  if (finding.text.trim() === '') onBlurEmpty(finding.key);
                }}
                onKeyDown={(event) => itemKeys(event, finding.key)}
              />
              {readOnly ? null : (
                <span className="finding__actions">
                  <button
                    type="button"
                    data-part="up"
                    className="icon-button"
                    disabled={index === 0}
                    onClick={() => onMove(finding.key, -1, 'up')}
                  >
                    <span aria-hidden="true">↑</span>
                    <span className="visually-hidden">{m.findingMoveUp(index + 1)}</span>
                  </button>
                  <button
                    type="button"
                    data-part="down"
                    className="icon-button"
                    disabled={index === items.length - 1}
                    onClick={() => onMove(finding.key, 1, 'down')}
                  >
                    <span aria-hidden="true">↓</span>
                    <span className="visually-hidden">{m.findingMoveDown(index + 1)}</span>
                  </button>
                  <button
                    type="button"
                    data-part="remove"
                    className="icon-button icon-button--danger"
                    onClick={() => onRemove(finding.key)}
                  >
                    <span aria-hidden="true">×</span>
                    <span className="visually-hidden">{m.findingRemove(index + 1)}</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <div className="finding-add">
          <label htmlFor={`${id}-add`} className="field__label">
            {m.findingAddLabel(one)}
          </label>
          <div className="finding-add__row">
            <input
              id={`${id}-add`}
              ref={addRef}
              data-finding-add={kind}
              className="input"
              value={text}
              maxLength={FINDING_MAX_LENGTH}
              aria-describedby={`${id}-add-hint`}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" className="button button--secondary" onClick={add}>
              {m.findingAdd}
            </button>
          </div>
          <p id={`${id}-add-hint`} className="field__hint">
            {m.findingAddHint}
          </p>
        </div>
      )}
    </div>
  );
}
