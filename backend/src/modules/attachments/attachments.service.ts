import { Injectable } from '@nestjs/common';
import {
  ATTACHMENT_MAX_PER_SESSION,
  type Attachment,
  type AttachmentContentType,
  type AttachmentList,
} from '@zet/contracts';
import { createHash } from 'node:crypto';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { conflict, DutchHttpException, notFound } from '../../common/dutch-exceptions';
import type { UploadedFileData } from '../../common/file-upload';
import { mapPersonRef } from '../evaluations/evaluations.mappers';
import { SessionCaptureService, type SessionInScope } from '../evaluations/session-capture.service';
import { canDeleteAttachment, canUploadAttachment } from './attachment-access';
import { acceptableLabel, attachmentFileName, sniffContentType } from './attachment-files';
import { attachmentMessages as m } from './attachments.messages';
import {
  type AttachmentRow,
  countAttachments,
  deleteAttachment,
  findAttachment,
  insertAttachment,
  listAttachments,
  readAttachmentContent,
} from './attachments.queries';

const accessContext = ({ evaluation, session }: SessionInScope) => ({
  evaluation: { status: evaluation.status, locationId: evaluation.location_id },
  session: { facilitatorId: session.facilitator_id },
});

const mapAttachment = (row: AttachmentRow, canDelete: boolean): Attachment => ({
  id: row.id,
  themeSessionId: row.theme_session_id,
  filename: row.filename,
  contentType: row.content_type,
  size: row.size,
  sha256: row.sha256,
  createdAt: row.created_at.toISOString(),
  createdBy: mapPersonRef(row.created_by, row.created_by_name),
  canDelete,
});

export type AttachmentDownload = {
  filename: string;
  contentType: AttachmentContentType;
  sha256: string;
  content: Buffer;
};

/**
 * Photos and PDFs with a theme session, in the database. Whoever may read the session may see
 * them (the same 404 otherwise, via `findInScope`); adding and removing have their own rules.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly capture: SessionCaptureService,
  ) {}

  list(scope: PartnershipScope, evaluationId: string, sessionId: string): Promise<AttachmentList> {
    return this.db.run(scope, async (db) => {
      const found = await this.capture.findInScope(db, scope, evaluationId, sessionId);
      const canDelete = canDeleteAttachment(scope, accessContext(found));
      const rows = await listAttachments(db, sessionId);
      return {
        items: rows.map((r) => mapAttachment(r, canDelete)),
        canUpload: canUploadAttachment(scope, accessContext(found)),
      };
    });
  }

  /** Stores the file when its content is an image or PDF (415 otherwise); `created` is false for a repeat. */
  upload(
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
    file: UploadedFileData,
  ): Promise<{ attachment: Attachment; created: boolean }> {
    return this.db.run(scope, async (db) => {
      const found = await this.capture.findInScope(db, scope, evaluationId, sessionId, {
        lock: true,
      });
      const access = accessContext(found);
      if (!canUploadAttachment(scope, access)) throw new DutchHttpException(403, m.mayNotUpload);
      const contentType = sniffContentType(file.buffer);
      if (!contentType || !acceptableLabel(file.mimetype))
        throw new DutchHttpException(415, m.unsupported);
      const sha256 = createHash('sha256').update(file.buffer).digest('hex');
      const { id, created } = await insertAttachment(db, scope.partnershipId, {
        sessionId,
        filename: attachmentFileName(file.originalname, contentType),
        contentType,
        sha256,
        content: file.buffer,
        createdBy: scope.principal.userId,
      });
      // Counted after the insert, under the session's lock, so parallel uploads cannot pass the limit.
      if (created && (await countAttachments(db, sessionId)) > ATTACHMENT_MAX_PER_SESSION)
        throw conflict(m.tooMany);
      const row = await findAttachment(db, sessionId, id);
      if (!row) throw notFound(m.notFound);
      return {
        attachment: mapAttachment(row, canDeleteAttachment(scope, access)),
        created,
      };
    });
  }

  download(
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
    attachmentId: string,
  ): Promise<AttachmentDownload> {
    return this.db.run(scope, async (db) => {
      await this.capture.findInScope(db, scope, evaluationId, sessionId);
      const row = await findAttachment(db, sessionId, attachmentId);
      const content = row && (await readAttachmentContent(db, row.id));
      if (!row || !content) throw notFound(m.notFound);
      return { filename: row.filename, contentType: row.content_type, sha256: row.sha256, content };
    });
  }

  remove(
    scope: PartnershipScope,
    evaluationId: string,
    sessionId: string,
    attachmentId: string,
  ): Promise<void> {
    return this.db.run(scope, async (db) => {
      const found = await this.capture.findInScope(db, scope, evaluationId, sessionId, {
        lock: true,
      });
      const row = await findAttachment(db, sessionId, attachmentId);
      if (!row) throw notFound(m.notFound);
      if (!canDeleteAttachment(scope, accessContext(found)))
        throw new DutchHttpException(403, m.mayNotDelete);
      await deleteAttachment(db, attachmentId);
    });
  }
}
