import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../bulk-insert';
import type { DemoPartnership } from './demo-dataset.types';

/** Writes one generated partnership with everything below it, in the caller's transaction. */
export async function insertDemoPartnership(db: EntityManager, p: DemoPartnership): Promise<void> {
  await bulkInsert(
    db,
    'partnership',
    ['id', 'name', 'vision', 'core_concepts', 'open_comparison'],
    [[p.id, p.name, p.vision, p.coreConcepts, p.openComparison]],
  );
  await bulkInsert(
    db,
    'location',
    ['id', 'partnership_id', 'name', 'kind'],
    p.locations.map((l) => [l.id, p.id, l.name, l.kind]),
  );
  await bulkInsert(
    db,
    'target_group',
    ['id', 'partnership_id', 'code', 'name'],
    p.targetGroups.map((t) => [t.id, p.id, t.code, t.name]),
  );
  await bulkInsert(
    db,
    'cycle',
    ['id', 'partnership_id', 'school_year', 'pdca_phase'],
    p.cycles.map((c) => [c.id, p.id, c.schoolYear, c.pdcaPhase]),
  );

  const evaluations: unknown[][] = [];
  const targetGroups: unknown[][] = [];
  const rounds: unknown[][] = [];
  const sessions: unknown[][] = [];
  const participants: unknown[][] = [];
  const placements: unknown[][] = [];
  const findings: unknown[][] = [];
  for (const e of p.evaluations) {
    const finalised = e.status === 'finalised';
    evaluations.push([
      e.id,
      p.id,
      e.cycleId,
      e.locationId,
      e.title,
      e.heldOn,
      e.contentVersionId,
      e.status,
      finalised ? `${e.heldOn}T16:00:00Z` : null,
    ]);
    for (const tg of e.targetGroupIds) targetGroups.push([e.id, p.id, tg]);
    for (const r of e.rounds) {
      rounds.push([r.id, p.id, e.id, r.number, `Ronde ${r.number}`]);
      for (const s of r.sessions) {
        sessions.push([
          s.id,
          p.id,
          e.id,
          r.id,
          e.contentVersionId,
          s.themeCode,
          s.groupLabel,
          s.currentPlacement,
          s.desiredPlacement,
          s.rationale,
          s.agreements,
          s.plenaryReporter,
          s.reflectionCards,
        ]);
        for (const pt of s.participants)
          participants.push([p.id, s.id, pt.role, pt.side, pt.count, pt.count]);
        s.individualPlacements.forEach((ip, i) =>
          placements.push([p.id, s.id, ip.role, ip.current, ip.desired, i + 1]),
        );
        s.findings.forEach((f, i) => findings.push([f.id, p.id, s.id, f.kind, f.text, i + 1]));
      }
    }
  }
  await bulkInsert(
    db,
    'evaluation',
    [
      'id',
      'partnership_id',
      'cycle_id',
      'location_id',
      'title',
      'held_on',
      'content_version_id',
      'status',
      'finalised_at',
    ],
    evaluations,
  );
  await bulkInsert(
    db,
    'evaluation_target_group',
    ['evaluation_id', 'partnership_id', 'target_group_id'],
    targetGroups,
  );
  await bulkInsert(
    db,
    'evaluation_round',
    ['id', 'partnership_id', 'evaluation_id', 'number', 'label'],
    rounds,
  );
  await bulkInsert(
    db,
    'theme_session',
    [
      'id',
      'partnership_id',
      'evaluation_id',
      'round_id',
      'content_version_id',
      'theme_code',
      'group_label',
      'current_placement',
      'desired_placement',
      'rationale',
      'agreements',
      'plenary_reporter',
      'reflection_cards',
    ],
    sessions,
  );
  await bulkInsert(
    db,
    'session_participant',
    ['partnership_id', 'theme_session_id', 'role', 'side', 'expected', 'present'],
    mergeParticipants(participants),
  );
  await bulkInsert(
    db,
    'individual_placement',
    [
      'partnership_id',
      'theme_session_id',
      'role',
      'current_placement',
      'desired_placement',
      'position',
    ],
    placements,
  );
  await bulkInsert(
    db,
    'finding',
    ['id', 'partnership_id', 'theme_session_id', 'kind', 'text', 'position'],
    findings,
  );
  await bulkInsert(
    db,
    'action',
    [
      'id',
      'partnership_id',
      'cycle_id',
      'location_id',
      'finding_id',
      'theme_code',
      'title',
      'description',
      'owner_role',
      'owner_name',
      'due_on',
      'status',
      'pdca_phase',
      'imwr_element',
    ],
    p.actions.map((a) => [
      a.id,
      p.id,
      a.cycleId,
      a.locationId,
      a.findingId,
      a.themeCode,
      a.title,
      a.description,
      a.ownerRole,
      a.ownerName,
      a.dueOn,
      a.status,
      a.pdcaPhase,
      a.imwrElement,
    ]),
  );
}

/** The generator may list a role twice on one side; the table keys on (session, role, side). */
function mergeParticipants(rows: unknown[][]): unknown[][] {
  const merged = new Map<string, unknown[]>();
  for (const row of rows) {
    const key = `${String(row[1])}|${String(row[2])}|${String(row[3])}`;
    const existing = merged.get(key);
    if (existing) {
      existing[4] = Number(existing[4]) + Number(row[4]);
      existing[5] = Number(existing[5]) + Number(row[5]);
    } else {
      merged.set(key, [...row]);
    }
  }
  return [...merged.values()];
}
