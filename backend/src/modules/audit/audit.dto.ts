import { auditLogPageSchema, auditLogQuerySchema } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class AuditLogQueryDto extends createZodDto(auditLogQuerySchema) {}
export class AuditLogPageDto extends createZodDto(auditLogPageSchema) {}
