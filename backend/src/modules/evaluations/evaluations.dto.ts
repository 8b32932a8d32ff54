import { evaluationListQuerySchema, evaluationSummarySchema, listOf } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class EvaluationListDto extends createZodDto(listOf(evaluationSummarySchema)) {}
export class EvaluationListQueryDto extends createZodDto(evaluationListQuerySchema) {}
