import type {
  CreateEvaluationInput,
  EvaluationDetail,
  ParticipantSide,
  PlanWarning,
} from '@zet/contracts';
import { newKey } from './capture-draft';

/** The plan form's values: strings as the inputs hold them, converted to the contract on submit. */
export type PlanGroupValues = {
  key: string;
  /** The theme session, once the server has it. */
  id?: string;
  themeCode: string;
  groupLabel: string;
  /** '' while nobody is assigned. */
  facilitatorId: string;
  /** Expected participants by `${role}|${side}`. */
  expected: Record<string, number>;
};

export type PlanRoundValues = { key: string; label: string; groups: PlanGroupValues[] };

/** `locationId`: '' not chosen yet, PARTNERSHIP_WIDE for none, else the locatie's id. */
export type PlanValues = {
  title: string;
  locationId: string;
  heldOn: string;
  targetGroupIds: string[];
  rounds: PlanRoundValues[];
};

export const PARTNERSHIP_WIDE = 'partnerschapsbreed';

export function expectedKey(role: string, side: ParticipantSide): string {
  return `${role}|${side}`;
}

export function emptyGroup(): PlanGroupValues {
  return { key: newKey(), themeCode: '', groupLabel: '', facilitatorId: '', expected: {} };
}

export function emptyRound(): PlanRoundValues {
  return { key: newKey(), label: '', groups: [emptyGroup()] };
}

export function emptyPlan(): PlanValues {
  return { title: '', locationId: '', heldOn: '', targetGroupIds: [], rounds: [emptyRound()] };
}

export function planValuesFromDetail(detail: EvaluationDetail): PlanValues {
  return {
    title: detail.title,
    locationId: detail.location?.id ?? PARTNERSHIP_WIDE,
    heldOn: detail.heldOn,
    targetGroupIds: detail.targetGroups.map((group) => group.id),
    rounds: detail.rounds.map((round) => ({
      key: round.id,
      label: round.label === `Ronde ${round.number}` ? '' : round.label,
      groups: round.sessions.map((session) => ({
        key: session.id,
        id: session.id,
        themeCode: session.themeCode,
        groupLabel: session.groupLabel,
        facilitatorId: session.facilitator?.userId ?? '',
        expected: Object.fromEntries(
          session.expectedParticipants.map((p) => [expectedKey(p.role, p.side), p.expected]),
        ),
      })),
    })),
  };
}

/** The Dutch school year (1 August – 31 July) a date falls in; '' for no valid date. */
export function schoolYearOf(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!match) return '';
  const year = Number(match[1]);
  const first = Number(match[2]) >= 8 ? year : year - 1;
  return `${first}-${first + 1}`;
}

/** The plan as the API takes it (without `version` and `contentVersion`). */
export function toPlanInput(values: PlanValues): Omit<CreateEvaluationInput, 'contentVersion'> {
  const title = values.title.trim();
  return {
    ...(title === '' ? {} : { title }),
    locationId: values.locationId === PARTNERSHIP_WIDE ? null : values.locationId,
    heldOn: values.heldOn,
    schoolYear: schoolYearOf(values.heldOn),
    targetGroupIds: values.targetGroupIds,
    rounds: values.rounds.map((round) => ({
      label: round.label.trim(),
      groups: round.groups.map((group) => ({
        ...(group.id ? { id: group.id } : {}),
        themeCode: group.themeCode,
        groupLabel: group.groupLabel.trim(),
        facilitatorId: group.facilitatorId === '' ? null : group.facilitatorId,
        expectedParticipants: Object.entries(group.expected)
          .filter(([, expected]) => expected > 0)
          .map(([key, expected]) => {
            const [role = '', side = 'school'] = key.split('|');
            return { role, side: side as ParticipantSide, expected };
          }),
      })),
    })),
  };
}

export function expectedTotal(group: PlanGroupValues): { total: number; roles: number } {
  const roles = new Set<string>();
  let total = 0;
  for (const [key, count] of Object.entries(group.expected)) {
    if (count <= 0) continue;
    total += count;
    roles.add(key.split('|')[0] ?? key);
  }
  return { total, roles: roles.size };
}

/** The warnings about one group of the plan (by its position, as the server gives paths). */
export function groupWarnings(
  warnings: readonly PlanWarning[],
  round: number,
  group: number,
): PlanWarning[] {
  return warnings.filter(
    (w) =>
      w.path[0] === 'rounds' &&
      w.path[1] === round &&
      w.path[2] === 'groups' &&
      w.path[3] === group,
  );
}
