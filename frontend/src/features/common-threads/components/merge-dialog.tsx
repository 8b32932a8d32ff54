import type { CommonThread } from '@zet/contracts';
import { useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { FormError } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { commonThreadMessages as m } from '../messages';

type MergeDialogProps = {
  target: CommonThread | null;
  candidates: CommonThread[];
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onMerge: (target: CommonThread, sources: CommonThread[], name: string) => void;
};

/** Folds chosen rode lijnen into the target one, optionally under a new name. */
export function MergeDialog({
  target,
  candidates,
  busy,
  error,
  onClose,
  onMerge,
}: MergeDialogProps) {
  return (
    <Dialog
      open={target !== null}
      title={target ? m.mergeTitle(target.name) : ''}
      onClose={onClose}
      closeLabel={m.close}
      size="large"
    >
      {target ? (
        <MergeForm
          key={target.id}
          target={target}
          candidates={candidates}
          busy={busy}
          error={error}
          onClose={onClose}
          onMerge={onMerge}
        />
      ) : null}
    </Dialog>
  );
}

function MergeForm({
  target,
  candidates,
  busy,
  error,
  onClose,
  onMerge,
}: Omit<MergeDialogProps, 'target'> & { target: CommonThread }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState(target.name);
  const [localError, setLocalError] = useState<string | null>(null);
  const sources = candidates.filter((c) => chosen.includes(c.id));
  return (
    <form
      className="merge-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (sources.length === 0) {
          setLocalError(m.mergeChooseOne);
          return;
        }
        onMerge(target, sources, name.trim() || target.name);
      }}
    >
      <p>{m.mergeLead}</p>
      {candidates.length === 0 ? (
        <p className="muted">{m.mergeNone}</p>
      ) : (
        <fieldset className="field">
          <legend className="field__label">{m.mergeChoices}</legend>
          <ul className="merge-form__list">
            {candidates.map((candidate) => (
              <li key={candidate.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(candidate.id)}
                    onChange={(event) =>
                      setChosen((ids) =>
                        event.target.checked
                          ? [...ids, candidate.id]
                          : ids.filter((id) => id !== candidate.id),
                      )
                    }
                  />
                  <span>
                    {candidate.name}
                    {candidate.theme ? (
                      <span className="muted small"> — {candidate.theme.name}</span>
                    ) : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <TextField label={m.mergeName} name="name" value={name} onChange={setName} maxLength={200} />
      <FormError>{localError ?? error}</FormError>
      <div className="thread-card__actions">
        <button type="submit" className="button" disabled={busy || candidates.length === 0}>
          {m.mergeAction(sources.length)}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
