import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { PartnershipParamsDto } from '../partnerships/partnerships.dto';
import { EvaluationListDto, EvaluationListQueryDto } from './evaluations.dto';
import { EvaluationsService } from './evaluations.service';

@Controller('partnerships/:partnershipId/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Get()
  @ZodResponse({ type: EvaluationListDto })
  list(@Param() { partnershipId }: PartnershipParamsDto, @Query() query: EvaluationListQueryDto) {
    return this.evaluations.list(partnershipId, query);
  }
}
