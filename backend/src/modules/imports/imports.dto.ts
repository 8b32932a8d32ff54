import { importQuerySchema, importReportSchema, importTemplateSchema } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class ImportTemplateDto extends createZodDto(importTemplateSchema) {}
export class ImportQueryDto extends createZodDto(importQuerySchema) {}
export class ImportReportDto extends createZodDto(importReportSchema) {}
