import { attachmentContentTypeSchema } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';

// Every function runs inside ScopedDb.run: row-level security narrows `attachment` to the scoped
// partnership; the caller has checked the session is visible to the asker.

const attachmentRow = z.object({
  id: z.string(),
  theme_session_id: z.string(),
  filename: z.string(),
  content_type: attachmentContentTypeSchema,
  size: z.number(),
  sha256: z.string(),
  created_at: z.date(),
  created_by: z.string().nullable(),
  created_by_name: z.string().nullable(),
});
export type AttachmentRow = z.infer<typeof attachmentRow>;

const ATTACHMENT_SELECT = `
  select a.id, a.theme_session_id, a.filename, a.content_type, a.size, a.sha256, a.created_at,
         a.created_by, u.name as created_by_name
    from attachment a
    left join app_user u on u.id = a.created_by and u.erased_at is null`;

/** The session's files without their content, oldest first. */
export async function listAttachments(
  db: EntityManager,
  sessionId: string,
): Promise<AttachmentRow[]> {
  const rows: unknown[] = await db.query(
    `${ATTACHMENT_SELECT} where a.theme_session_id = $1 order by a.created_at, a.id`,
    [sessionId],
  );
  return rows.map((r) => attachmentRow.parse(r));
}

export async function findAttachment(
  db: EntityManager,
  sessionId: string,
  attachmentId: string,
): Promise<AttachmentRow | undefined> {
  const rows: unknown[] = await db.query(
    `${ATTACHMENT_SELECT} where a.theme_session_id = $1 and a.id = $2`,
    [sessionId, attachmentId],
  );
  return rows[0] ? attachmentRow.parse(rows[0]) : undefined;
}

export async function countAttachments(db: EntityManager, sessionId: string): Promise<number> {
  const rows: { n: number }[] = await db.query(
    `select count(*)::int as n from attachment where theme_session_id = $1`,
    [sessionId],
  );
  return rows[0]?.n ?? 0;
}

const contentRow = z.object({ content: z.instanceof(Buffer) });

export async function readAttachmentContent(
  db: EntityManager,
  attachmentId: string,
): Promise<Buffer | undefined> {
  const rows: unknown[] = await db.query(`select content from attachment where id = $1`, [
    attachmentId,
  ]);
  return rows[0] ? contentRow.parse(rows[0]).content : undefined;
}

/**
 * Stores the file; the same bytes twice in one session are one file (a retried upload over a
 * flaky connection). Returns the id and whether it was new.
 */
export async function insertAttachment(
  db: EntityManager,
  partnershipId: string,
  fields: {
    sessionId: string;
    filename: string;
    contentType: string;
    sha256: string;
    content: Buffer;
    createdBy: string;
  },
): Promise<{ id: string; created: boolean }> {
  const inserted: { id: string }[] = await db.query(
    `insert into attachment (partnership_id, theme_session_id, filename, content_type, size, sha256, content, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (theme_session_id, sha256) do nothing
     returning id`,
    [
      partnershipId,
      fields.sessionId,
      fields.filename,
      fields.contentType,
      fields.content.length,
      fields.sha256,
      fields.content,
      fields.createdBy,
    ],
  );
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const existing: { id: string }[] = await db.query(
    `select id from attachment where theme_session_id = $1 and sha256 = $2`,
    [fields.sessionId, fields.sha256],
  );
  return { id: existing[0]!.id, created: false };
}

export async function deleteAttachment(db: EntityManager, attachmentId: string): Promise<void> {
  await db.query(`delete from attachment where id = $1`, [attachmentId]);
}
