import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Req,
  UseFilters,
} from '@nestjs/common';
import { idSchema } from '@zet/contracts';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow, EVERY_MEMBER } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { sessionNotFound, VersionConflictFilter } from './evaluation-errors';
import {
  ThemeSessionCaptureDto,
  ThemeSessionCaptureInputDto,
  ThemeSessionContextDto,
  ThemeSessionCorrectionDto,
  ThemeSessionRevisionListDto,
} from './evaluations.dto';
import { FinalisationService } from './finalisation.service';
import { SessionCaptureService } from './session-capture.service';

/** Both ids of the path, or 404 when either is malformed. */
function idsOr404(evaluationId: string, sessionId: string): [string, string] {
  const evaluation = idSchema.safeParse(evaluationId);
  const session = idSchema.safeParse(sessionId);
  if (!evaluation.success || !session.success) throw sessionNotFound();
  return [evaluation.data, session.data];
}

@Controller('partnerships/:partnershipId/evaluations/:evaluationId/sessions/:sessionId')
@UseFilters(VersionConflictFilter)
export class ThemeSessionsController {
  constructor(
    private readonly capture: SessionCaptureService,
    private readonly finalisation: FinalisationService,
  ) {}

  /** The captured state of one theme session as one document. */
  @Allow(...EVERY_MEMBER)
  @Get()
  @ZodResponse({ type: ThemeSessionCaptureDto })
  get(
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
  ) {
    return this.capture.get(scope, ...idsOr404(evaluationId, sessionId));
  }

  /** Saves the sent fields if `version` is current; otherwise 409 with `current`, the stored document. */
  @Allow('programmaleider', 'procesbegeleider', 'locatiecoordinator')
  @Patch()
  @ZodResponse({ type: ThemeSessionCaptureDto })
  save(
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
    @Body() body: ThemeSessionCaptureInputDto,
  ) {
    return this.capture.save(scope, ...idsOr404(evaluationId, sessionId), body);
  }

  /** The previous outcome of this theme at this locatie and its open actions. */
  @Allow(...EVERY_MEMBER)
  @Get('context')
  @ZodResponse({ type: ThemeSessionContextDto })
  context(
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
  ) {
    return this.capture.context(scope, ...idsOr404(evaluationId, sessionId));
  }

  /** A correction after finalisation: keeps the previous state as a revision with the reason. */
  @Allow('programmaleider')
  @Post('corrections')
  @HttpCode(200)
  @ZodResponse({ type: ThemeSessionCaptureDto })
  correct(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
    @Body() body: ThemeSessionCorrectionDto,
  ) {
    return this.finalisation.correct(req, scope, ...idsOr404(evaluationId, sessionId), body);
  }

  /** Earlier states of a corrected session, newest first. */
  @Allow(...EVERY_MEMBER)
  @Get('revisions')
  @ZodResponse({ type: ThemeSessionRevisionListDto })
  revisions(
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Param('sessionId') sessionId: string,
  ) {
    return this.finalisation.revisions(scope, ...idsOr404(evaluationId, sessionId));
  }
}
