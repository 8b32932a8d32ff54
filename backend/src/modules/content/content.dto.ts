import {
  addReflectionCardInputSchema,
  addTargetGroupInputSchema,
  contentDiffQuerySchema,
  contentDiffSchema,
  contentOverviewSchema,
  contentVersionDetailSchema,
  deleteContentOverrideQuerySchema,
  instrumentListSchema,
  instrumentQuerySchema,
  katernSchema,
  partnershipTargetGroupListSchema,
  partnershipTargetGroupSchema,
  partnershipThemeListSchema,
  partnershipThemeSchema,
  putContentOverrideInputSchema,
  themeDetailSchema,
} from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ContentOverviewDto extends createZodDto(contentOverviewSchema) {}
export class ThemeDetailDto extends createZodDto(themeDetailSchema) {}
export class ThemeQueryDto extends createZodDto(
  z.object({ version: z.string().max(60).optional() }),
) {}
export class InstrumentQueryDto extends createZodDto(instrumentQuerySchema) {}
export class InstrumentListDto extends createZodDto(instrumentListSchema) {}
export class KaternDto extends createZodDto(katernSchema) {}
export class ContentVersionDetailDto extends createZodDto(contentVersionDetailSchema) {}

export class PartnershipThemeListDto extends createZodDto(partnershipThemeListSchema) {}
export class PartnershipThemeDto extends createZodDto(partnershipThemeSchema) {}
export class PutContentOverrideDto extends createZodDto(putContentOverrideInputSchema) {}
export class DeleteContentOverrideQueryDto extends createZodDto(deleteContentOverrideQuerySchema) {}
export class AddReflectionCardDto extends createZodDto(addReflectionCardInputSchema) {}
export class ContentDiffDto extends createZodDto(contentDiffSchema) {}
export class ContentDiffQueryDto extends createZodDto(contentDiffQuerySchema) {}
export class PartnershipTargetGroupDto extends createZodDto(partnershipTargetGroupSchema) {}
export class PartnershipTargetGroupListDto extends createZodDto(partnershipTargetGroupListSchema) {}
export class AddTargetGroupDto extends createZodDto(addTargetGroupInputSchema) {}
