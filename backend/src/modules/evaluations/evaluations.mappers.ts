import type {
  EvaluationDetail,
  Finding,
  PersonRef,
  SessionParticipants,
  ThemeSessionCapture,
  ThemeSessionOutcome,
  ThemeSessionOverview,
} from '@zet/contracts';
import type { ContentService } from '../content/content.service';
import { captureWarnings, type Names, type PlanShape, planWarnings } from './evaluation-rules';
import type {
  EvaluationRow,
  FindingRow,
  IndividualPlacementRow,
  ParticipantRow,
  RoundRow,
  SessionRow,
} from './evaluations.queries';

/** Theme and role names of one content version, for labels and messages. */
export function contentNames(content: ContentService, versionId: string): Names {
  const roles = new Map(content.bundle.framework.roles.map((r) => [r.code, r.name]));
  return {
    theme: (code) => content.themeName(code, versionId) ?? code,
    role: (code) => roles.get(code) ?? code,
  };
}

export const mapPersonRef = (userId: string | null, name: string | null): PersonRef | null =>
  userId ? { userId, name } : null;

const bySession = <T extends { theme_session_id: string }>(rows: readonly T[], sessionId: string) =>
  rows.filter((r) => r.theme_session_id === sessionId);

export const mapParticipants = (rows: readonly ParticipantRow[]): SessionParticipants[] =>
  rows.map((r) => ({ role: r.role, side: r.side, expected: r.expected, present: r.present }));

export const mapFinding = (row: FindingRow): Finding => ({
  id: row.id,
  kind: row.kind,
  text: row.text,
});

/** The captured outcome of one session, from its rows. */
export function mapOutcome(
  session: SessionRow,
  participants: readonly ParticipantRow[],
  placements: readonly IndividualPlacementRow[],
  findings: readonly FindingRow[],
): ThemeSessionOutcome {
  return {
    participants: mapParticipants(bySession(participants, session.id)),
    individualPlacements: bySession(placements, session.id).map((p) => ({
      role: p.role,
      current: p.current,
      desired: p.desired,
    })),
    findings: bySession(findings, session.id).map(mapFinding),
    reflectionCards: session.reflection_cards,
    currentPlacement: session.current_placement,
    desiredPlacement: session.desired_placement,
    rationale: session.rationale,
    agreements: session.agreements,
    plenaryReporter: session.plenary_reporter,
    notes: session.notes,
  };
}

export function mapCapture(
  evaluation: EvaluationRow,
  session: SessionRow,
  outcome: ThemeSessionOutcome,
  names: Names,
  readOnly: boolean,
): ThemeSessionCapture {
  return {
    id: session.id,
    evaluationId: evaluation.id,
    evaluationStatus: evaluation.status,
    contentVersion: session.content_version_id,
    roundNumber: session.round_number,
    themeCode: session.theme_code,
    themeName: names.theme(session.theme_code),
    groupLabel: session.group_label,
    facilitator: mapPersonRef(session.facilitator_id, session.facilitator_name),
    ...outcome,
    version: session.version,
    revision: session.revision,
    updatedAt: session.updated_at.toISOString(),
    readOnly,
    warnings: captureWarnings(outcome),
  };
}

export function mapSessionOverview(
  session: SessionRow,
  participants: readonly ParticipantRow[],
  names: Names,
  canCapture: boolean,
): ThemeSessionOverview {
  return {
    id: session.id,
    themeCode: session.theme_code,
    themeName: names.theme(session.theme_code),
    groupLabel: session.group_label,
    facilitator: mapPersonRef(session.facilitator_id, session.facilitator_name),
    expectedParticipants: bySession(participants, session.id)
      .filter((p) => p.expected > 0)
      .map((p) => ({ role: p.role, side: p.side, expected: p.expected })),
    status: session.captured ? 'captured' : 'empty',
    currentPlacement: session.current_placement,
    desiredPlacement: session.desired_placement,
    version: session.version,
    canCapture,
  };
}

/** The stored plan in the shape `planWarnings` reads. */
export function storedPlan(
  rounds: readonly RoundRow[],
  sessions: readonly SessionRow[],
  participants: readonly ParticipantRow[],
): PlanShape {
  return {
    rounds: rounds.map((round) => ({
      groups: sessions
        .filter((s) => s.round_id === round.id)
        .map((s) => ({
          themeCode: s.theme_code,
          groupLabel: s.group_label,
          expectedParticipants: bySession(participants, s.id).map((p) => ({
            role: p.role,
            side: p.side,
            expected: p.expected,
          })),
        })),
    })),
  };
}

export function mapEvaluationDetail(input: {
  evaluation: EvaluationRow;
  targetGroups: readonly { id: string; code: string; name: string }[];
  rounds: readonly RoundRow[];
  sessions: readonly SessionRow[];
  participants: readonly ParticipantRow[];
  names: Names;
  canCapture: (session: SessionRow) => boolean;
  permissions: EvaluationDetail['permissions'];
}): EvaluationDetail {
  const { evaluation: e, rounds, sessions, participants, names } = input;
  return {
    id: e.id,
    title: e.title,
    heldOn: e.held_on,
    schoolYear: e.school_year,
    location:
      e.location_id && e.location_name ? { id: e.location_id, name: e.location_name } : null,
    status: e.status,
    contentVersion: e.content_version_id,
    targetGroups: input.targetGroups.map((t) => ({ id: t.id, code: t.code, name: t.name })),
    rounds: rounds.map((round) => ({
      id: round.id,
      number: round.number,
      label: round.label,
      sessions: sessions
        .filter((s) => s.round_id === round.id)
        .map((s) => mapSessionOverview(s, participants, names, input.canCapture(s))),
    })),
    finalisedAt: e.finalised_at?.toISOString() ?? null,
    finalisedBy: mapPersonRef(e.finalised_by, e.finalised_by_name),
    version: e.version,
    warnings: planWarnings(storedPlan(rounds, sessions, participants), names),
    permissions: input.permissions,
  };
}
