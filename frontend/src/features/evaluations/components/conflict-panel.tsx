import { useEffect, useId, useRef, useState } from 'react';
import { formatDateTime } from '../../../lib/dates';
import { describePlacement } from '../../../lib/placement';
import type { CaptureConflict } from '../api/use-capture-autosave';
import { evaluationMessages } from '../messages';
import type { CaptureDraft, CaptureField } from '../utils/capture-draft';
import { canCombine, combineField, mergeDrafts, type ConflictChoice } from '../utils/capture-merge';

const m = evaluationMessages.conflict;

export type ValueLabels = {
  roleName: (code: string) => string;
  scenarioName: (level: number) => string;
  cardTitle: (code: string) => string;
};

type ConflictPanelProps = {
  conflict: CaptureConflict;
  mine: CaptureDraft;
  labels: ValueLabels;
  onResolve: (
    choices: Partial<Record<CaptureField, ConflictChoice>>,
    editedText: Partial<Record<CaptureField, string>>,
  ) => void;
};

const TEXT_FIELDS: readonly CaptureField[] = [
  'rationale',
  'agreements',
  'plenaryReporter',
  'notes',
];

/**
 * A stale save: per field that both sides changed, mine and the server's version side by side,
 * and a choice of mine, theirs, or both combined. Saving goes on the server's newest version.
 */
export function ConflictPanel({ conflict, mine, labels, onResolve }: ConflictPanelProps) {
  const { conflicts } = mergeDrafts(conflict.base, mine, conflict.theirs);
  const [choices, setChoices] = useState<Partial<Record<CaptureField, ConflictChoice>>>({});
  const [edited, setEdited] = useState<Partial<Record<CaptureField, string>>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The panel appears while the user is typing elsewhere: bring it to their attention once.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const choose = (field: CaptureField, choice: ConflictChoice) => {
    setChoices((current) => ({ ...current, [field]: choice }));
    if (choice === 'combined' && TEXT_FIELDS.includes(field) && edited[field] === undefined) {
      setEdited((current) => ({
        ...current,
        [field]: combineField(field, conflict.base, mine, conflict.theirs) as string,
      }));
    }
  };
  const chooseAll = (choice: ConflictChoice) =>
    setChoices(Object.fromEntries(conflicts.map((field) => [field, choice])));

  return (
    <section className="conflict" aria-labelledby="conflict-title" data-testid="conflict-panel">
      <h2 id="conflict-title" ref={headingRef} tabIndex={-1} className="conflict__title">
        {m.title}
      </h2>
      <p>{m.intro}</p>
      <p className="muted small">{m.savedBy(null, formatDateTime(conflict.theirsDoc.updatedAt))}</p>
      <div className="form-actions conflict__bulk">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => chooseAll('mine')}
        >
          {m.allMine}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => chooseAll('theirs')}
        >
          {m.allTheirs}
        </button>
      </div>
      {conflicts.map((field) => (
        <ConflictField
          key={field}
          field={field}
          choice={choices[field] ?? 'mine'}
          onChoose={(choice) => choose(field, choice)}
          mine={mine}
          theirs={conflict.theirs}
          combined={combineField(field, conflict.base, mine, conflict.theirs)}
          editedText={edited[field]}
          onEditText={(text) => setEdited((current) => ({ ...current, [field]: text }))}
          labels={labels}
        />
      ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onResolve(choices, edited)}>
          {m.save}
        </button>
      </div>
    </section>
  );
}

function ConflictField({
  field,
  choice,
  onChoose,
  mine,
  theirs,
  combined,
  editedText,
  onEditText,
  labels,
}: {
  field: CaptureField;
  choice: ConflictChoice;
  onChoose: (choice: ConflictChoice) => void;
  mine: CaptureDraft;
  theirs: CaptureDraft;
  combined: CaptureDraft[CaptureField];
  editedText: string | undefined;
  onEditText: (text: string) => void;
  labels: ValueLabels;
}) {
  const id = useId();
  const name = m.fields[field];
  const options: { value: ConflictChoice; label: string }[] = [
    { value: 'mine', label: m.mine },
    { value: 'theirs', label: m.theirs },
    ...(canCombine(field) ? [{ value: 'combined' as const, label: m.combined }] : []),
  ];
  const isText = TEXT_FIELDS.includes(field);

  return (
    <div className="conflict-field" data-conflict-field={field}>
      <h3 className="conflict-field__title">{name}</h3>
      <div className="conflict-field__versions">
        <div className={`conflict-version${choice === 'mine' ? ' is-chosen' : ''}`}>
          <p className="conflict-version__label">{m.mine}</p>
          <FieldValue field={field} draft={mine} labels={labels} />
        </div>
        <div className={`conflict-version${choice === 'theirs' ? ' is-chosen' : ''}`}>
          <p className="conflict-version__label">{m.theirs}</p>
          <FieldValue field={field} draft={theirs} labels={labels} />
        </div>
      </div>
      <fieldset className="conflict-field__choice">
        <legend className="visually-hidden">{m.choiceLegend(name.toLowerCase())}</legend>
        {options.map((option) => (
          <label key={option.value} className="choice choice--inline">
            <input
              type="radio"
              name={`${id}-choice`}
              value={option.value}
              checked={choice === option.value}
              onChange={() => onChoose(option.value)}
            />
            <span className="choice__label">{option.label}</span>
          </label>
        ))}
      </fieldset>
      {choice === 'combined' ? (
        isText ? (
          <div className="field">
            <label htmlFor={`${id}-combined`} className="field__label">
              {m.combined}
            </label>
            <p className="field__hint">{m.combinedHint}</p>
            <textarea
              id={`${id}-combined`}
              className="input textarea"
              rows={5}
              value={editedText ?? (combined as string)}
              onChange={(event) => onEditText(event.target.value)}
            />
          </div>
        ) : (
          <div className="conflict-version is-chosen">
            <p className="conflict-version__label">{m.combined}</p>
            <FieldValue field={field} draft={{ ...mine, [field]: combined }} labels={labels} />
          </div>
        )
      ) : null}
    </div>
  );
}

/** One field of a draft as the user reads it (also in the revision history). */
export function FieldValue({
  field,
  draft,
  labels,
}: {
  field: CaptureField;
  draft: CaptureDraft;
  labels: ValueLabels;
}) {
  const empty = <p className="muted">{m.empty}</p>;
  switch (field) {
    case 'participants': {
      const present = draft.participants.filter((p) => p.present > 0);
      return present.length === 0 ? (
        empty
      ) : (
        <ul className="conflict-list">
          {present.map((p) => (
            <li key={`${p.role}|${p.side}`}>
              {labels.roleName(p.role)} ({evaluationMessages.sides[p.side].toLowerCase()}):{' '}
              {p.present}
            </li>
          ))}
        </ul>
      );
    }
    case 'individualPlacements':
      return draft.individualPlacements.length === 0 ? (
        empty
      ) : (
        <ol className="conflict-list">
          {draft.individualPlacements.map((p) => (
            <li key={p.key}>
              {labels.roleName(p.role)}: {describePlacement(p.current)} →{' '}
              {describePlacement(p.desired)}
            </li>
          ))}
        </ol>
      );
    case 'findings': {
      const items = draft.findings.filter((f) => f.text.trim() !== '');
      return items.length === 0 ? (
        empty
      ) : (
        <ul className="conflict-list">
          {items.map((f) => (
            <li key={f.key}>
              <span className="muted">{evaluationMessages.findingKindOne[f.kind]}:</span> {f.text}
            </li>
          ))}
        </ul>
      );
    }
    case 'reflectionCards':
      return draft.reflectionCards.length === 0 ? (
        empty
      ) : (
        <ul className="conflict-list">
          {draft.reflectionCards.map((code) => (
            <li key={code}>{labels.cardTitle(code)}</li>
          ))}
        </ul>
      );
    case 'currentPlacement':
    case 'desiredPlacement': {
      const value = draft[field];
      if (value === null) return empty;
      const name = Number.isInteger(value) ? labels.scenarioName(value) : '';
      return (
        <p className="conflict-value">
          {describePlacement(value)}
          {name ? ` (${name})` : ''}
        </p>
      );
    }
    case 'rationale':
    case 'agreements':
    case 'plenaryReporter':
    case 'notes':
      return draft[field].trim() === '' ? empty : <p className="conflict-value">{draft[field]}</p>;
  }
}
