import { contentOverviewSchema, themeDetailSchema } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ContentOverviewDto extends createZodDto(contentOverviewSchema) {}
export class ThemeDetailDto extends createZodDto(themeDetailSchema) {}
export class ThemeQueryDto extends createZodDto(z.object({ version: z.string().max(60).optional() })) {}
