import type { ParticipantSide } from '@zet/contracts';

/**
 * Who sat at the table. The method asks for a multidisciplinary group; two perspectives a theme
 * conversation should not miss are the student's and the teacher-training institute's (the same
 * reading as the server's capture warnings).
 */
export const KEY_PERSPECTIVES = ['student', 'instituutsopleider'] as const;
export type KeyPerspective = (typeof KEY_PERSPECTIVES)[number];

type Presence = { role: string; side: ParticipantSide; present: number };

/** The key perspectives nobody present brings; none while no one has been counted yet. */
export function missingPerspectives(participants: readonly Presence[]): KeyPerspective[] {
  const present = participants.filter((p) => p.present > 0);
  if (present.length === 0) return [];
  return KEY_PERSPECTIVES.filter((role) => !present.some((p) => p.role === role));
}

export type PresenceTotals = { school: number; instituut: number; total: number; roles: number };

export function presenceTotals(participants: readonly Presence[]): PresenceTotals {
  let school = 0;
  let instituut = 0;
  const roles = new Set<string>();
  for (const p of participants) {
    if (p.present <= 0) continue;
    if (p.side === 'school') school += p.present;
    else instituut += p.present;
    roles.add(p.role);
  }
  return { school, instituut, total: school + instituut, roles: roles.size };
}

/** Roles as the content lists them: `side` is school, instituut or beide. */
export type RoleOption = { code: string; name: string; side: string };

/** The roles that can sit on one side of the table (a role of "beide" sits on either). */
export function rolesForSide(roles: readonly RoleOption[], side: ParticipantSide): RoleOption[] {
  return roles.filter((role) => role.side === side || role.side === 'beide');
}
