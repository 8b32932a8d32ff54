import { HttpException } from '@nestjs/common';
import type { FieldError } from './problem';

/** An HttpException whose Dutch `detail` (and optional field errors) reach the user as-is. */
export class DutchHttpException extends HttpException {
  constructor(status: number, detail: string, errors?: FieldError[]) {
    super({ detail, errors }, status);
  }
}

export const notFound = (detail = 'Niet gevonden, of je hebt er geen toegang toe.') =>
  new DutchHttpException(404, detail);
export const badRequest = (detail: string, errors?: FieldError[]) =>
  new DutchHttpException(400, detail, errors);
export const conflict = (detail: string) => new DutchHttpException(409, detail);
