import type { CaptureWarning, FinaliseProblem, PlanWarning } from '@zet/contracts';

/**
 * The ZET method's advice (handleiding ch. 4) and the completeness rules of finalisation, as pure
 * functions over plain data, so the API, the import and the unit specs share one reading.
 */

/** Groups of 12 to 16 participants (handleiding 4.2). */
export const GROUP_SIZE = { min: 12, max: 16 } as const;

/** Perspectives a theme conversation should not miss: the learner and the teacher-training institute. */
export const KEY_PERSPECTIVES = ['student', 'instituutsopleider'] as const;
type KeyPerspective = (typeof KEY_PERSPECTIVES)[number];

export type PlannedGroup = {
  themeCode: string;
  groupLabel: string;
  expectedParticipants: readonly { role: string; side: string; expected: number }[];
};
export type PlanShape = { rounds: readonly { groups: readonly PlannedGroup[] }[] };

/** Display names for messages; unknown codes fall back to the code itself. */
export type Names = { theme(code: string): string; role(code: string): string };
const codesAsNames: Names = { theme: (c) => c, role: (c) => c };

/** "Ronde 1, Visie (Groep A)": how messages name one group. */
export function describeGroup(roundNumber: number, themeName: string, groupLabel: string): string {
  return `Ronde ${roundNumber}, ${themeName}${groupLabel ? ` (${groupLabel})` : ''}`;
}

const PLANNED_PERSPECTIVE: Record<KeyPerspective, string> = {
  student:
    'er is geen student verwacht, zodat het perspectief van de student in het gesprek ontbreekt.',
  instituutsopleider:
    'er is geen instituutsopleider verwacht, zodat het perspectief van de lerarenopleiding in het gesprek ontbreekt.',
};

/**
 * What the method advises against in a plan: a group of one role only, fewer than 12 or more than
 * 16 expected participants, a missing key perspective, a theme twice in one round. Warnings only.
 */
export function planWarnings(plan: PlanShape, names: Names = codesAsNames): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  plan.rounds.forEach((round, r) => {
    const roundNumber = r + 1;
    round.groups.forEach((group, g) => {
      const path = ['rounds', r, 'groups', g];
      const who = describeGroup(roundNumber, names.theme(group.themeCode), group.groupLabel);
      const total = group.expectedParticipants.reduce((sum, p) => sum + p.expected, 0);
      const roles = new Set(
        group.expectedParticipants.filter((p) => p.expected > 0).map((p) => p.role),
      );

      if (total === 0) {
        warnings.push({
          code: 'group_size',
          path: [...path, 'expectedParticipants'],
          message: `${who}: nog geen deelnemers gepland. De ZET-methode raadt ${GROUP_SIZE.min} tot ${GROUP_SIZE.max} deelnemers per groep aan, uit verschillende rollen.`,
        });
        return;
      }
      if (total < GROUP_SIZE.min || total > GROUP_SIZE.max) {
        warnings.push({
          code: 'group_size',
          path: [...path, 'expectedParticipants'],
          message:
            `${who}: ${total} ${total === 1 ? 'deelnemer' : 'deelnemers'} verwacht. De ZET-methode raadt ${GROUP_SIZE.min} tot ${GROUP_SIZE.max} deelnemers per groep aan` +
            (total > GROUP_SIZE.max ? '; overweeg de groep te splitsen.' : '.'),
        });
      }
      if (roles.size === 1) {
        const [only] = [...roles];
        warnings.push({
          code: 'single_role',
          path: [...path, 'expectedParticipants'],
          message: `${who}: alle verwachte deelnemers hebben dezelfde rol (${names.role(only!)}). Een multidisciplinaire groep brengt meer perspectieven aan tafel.`,
        });
        // The single-role advice already says to mix roles; listing each missing one adds nothing.
        return;
      }
      for (const perspective of KEY_PERSPECTIVES) {
        if (!roles.has(perspective)) {
          warnings.push({
            code: 'missing_perspective',
            path: [...path, 'expectedParticipants'],
            message: `${who}: ${PLANNED_PERSPECTIVE[perspective]}`,
          });
        }
      }
    });

    const seen = new Map<string, number>();
    round.groups.forEach((group, g) => {
      const count = (seen.get(group.themeCode) ?? 0) + 1;
      seen.set(group.themeCode, count);
      if (count === 2) {
        const times = round.groups.filter((other) => other.themeCode === group.themeCode).length;
        warnings.push({
          code: 'duplicate_theme',
          path: ['rounds', r, 'groups', g, 'themeCode'],
          message: `Ronde ${roundNumber}: het thema ${names.theme(group.themeCode)} staat ${times} keer in deze ronde. De methode raadt aan per ronde verschillende thema's te bespreken; kies je bewust voor verdieping, dan kun je deze melding negeren.`,
        });
      }
    });
  });
  return warnings;
}

export type OutcomeShape = {
  currentPlacement: number | null;
  desiredPlacement: number | null;
  rationale: string;
  participants: readonly { role: string; present: number }[];
};

/** Desired equals current: the group must argue from the vision why it stays where it is. */
export function needsRationale(
  outcome: Pick<OutcomeShape, 'currentPlacement' | 'desiredPlacement' | 'rationale'>,
): boolean {
  return (
    outcome.currentPlacement !== null &&
    outcome.currentPlacement === outcome.desiredPlacement &&
    outcome.rationale.trim() === ''
  );
}

const PRESENT_PERSPECTIVE: Record<KeyPerspective, string> = {
  student:
    'Er zit geen student aan tafel: het perspectief van de student ontbreekt in dit gesprek.',
  instituutsopleider:
    'Er zit geen instituutsopleider aan tafel: het perspectief van de lerarenopleiding ontbreekt in dit gesprek.',
};

/** Flags while capturing; none of them blocks saving. */
export function captureWarnings(outcome: OutcomeShape): CaptureWarning[] {
  const warnings: CaptureWarning[] = [];
  if (needsRationale(outcome)) {
    warnings.push({
      code: 'rationale_required',
      path: ['rationale'],
      message:
        'De gewenste plaatsing is gelijk aan de huidige. Onderbouw vanuit de visie van het partnerschap waarom de groep hier wil blijven; zonder onderbouwing kan het dagdeel niet worden vastgesteld.',
    });
  }
  const present = outcome.participants.filter((p) => p.present > 0);
  if (present.length > 0) {
    for (const perspective of KEY_PERSPECTIVES) {
      if (!present.some((p) => p.role === perspective)) {
        warnings.push({
          code: 'missing_perspective',
          path: ['participants'],
          message: PRESENT_PERSPECTIVE[perspective],
        });
      }
    }
  }
  return warnings;
}

/** What keeps one session from being finalised; `who` names it as `describeGroup` does. */
export function sessionProblems(
  sessionId: string,
  who: string,
  outcome: OutcomeShape,
): FinaliseProblem[] {
  const problems: FinaliseProblem[] = [];
  if (outcome.currentPlacement === null) {
    problems.push({
      code: 'current_missing',
      path: ['sessions', sessionId, 'currentPlacement'],
      message: `${who}: de huidige plaatsing op de scenario's ontbreekt.`,
    });
  }
  if (outcome.desiredPlacement === null) {
    problems.push({
      code: 'desired_missing',
      path: ['sessions', sessionId, 'desiredPlacement'],
      message: `${who}: de gewenste plaatsing op de scenario's ontbreekt.`,
    });
  }
  if (needsRationale(outcome)) {
    problems.push({
      code: 'rationale_missing',
      path: ['sessions', sessionId, 'rationale'],
      message: `${who}: de gewenste plaatsing is gelijk aan de huidige, maar de onderbouwing ontbreekt.`,
    });
  }
  return problems;
}

/** An evaluation without any theme session has nothing to finalise. */
export function evaluationProblems(sessionCount: number): FinaliseProblem[] {
  return sessionCount === 0
    ? [
        {
          code: 'no_sessions',
          path: ['rounds'],
          message: 'Dit dagdeel heeft nog geen themagesprekken om vast te stellen.',
        },
      ]
    : [];
}

export type RoleDefinition = { code: string; name: string; side: 'school' | 'instituut' | 'beide' };

/** A role must exist in the content, and sit on its own side of the partnership (or on either). */
export function roleProblem(
  role: RoleDefinition | undefined,
  side: 'school' | 'instituut',
): { field: 'role' | 'side'; text: string } | undefined {
  if (!role) return { field: 'role', text: 'Deze rol bestaat niet. Kies een rol uit de lijst.' };
  if (role.side !== 'beide' && role.side !== side) {
    return {
      field: 'side',
      text: `De rol ${role.name} hoort bij ${role.side === 'school' ? 'de school' : 'het instituut'}, niet bij ${side === 'school' ? 'de school' : 'het instituut'}.`,
    };
  }
  return undefined;
}
