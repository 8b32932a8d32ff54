import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import { personRefSchema } from './evaluations.contract';

/**
 * Photos of flip-overs and filled-in werkbladen (or a scan as PDF) with a theme session, stored
 * in the database so its backup covers them, and shown only to those who may read the session.
 */

/** Largest file (8 MB). */
export const ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;
/** Most files with one theme session. */
export const ATTACHMENT_MAX_PER_SESSION = 30;

export const attachmentContentTypeSchema = z.enum([
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
]);
export type AttachmentContentType = z.infer<typeof attachmentContentTypeSchema>;

export const attachmentSchema = z.object({
  id: idSchema,
  themeSessionId: idSchema,
  filename: z.string(),
  /** As recognised from the file's content, not as the browser labelled it. */
  contentType: attachmentContentTypeSchema,
  size: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoDateTimeSchema,
  createdBy: personRefSchema.nullable(),
  /** Whether the asker may delete it now. */
  canDelete: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListSchema = z.object({
  items: z.array(attachmentSchema),
  /** Whether the asker may add files to this session now. */
  canUpload: z.boolean(),
});
export type AttachmentList = z.infer<typeof attachmentListSchema>;
