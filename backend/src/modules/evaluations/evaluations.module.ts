import { Module } from '@nestjs/common';
import { EvaluationPlanService } from './evaluation-plan.service';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { FinalisationService } from './finalisation.service';
import { SessionCaptureService } from './session-capture.service';
import { ThemeSessionsController } from './theme-sessions.controller';

/**
 * ZET dagdelen: planning, capture of theme sessions, finalisation and corrections. The services
 * take an open transaction where the import needs to compose them (`createInTransaction`,
 * `writeOutcome`, `finaliseInTransaction`).
 */
@Module({
  controllers: [EvaluationsController, ThemeSessionsController],
  providers: [
    EvaluationsService,
    EvaluationPlanService,
    SessionCaptureService,
    FinalisationService,
  ],
  exports: [EvaluationsService, EvaluationPlanService, SessionCaptureService, FinalisationService],
})
export class EvaluationsModule {}
