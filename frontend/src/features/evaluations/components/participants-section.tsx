import type { ParticipantSide, SessionParticipants } from '@zet/contracts';
import { useId } from 'react';
import { evaluationMessages } from '../messages';
import type { DraftParticipant } from '../utils/capture-draft';
import {
  missingPerspectives,
  presenceTotals,
  rolesForSide,
  type RoleOption,
} from '../utils/perspectives';

const m = evaluationMessages.capture;
const SIDES: readonly ParticipantSide[] = ['school', 'instituut'];

type ParticipantsSectionProps = {
  participants: DraftParticipant[];
  /** The planned counts, from the server's document. */
  expected: readonly SessionParticipants[];
  roles: RoleOption[];
  onChange: (participants: DraftParticipant[]) => void;
};

/** Who sat at the table, by role and side, with a flag for a missing key perspective. */
export function ParticipantsSection({
  participants,
  expected,
  roles,
  onChange,
}: ParticipantsSectionProps) {
  const totals = presenceTotals(participants);
  const missing = missingPerspectives(participants);

  const presentOf = (role: string, side: ParticipantSide) =>
    participants.find((p) => p.role === role && p.side === side)?.present ?? 0;
  const expectedOf = (role: string, side: ParticipantSide) =>
    expected.find((p) => p.role === role && p.side === side)?.expected ?? 0;

  const setPresent = (role: string, side: ParticipantSide, present: number) => {
    const exists = participants.some((p) => p.role === role && p.side === side);
    onChange(
      exists
        ? participants.map((p) => (p.role === role && p.side === side ? { ...p, present } : p))
        : [...participants, { role, side, present }],
    );
  };

  return (
    <section aria-labelledby="capture-participants" className="capture-section">
      <h2 id="capture-participants">{m.sections.participants}</h2>
      <p className="field__hint">{m.participantsHelp}</p>
      <div className="participants">
        {SIDES.map((side) => (
          <fieldset key={side} className="participants__side">
            <legend className="participants__legend">{evaluationMessages.sides[side]}</legend>
            <ul className="participants__list">
              {rolesForSide(roles, side).map((role) => (
                <ParticipantRow
                  key={role.code}
                  role={role}
                  side={side}
                  present={presentOf(role.code, side)}
                  expected={expectedOf(role.code, side)}
                  onChange={(present) => setPresent(role.code, side, present)}
                />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      <p className="participants__totals">
        {totals.total === 0
          ? m.noneYet
          : m.presentTotals(totals.total, totals.school, totals.instituut)}
      </p>
      {missing.length > 0 ? (
        <div className="flag-list" data-testid="missing-perspectives">
          <p className="flag-list__title">{m.perspectivesTitle}</p>
          <ul>
            {missing.map((perspective) => (
              <li key={perspective}>{m.missingPerspective[perspective]}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function ParticipantRow({
  role,
  side,
  present,
  expected,
  onChange,
}: {
  role: RoleOption;
  side: ParticipantSide;
  present: number;
  expected: number;
  onChange: (present: number) => void;
}) {
  const id = useId();
  return (
    <li className={`participant${present > 0 ? ' participant--present' : ''}`}>
      <span className="participant__name">
        <label htmlFor={id} className="participant__role">
          <span className="visually-hidden">
            {m.present(role.name, evaluationMessages.sides[side])}
          </span>
          {/* A break may fall after the slash of "Schoolleider/locatiedirecteur". */}
          <span aria-hidden="true">{role.name.replaceAll('/', '/\u200b')}</span>
        </label>
        {expected > 0 ? (
          <span className="participant__expected" id={`${id}-expected`}>
            {m.expected(expected)}
          </span>
        ) : null}
      </span>
      <input
        id={id}
        className="input participant__count"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        placeholder="0"
        value={present === 0 ? '' : present}
        aria-describedby={expected > 0 ? `${id}-expected` : undefined}
        onChange={(event) => {
          const value = Number.parseInt(event.target.value, 10);
          onChange(Number.isNaN(value) ? 0 : Math.max(0, Math.min(100, value)));
        }}
        onFocus={(event) => event.target.select()}
      />
    </li>
  );
}
