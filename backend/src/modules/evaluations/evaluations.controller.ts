import { Controller, Get, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Allow, EVERY_MEMBER } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { EvaluationListDto, EvaluationListQueryDto } from './evaluations.dto';
import { EvaluationsService } from './evaluations.service';

@Controller('partnerships/:partnershipId/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Allow(...EVERY_MEMBER)
  @Get()
  @ZodResponse({ type: EvaluationListDto })
  list(@Scope() scope: PartnershipScope, @Query() query: EvaluationListQueryDto) {
    return this.evaluations.list(scope, query);
  }
}
