import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  mixin,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { DutchHttpException } from './dutch-exceptions';

/** The part of multer's file a handler uses (memory storage). */
export type UploadedFileData = {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
};

/** The multipart field that carries the file. */
export const UPLOAD_FIELD = 'file';

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * One file in the multipart field `file`, held in memory, at most `maxBytes`. Multer's refusals
 * become Dutch problems: 413 for a file that is too large, 400 for a malformed form. The JSON
 * body limit does not apply to multipart requests: these limits are the only ones.
 */
export function SingleFileUpload(maxBytes: number, tooLarge: string): Type<NestInterceptor> {
  const Inner = FileInterceptor(UPLOAD_FIELD, {
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 8, fieldSize: 10_000 },
    // Browsers send file names as UTF-8; multer's default would read them as latin1.
    defParamCharset: 'utf8',
  });

  class SingleFileUploadInterceptor implements NestInterceptor {
    private readonly inner = new Inner();

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.inner.intercept(context, next);
      } catch (error) {
        if (error instanceof HttpException && error.getStatus() === 413)
          throw new DutchHttpException(413, `${tooLarge} (hoogstens ${megabytes(maxBytes)}).`);
        if (error instanceof HttpException && error.getStatus() === 400)
          throw new DutchHttpException(
            400,
            `Stuur precies één bestand mee, als formulierveld "${UPLOAD_FIELD}".`,
          );
        throw error;
      }
    }
  }
  return mixin(SingleFileUploadInterceptor);
}

/** The uploaded file, or 400 when the request carried none. */
export function requireFile(file: UploadedFileData | undefined, missing: string): UploadedFileData {
  if (!file || file.size === 0) throw new DutchHttpException(400, missing);
  return file;
}
