import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { EvaluationDetail, ThemeSessionCapture } from '@zet/contracts';
import type { Request, Response } from 'express';
import { conflict, DutchHttpException, notFound } from '../../common/dutch-exceptions';
import { problem } from '../../common/problem';

/** The evaluations module's refusals, with their Dutch messages in one place. */

export const evaluationNotFound = () =>
  notFound('Dit dagdeel bestaat niet, of je hebt er geen toegang toe.');
export const sessionNotFound = () =>
  notFound('Dit themagesprek bestaat niet, of je hebt er geen toegang toe.');

export const finalisedEvaluation = () =>
  conflict(
    'Dit dagdeel is vastgesteld: de uitkomsten zijn alleen nog te lezen. Een correctie kan de programmaleider doen.',
  );
export const alreadyFinalised = () => conflict('Dit dagdeel is al vastgesteld.');
export const notFinalisedYet = () =>
  conflict(
    'Dit dagdeel is nog niet vastgesteld. Pas het themagesprek gewoon aan; een correctie is pas nodig na het vaststellen.',
  );

export const mayNotPlan = () =>
  new DutchHttpException(
    403,
    'Alleen de programmaleider of de locatie-coördinator van deze locatie kan de planning wijzigen.',
  );
export const mayNotCapture = () =>
  new DutchHttpException(
    403,
    'Je kunt alleen de themagesprekken vastleggen die je zelf begeleidt of die bij je eigen locatie horen.',
  );
export const mayNotFinalise = () =>
  new DutchHttpException(
    403,
    'Dit dagdeel kan de programmaleider vaststellen, of de procesbegeleider die alle themagesprekken ervan heeft begeleid.',
  );

/**
 * A stale write (optimistic concurrency): 409 whose problem+json also carries `current`, the
 * server's state as it is now, so the client can show both versions and merge.
 */
export class VersionConflictException extends HttpException {
  constructor(
    readonly detail: string,
    readonly current: ThemeSessionCapture | EvaluationDetail,
  ) {
    super({ detail }, 409);
  }
}

export const staleSession = (current: ThemeSessionCapture) =>
  new VersionConflictException(
    'Iemand anders heeft dit themagesprek intussen ook bewaard. Vergelijk jouw invoer met de nieuwste versie en voeg ze samen.',
    current,
  );

export const staleEvaluation = (current: EvaluationDetail) =>
  new VersionConflictException(
    'Iemand anders heeft dit dagdeel intussen gewijzigd. Vergelijk jouw wijzigingen met de nieuwste versie.',
    current,
  );

/** Bound to the evaluations controllers; every other error goes on to the global problem filter. */
@Catch(VersionConflictException)
export class VersionConflictFilter implements ExceptionFilter {
  catch(exception: VersionConflictException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    if (res.headersSent) return;
    const body = {
      ...problem(409, exception.detail, undefined, req.originalUrl),
      current: exception.current,
    };
    res.status(409).type('application/problem+json').send(JSON.stringify(body));
  }
}
