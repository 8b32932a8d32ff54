import { useId, useRef, useState, type FormEvent } from 'react';
import { PlacementValue } from '../../../components/ui/placement-value';
import { evaluationMessages } from '../messages';
import { newKey, type DraftPlacement } from '../utils/capture-draft';
import { parsePlacementInput } from '../utils/placement-input';
import type { RoleOption } from '../utils/perspectives';

const m = evaluationMessages.capture;

type PlacementsSectionProps = {
  placements: DraftPlacement[];
  roles: RoleOption[];
  roleName: (code: string) => string;
  onChange: (placements: DraftPlacement[]) => void;
  readOnly: boolean;
};

type EntryErrors = { role?: string; current?: string; desired?: string };

/**
 * The anonymous werkblad placements, entered one after another from the keyboard: role, now,
 * desired, Enter. The role stays selected for the next sheet; focus goes back to it.
 */
export function PlacementsSection({
  placements,
  roles,
  roleName,
  onChange,
  readOnly,
}: PlacementsSectionProps) {
  const id = useId();
  const [role, setRole] = useState('');
  const [current, setCurrent] = useState('');
  const [desired, setDesired] = useState('');
  const [errors, setErrors] = useState<EntryErrors>({});
  const [announcement, setAnnouncement] = useState('');
  const roleRef = useRef<HTMLSelectElement>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const desiredRef = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const now = parsePlacementInput(current);
    const wanted = desired.trim() === '' ? null : parsePlacementInput(desired);
    const next: EntryErrors = {};
    if (!role) next.role = m.placementRoleMissing;
    if (now === null) next.current = m.placementInvalid;
    if (desired.trim() !== '' && wanted === null) next.desired = m.placementInvalid;
    setErrors(next);
    if (next.role) return roleRef.current?.focus();
    if (next.current) return currentRef.current?.focus();
    if (next.desired || now === null) return desiredRef.current?.focus();
    onChange([...placements, { key: newKey(), role, current: now, desired: wanted }]);
    setCurrent('');
    setDesired('');
    setAnnouncement(m.placementAdded(placements.length + 1));
    roleRef.current?.focus();
  };

  const remove = (index: number) => {
    onChange(placements.filter((_, i) => i !== index));
    setAnnouncement(m.placementRemoved(index + 1));
  };

  const describedBy = (field: keyof EntryErrors) =>
    errors[field] ? `${id}-${field}-error` : undefined;

  return (
    <section aria-labelledby="capture-placements" className="capture-section">
      <h2 id="capture-placements">
        {m.sections.placements}{' '}
        <span className="capture-section__count">{m.placementCount(placements.length)}</span>
      </h2>
      {readOnly ? null : (
        <form
          className="placement-entry"
          onSubmit={add}
          noValidate
          aria-label={m.sections.placements}
        >
          <p className="field__hint placement-entry__help">{m.placementsHelp}</p>
          <div className={`field${errors.role ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-role`} className="field__label">
              {m.placementRole}
            </label>
            <select
              id={`${id}-role`}
              ref={roleRef}
              value={role}
              onChange={(event) => setRole(event.target.value)}
              aria-invalid={errors.role ? true : undefined}
              aria-describedby={describedBy('role')}
            >
              <option value="">—</option>
              {roles.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${errors.current ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-current`} className="field__label">
              {m.placementCurrent}
            </label>
            <input
              id={`${id}-current`}
              ref={currentRef}
              className="input placement-entry__value"
              inputMode="decimal"
              autoComplete="off"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
              aria-invalid={errors.current ? true : undefined}
              aria-describedby={describedBy('current')}
            />
          </div>
          <div className={`field${errors.desired ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-desired`} className="field__label">
              {m.placementDesired}{' '}
              <span className="field__optional">({m.placementDesiredHint})</span>
            </label>
            <input
              id={`${id}-desired`}
              ref={desiredRef}
              className="input placement-entry__value"
              inputMode="decimal"
              autoComplete="off"
              value={desired}
              onChange={(event) => setDesired(event.target.value)}
              aria-invalid={errors.desired ? true : undefined}
              aria-describedby={describedBy('desired')}
            />
          </div>
          <button type="submit" className="button">
            {m.placementAdd}
          </button>
          {(['role', 'current', 'desired'] as const).map((field) =>
            errors[field] ? (
              <p
                key={field}
                id={`${id}-${field}-error`}
                className="field__error placement-entry__error"
              >
                {errors[field]}
              </p>
            ) : null,
          )}
        </form>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {placements.length === 0 ? (
        <p className="muted">{m.placementsEmpty}</p>
      ) : (
        <div className="table-scroll">
          <table className="placements-table">
            <thead>
              <tr>
                <th scope="col">{m.placementNumber}</th>
                <th scope="col">{m.placementRole}</th>
                <th scope="col">{m.placementCurrent}</th>
                <th scope="col">{m.placementDesired}</th>
                {readOnly ? null : (
                  <th scope="col">
                    <span className="visually-hidden">{m.remove}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {placements.map((placement, index) => (
                <tr key={placement.key}>
                  <td>{index + 1}</td>
                  <td>{roleName(placement.role)}</td>
                  <td>
                    <PlacementValue value={placement.current} />
                  </td>
                  <td>
                    <PlacementValue value={placement.desired} />
                  </td>
                  {readOnly ? null : (
                    <td className="placements-table__actions">
                      <button
                        type="button"
                        className="icon-button icon-button--danger"
                        onClick={() => remove(index)}
                      >
                        <span aria-hidden="true">×</span>
                        <span className="visually-hidden">{m.placementRemove(index + 1)}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
