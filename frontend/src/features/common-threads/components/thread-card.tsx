import type { CommonThread, UpdateCommonThreadInput } from '@zet/contracts';
import { useId, useState } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { commonThreadMessages as m } from '../messages';

type ThreadCardProps = {
  thread: CommonThread;
  canManage: boolean;
  busy: boolean;
  onUpdate: (thread: CommonThread, input: UpdateCommonThreadInput, done: string) => void;
  onMerge: (thread: CommonThread) => void;
};

const SHOWN_FINDINGS = 4;

/** One rode lijn: its name, pattern, theme and the findings behind it; actions for the programmaleider. */
export function ThreadCard({ thread, canManage, busy, onUpdate, onMerge }: ThreadCardProps) {
  const titleId = useId();
  const descriptionId = useId();
  const [editing, setEditing] = useState<'confirm' | 'rename' | null>(null);
  const [name, setName] = useState(thread.name);
  const [description, setDescription] = useState(thread.description);
  const [nameError, setNameError] = useState<string | undefined>();
  const [showAll, setShowAll] = useState(false);
  const findings = showAll ? thread.findings : thread.findings.slice(0, SHOWN_FINDINGS);

  const startEditing = (mode: 'confirm' | 'rename') => {
    setName(thread.name);
    setDescription(thread.description);
    setNameError(undefined);
    setEditing(mode);
  };

  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Geef de rode lijn een naam.');
      return;
    }
    const base = { version: thread.version, name: trimmed, description: description.trim() };
    if (editing === 'confirm') {
      onUpdate(thread, { ...base, status: 'confirmed' }, m.confirmed(trimmed));
    } else {
      onUpdate(thread, base, m.renamed(trimmed));
    }
    setEditing(null);
  };

  return (
    <article className="thread-card" aria-labelledby={titleId}>
      <header className="thread-card__head">
        <h3 id={titleId} className="thread-card__name">
          {thread.name}
        </h3>
        <p className="thread-card__meta">
          <span className={`thread-badge thread-badge--${thread.kind}`}>
            {thread.pattern ? m.pattern[thread.pattern] : m.manual}
          </span>
          {thread.theme ? (
            <span>
              {m.theme}: {thread.theme.name}
            </span>
          ) : null}
          {thread.kind === 'finding' ? <span>{m.locations(thread.locations)}</span> : null}
        </p>
      </header>
      {thread.description ? <p className="thread-card__description">{thread.description}</p> : null}
      {thread.findings.length > 0 ? (
        <div className="thread-card__findings">
          <p className="thread-card__findings-title">{m.findingsTitle(thread.findings.length)}</p>
          <ul>
            {findings.map((finding) => (
              <li key={finding.id}>
                <q>{finding.text}</q>{' '}
                <span className="muted small">
                  — {finding.location?.name ?? m.wholePartnership}, {finding.schoolYear},{' '}
                  {finding.kind === 'strength' ? m.strength : m.development}
                </span>
              </li>
            ))}
          </ul>
          {thread.findings.length > SHOWN_FINDINGS ? (
            <button
              type="button"
              className="button button--small button--secondary"
              aria-expanded={showAll}
              onClick={() => setShowAll((all) => !all)}
            >
              {showAll ? 'Minder tonen' : `Alle ${thread.findings.length} tonen`}
            </button>
          ) : null}
        </div>
      ) : null}

      {canManage && editing ? (
        <form
          className="thread-card__form"
          aria-label={editing === 'confirm' ? m.confirmTitle : m.rename}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TextField
            label={m.nameLabel}
            name="name"
            value={name}
            onChange={setName}
            hint={m.nameHint}
            error={nameError}
            maxLength={200}
            autoFocus
          />
          {editing === 'confirm' ? (
            <div className="field">
              <label htmlFor={descriptionId} className="field__label">
                {m.descriptionLabel}
              </label>
              <textarea
                id={descriptionId}
                className="input"
                rows={3}
                maxLength={4000}
                value={description}
                onChange={(event) => setDescription(event.target.value)}
              />
            </div>
          ) : null}
          <div className="thread-card__actions">
            <button type="submit" className="button" disabled={busy}>
              {editing === 'confirm' ? m.confirmAction : m.renameAction}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing(null)}
            >
              {m.cancel}
            </button>
          </div>
        </form>
      ) : canManage ? (
        <div className="thread-card__actions">
          {thread.status === 'suggested' ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => startEditing('confirm')}
            >
              {m.confirm}
            </button>
          ) : null}
          {thread.status !== 'dismissed' ? (
            <>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={busy}
                onClick={() => startEditing('rename')}
              >
                {m.rename}
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={busy}
                onClick={() => onMerge(thread)}
              >
                {m.merge}
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={busy}
                onClick={() =>
                  onUpdate(
                    thread,
                    { version: thread.version, status: 'dismissed' },
                    m.dismissed(thread.name),
                  )
                }
              >
                {m.dismiss}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy}
              onClick={() =>
                onUpdate(
                  thread,
                  { version: thread.version, status: 'suggested' },
                  m.restored(thread.name),
                )
              }
            >
              {m.restore}
            </button>
          )}
        </div>
      ) : null}
    </article>
  );
}
