import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  UseFilters,
} from '@nestjs/common';
import { idSchema } from '@zet/contracts';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow, EVERY_MEMBER } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { evaluationNotFound, VersionConflictFilter } from './evaluation-errors';
import { EvaluationPlanService } from './evaluation-plan.service';
import {
  CreateEvaluationDto,
  EvaluationDetailDto,
  EvaluationListDto,
  EvaluationListQueryDto,
  EvaluationReviewDto,
  FacilitatorOptionsDto,
  FinaliseEvaluationDto,
  UpdateEvaluationPlanDto,
} from './evaluations.dto';
import { EvaluationsService } from './evaluations.service';
import { FinalisationService } from './finalisation.service';

/** A malformed id is as unknown as a missing one: 404. */
export function evaluationIdOr404(value: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw evaluationNotFound();
  return parsed.data;
}

/** Planning: the programmaleider, and a locatie-coördinator for their own locaties. */
const PLANNERS = ['programmaleider', 'locatiecoordinator'] as const;

@Controller('partnerships/:partnershipId/evaluations')
@UseFilters(VersionConflictFilter)
export class EvaluationsController {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly plans: EvaluationPlanService,
    private readonly finalisation: FinalisationService,
  ) {}

  @Allow(...EVERY_MEMBER)
  @Get()
  @ZodResponse({ type: EvaluationListDto })
  list(@Scope() scope: PartnershipScope, @Query() query: EvaluationListQueryDto) {
    return this.evaluations.list(scope, query);
  }

  /** Creates a draft evaluation with its rounds and groups; the answer carries the method's warnings. */
  @Allow(...PLANNERS)
  @Post()
  @ZodResponse({ status: 201, type: EvaluationDetailDto })
  create(@Scope() scope: PartnershipScope, @Body() body: CreateEvaluationDto) {
    return this.plans.create(scope, body);
  }

  /** Members with the procesbegeleider role, to assign to groups. Declared before `:evaluationId`. */
  @Allow(...PLANNERS)
  @Get('facilitators')
  @ZodResponse({ type: FacilitatorOptionsDto })
  facilitators(@Scope() scope: PartnershipScope) {
    return this.evaluations.facilitators(scope);
  }

  @Allow(...EVERY_MEMBER)
  @Get(':evaluationId')
  @ZodResponse({ type: EvaluationDetailDto })
  detail(@Scope() scope: PartnershipScope, @Param('evaluationId') evaluationId: string) {
    return this.evaluations.detail(scope, evaluationIdOr404(evaluationId));
  }

  /** Replaces the plan of a draft; 409 with the current evaluation when `version` is stale. */
  @Allow(...PLANNERS)
  @Put(':evaluationId')
  @ZodResponse({ type: EvaluationDetailDto })
  updatePlan(
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Body() body: UpdateEvaluationPlanDto,
  ) {
    return this.plans.updatePlan(scope, evaluationIdOr404(evaluationId), body);
  }

  /** The review before finalising: per session what is there and what is missing. */
  @Allow(...EVERY_MEMBER)
  @Get(':evaluationId/summary')
  @ZodResponse({ type: EvaluationReviewDto })
  summary(@Scope() scope: PartnershipScope, @Param('evaluationId') evaluationId: string) {
    return this.finalisation.review(scope, evaluationIdOr404(evaluationId));
  }

  /** Vaststellen: 400 listing what is missing, 409 when stale or already finalised. */
  @Allow('programmaleider', 'procesbegeleider')
  @Post(':evaluationId/finalise')
  @HttpCode(200)
  @ZodResponse({ type: EvaluationDetailDto })
  finalise(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Param('evaluationId') evaluationId: string,
    @Body() body: FinaliseEvaluationDto,
  ) {
    return this.finalisation.finalise(req, scope, evaluationIdOr404(evaluationId), body.version);
  }
}
