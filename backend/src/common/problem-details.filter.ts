import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { isDatabaseUnavailable, pgErrorCode } from './database-errors';
import { type FieldError, problem } from './problem';

const DETAILS: Record<number, string> = {
  400: 'De invoer klopt niet. Controleer de gemarkeerde velden.',
  401: 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.',
  403: 'Je hebt geen toegang tot deze gegevens.',
  404: 'Deze pagina of gegevens bestaan niet, of je hebt er geen toegang toe.',
  405: 'Deze handeling is hier niet mogelijk.',
  409: 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
  413: 'Het verzoek is te groot.',
  415: 'Dit bestandsformaat wordt niet ondersteund.',
  429: 'Te veel pogingen achter elkaar. Wacht even en probeer het opnieuw.',
};

function zodFieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}

/** Renders every error as application/problem+json with a Dutch detail; never a stack or SQL. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const body = this.toProblem(exception, req);
    if (body.status >= 500) {
      this.logger.error(
        `${req.method} ${req.originalUrl} → ${body.status}`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (res.headersSent) return;
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(exception: unknown, req: Request) {
    const instance = req.originalUrl;
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError();
      const errors = zodError instanceof ZodError ? zodFieldErrors(zodError) : [];
      return problem(400, DETAILS[400]!, errors, instance);
    }
    if (exception instanceof ZodError) {
      return problem(400, DETAILS[400]!, zodFieldErrors(exception), instance);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      // Our own exceptions carry a Dutch message; Nest's built-in ones (404 route, 413 body) do not.
      const own = typeof response === 'object' && response !== null && 'detail' in response;
      const detail = own
        ? String(response.detail)
        : (DETAILS[status] ?? (status >= 500 ? 'Er ging iets mis aan onze kant.' : DETAILS[400]!));
      const errors = own ? (response as { errors?: FieldError[] }).errors : undefined;
      return problem(status, detail, errors, instance);
    }
    if (isDatabaseUnavailable(exception)) {
      return problem(
        503,
        'De database is even niet bereikbaar. Probeer het over een ogenblik opnieuw.',
        undefined,
        instance,
      );
    }
    switch (pgErrorCode(exception)) {
      case '23505':
        return problem(409, 'Dit bestaat al.', undefined, instance);
      case '23503':
        return problem(
          409,
          'Dit verwijst naar iets dat niet (meer) bestaat, of wordt nog gebruikt.',
          undefined,
          instance,
        );
      case '23514':
      case '22P02':
      case '22001':
      case '22003':
        return problem(400, DETAILS[400]!, undefined, instance);
      default:
        return problem(
          500,
          'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
          undefined,
          instance,
        );
    }
  }
}
