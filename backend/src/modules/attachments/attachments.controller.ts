import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ATTACHMENT_MAX_BYTES, idSchema } from '@zet/contracts';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow, EVERY_MEMBER } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { notFound } from '../../common/dutch-exceptions';
import { requireFile, SingleFileUpload, type UploadedFileData } from '../../common/file-upload';
import { sessionNotFound } from '../evaluations/evaluation-errors';
import { contentDisposition } from './attachment-files';
import { AttachmentDto, AttachmentListDto } from './attachments.dto';
import { attachmentMessages as m } from './attachments.messages';
import { AttachmentsService } from './attachments.service';

/** Both ids of the session's path, or 404 when either is malformed. */
function sessionIdsOr404(evaluationId: string, sessionId: string): [string, string] {
  const evaluation = idSchema.safeParse(evaluationId);
  const session = idSchema.safeParse(sessionId);
  if (!evaluation.success || !session.success) throw sessionNotFound();
  return [evaluation.data, session.data];
}

function attachmentIdOr404(value: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound(m.notFound);
  return parsed.data;
}

/** Photos of flip-overs and werkbladen (or a PDF) with one theme session. */
@Controller('partnerships/:partnershipId/evaluations/:evaluationId/sessions/:sessionId/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Allow(...EVERY_MEMBER)
  @Get()
  @ZodResponse({ type: AttachmentListDto })
  list(
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
  ) {
    return this.attachments.list(scope, ...sessionIdsOr404(evaluationId, sessionId));
  }

  /**
   * One JPEG, PNG, WebP or PDF in the multipart field `file`, at most 8 MB; 415 when the content
   * is none of these, whatever its name. 201, or 200 when the session already has these bytes.
   */
  @Allow('programmaleider', 'procesbegeleider', 'locatiecoordinator')
  @Post()
  @UseInterceptors(SingleFileUpload(ATTACHMENT_MAX_BYTES, m.tooLarge))
  @ZodResponse({ status: 201, type: AttachmentDto })
  async upload(
    @Res({ passthrough: true }) res: Response,
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
    @UploadedFile() file: UploadedFileData | undefined,
  ) {
    const ids = sessionIdsOr404(evaluationId, sessionId);
    const { attachment, created } = await this.attachments.upload(
      scope,
      ...ids,
      requireFile(file, m.noFile),
    );
    if (!created) res.status(200);
    return attachment;
  }

  /** The file itself: images inline, PDFs as a download; never sniffed, never shared caches. */
  @Allow(...EVERY_MEMBER)
  @Get(':attachmentId')
  async download(
    @Res({ passthrough: true }) res: Response,
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
    @Param('attachmentId') attachmentId: string,
  ) {
    const ids = sessionIdsOr404(evaluationId, sessionId);
    const file = await this.attachments.download(scope, ...ids, attachmentIdOr404(attachmentId));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private');
    res.setHeader('ETag', `"${file.sha256}"`);
    // Opened on its own, the file may run nothing and reach nothing.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    );
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: contentDisposition(file.filename, file.contentType),
      length: file.content.length,
    });
  }

  /** The programmaleider, or the session's procesbegeleider while the dagdeel is a draft. */
  @Allow('programmaleider', 'procesbegeleider')
  @Delete(':attachmentId')
  @HttpCode(204)
  async remove(
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
    @Param('attachmentId') attachmentId: string,
  ): Promise<void> {
    const ids = sessionIdsOr404(evaluationId, sessionId);
    await this.attachments.remove(scope, ...ids, attachmentIdOr404(attachmentId));
  }
}
