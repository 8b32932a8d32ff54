import {
  createEvaluationInputSchema,
  evaluationDetailSchema,
  evaluationListQuerySchema,
  evaluationReviewSchema,
  evaluationSummarySchema,
  facilitatorOptionsSchema,
  finaliseEvaluationInputSchema,
  listOf,
  themeSessionCaptureInputSchema,
  themeSessionCaptureSchema,
  themeSessionContextSchema,
  themeSessionCorrectionInputSchema,
  themeSessionRevisionListSchema,
  updateEvaluationPlanInputSchema,
} from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';
import type { z } from 'zod';

export class EvaluationListDto extends createZodDto(listOf(evaluationSummarySchema)) {}
export class EvaluationListQueryDto extends createZodDto(evaluationListQuerySchema) {}

export class EvaluationDetailDto extends createZodDto(evaluationDetailSchema) {}
export class CreateEvaluationDto extends createZodDto(createEvaluationInputSchema) {}
export class UpdateEvaluationPlanDto extends createZodDto(updateEvaluationPlanInputSchema) {}
export class FacilitatorOptionsDto extends createZodDto(facilitatorOptionsSchema) {}

export class ThemeSessionCaptureDto extends createZodDto(themeSessionCaptureSchema) {}
export class ThemeSessionCaptureInputDto extends createZodDto(themeSessionCaptureInputSchema) {}
export class ThemeSessionContextDto extends createZodDto(themeSessionContextSchema) {}

export class EvaluationReviewDto extends createZodDto(evaluationReviewSchema) {}
export class FinaliseEvaluationDto extends createZodDto(finaliseEvaluationInputSchema) {}
export class ThemeSessionCorrectionDto extends createZodDto(themeSessionCorrectionInputSchema) {}
export class ThemeSessionRevisionListDto extends createZodDto(themeSessionRevisionListSchema) {}

/** Inputs as the services receive them: parsed by the contract, defaults filled in. */
export type CreateEvaluationPlan = z.output<typeof createEvaluationInputSchema>;
export type UpdateEvaluationPlan = z.output<typeof updateEvaluationPlanInputSchema>;
export type PlanRounds = CreateEvaluationPlan['rounds'];
export type CaptureChanges = z.output<typeof themeSessionCaptureInputSchema>;
export type CorrectionChanges = z.output<typeof themeSessionCorrectionInputSchema>;
