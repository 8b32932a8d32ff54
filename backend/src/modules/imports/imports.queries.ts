import type { EntityManager } from 'typeorm';
import { z } from 'zod';

// Every function runs inside ScopedDb.run: row-level security narrows each table to the scoped
// partnership; the explicit partnership_id conditions keep the plans index-friendly.

const locationRow = z.object({ id: z.string(), name: z.string(), archived: z.boolean() });

/** Every locatie of the partnership, archived ones too (so the message can say so). */
export async function listLocations(db: EntityManager, partnershipId: string) {
  const rows: unknown[] = await db.query(
    `select id, name, archived_at is not null as archived
       from location where partnership_id = $1 order by name, id`,
    [partnershipId],
  );
  return rows.map((r) => locationRow.parse(r));
}

const importedKeyRow = z.object({
  key_sha256: z.string(),
  content_sha256: z.string(),
  imported_on: z.string(),
});
export type ImportedKeyRow = z.infer<typeof importedKeyRow>;

/** Of these natural-key hashes, those an earlier import has, with when and what it imported. */
export async function findImportedKeys(
  db: EntityManager,
  partnershipId: string,
  keys: readonly string[],
): Promise<Map<string, ImportedKeyRow>> {
  if (keys.length === 0) return new Map();
  const rows: unknown[] = await db.query(
    `select ir.key_sha256, ir.content_sha256,
            to_char(b.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as imported_on
       from imported_row ir
       join import_batch b on b.id = ir.import_batch_id
      where ir.partnership_id = $1 and ir.key_sha256 = any($2::char(64)[])`,
    [partnershipId, keys],
  );
  return new Map(rows.map((r) => importedKeyRow.parse(r)).map((r) => [r.key_sha256, r]));
}

/**
 * An evaluation an earlier import created for this schooljaar, datum, locatie and inhoudsversie:
 * rows for it that were not in that import are added to it rather than to a second dagdeel.
 */
export async function findImportedEvaluation(
  db: EntityManager,
  partnershipId: string,
  at: { schoolYear: string; heldOn: string; locationId: string | null; contentVersionId: string },
): Promise<string | undefined> {
  const rows: { id: string }[] = await db.query(
    `select e.id
       from evaluation e
       join cycle c on c.id = e.cycle_id
      where e.partnership_id = $1 and c.school_year = $2 and e.held_on = $3::date
        and e.location_id is not distinct from $4::uuid and e.content_version_id = $5
        and exists (
          select 1 from imported_row ir join theme_session ts on ts.id = ir.theme_session_id
           where ts.evaluation_id = e.id)
      order by e.created_at, e.id
      limit 1`,
    [partnershipId, at.schoolYear, at.heldOn, at.locationId, at.contentVersionId],
  );
  return rows[0]?.id;
}

export type BatchFields = {
  fileName: string;
  fileSha256: string;
  format: 'csv' | 'xlsx';
  rowCount: number;
  importedRows: number;
  skippedRows: number;
  evaluationsCreated: number;
  evaluationsExtended: number;
  createdBy: string;
};

export async function insertBatch(
  db: EntityManager,
  partnershipId: string,
  fields: BatchFields,
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `insert into import_batch (partnership_id, file_name, file_sha256, format, row_count, imported_rows,
                               skipped_rows, evaluations_created, evaluations_extended, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      partnershipId,
      fields.fileName,
      fields.fileSha256,
      fields.format,
      fields.rowCount,
      fields.importedRows,
      fields.skippedRows,
      fields.evaluationsCreated,
      fields.evaluationsExtended,
      fields.createdBy,
    ],
  );
  return rows[0]!.id;
}

export type ImportedRowFields = {
  keySha256: string;
  contentSha256: string;
  themeSessionId: string;
  rowNumber: number;
};

/**
 * Records the rows' keys; returns how many were new. Fewer than given means another import
 * committed the same key meanwhile (the caller rolls back).
 */
export async function insertImportedRows(
  db: EntityManager,
  partnershipId: string,
  batchId: string,
  rows: readonly ImportedRowFields[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted: unknown[] = await db.query(
    `insert into imported_row (partnership_id, key_sha256, content_sha256, import_batch_id, theme_session_id, row_number)
     select $1, v.key, v.content, $2, v.session, v.row_number
       from unnest($3::char(64)[], $4::char(64)[], $5::uuid[], $6::int[]) as v(key, content, session, row_number)
     on conflict (partnership_id, key_sha256) do nothing
     returning key_sha256`,
    [
      partnershipId,
      batchId,
      rows.map((r) => r.keySha256),
      rows.map((r) => r.contentSha256),
      rows.map((r) => r.themeSessionId),
      rows.map((r) => r.rowNumber),
    ],
  );
  return inserted.length;
}

// ---- adding sessions to an earlier imported (finalised) evaluation ----

/** The evaluation's round `number`, with any missing rounds before it; returns its id. */
export async function ensureRounds(
  db: EntityManager,
  partnershipId: string,
  evaluationId: string,
  number: number,
): Promise<string> {
  await db.query(
    `insert into evaluation_round (partnership_id, evaluation_id, number)
     select $1, $2, n from generate_series(1, $3::int) as n
     on conflict (evaluation_id, number) do nothing`,
    [partnershipId, evaluationId, number],
  );
  const rows: { id: string }[] = await db.query(
    `select id from evaluation_round where evaluation_id = $1 and number = $2`,
    [evaluationId, number],
  );
  return rows[0]!.id;
}

export async function insertSessionAtEnd(
  db: EntityManager,
  partnershipId: string,
  fields: {
    evaluationId: string;
    roundId: string;
    contentVersionId: string;
    themeCode: string;
    groupLabel: string;
  },
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `insert into theme_session (partnership_id, evaluation_id, round_id, content_version_id, theme_code, group_label, position)
     select $1, $2, $3, $4, $5, $6, coalesce(max(position), 0) + 1
       from theme_session where round_id = $3
     returning id`,
    [
      partnershipId,
      fields.evaluationId,
      fields.roundId,
      fields.contentVersionId,
      fields.themeCode,
      fields.groupLabel,
    ],
  );
  return rows[0]!.id;
}

/** The planned (`expected`) counts of a new session; capture writes `present`. */
export async function insertExpectedParticipants(
  db: EntityManager,
  partnershipId: string,
  sessionId: string,
  participants: readonly { role: string; side: string; present: number }[],
): Promise<void> {
  const counted = participants.filter((p) => p.present > 0);
  if (counted.length === 0) return;
  await db.query(
    `insert into session_participant (partnership_id, theme_session_id, role, side, expected)
     select $1, $2, v.role, v.side, v.count
       from unnest($3::varchar[], $4::varchar[], $5::int[]) as v(role, side, count)`,
    [
      partnershipId,
      sessionId,
      counted.map((p) => p.role),
      counted.map((p) => p.side),
      counted.map((p) => p.present),
    ],
  );
}

/** A finalised evaluation that gained sessions: a new version, so open views know it changed. */
export async function touchEvaluation(db: EntityManager, evaluationId: string): Promise<void> {
  await db.query(`update evaluation set version = version + 1, updated_at = now() where id = $1`, [
    evaluationId,
  ]);
}
