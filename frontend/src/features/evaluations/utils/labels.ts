import type { RoleOption } from './perspectives';

/**
 * Names from the ZET content that the evaluation pages show, composed in by the app: roles with
 * their side, and the four scenarios.
 */
export type EvaluationLabels = {
  roles: RoleOption[];
  scenarios: { level: number; name: string }[];
  themes: { code: string; name: string }[];
  /** The content versions, to name the one an evaluation uses; `current` is what a new one gets. */
  contentVersions?: { id: string; name: string; current: boolean }[];
};

export function roleName(labels: EvaluationLabels | undefined, code: string): string {
  return labels?.roles.find((role) => role.code === code)?.name ?? code;
}

export function scenarioName(labels: EvaluationLabels | undefined, level: number): string {
  return labels?.scenarios.find((s) => s.level === level)?.name ?? '';
}
