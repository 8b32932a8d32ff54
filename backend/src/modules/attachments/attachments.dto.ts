import { attachmentListSchema, attachmentSchema } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class AttachmentDto extends createZodDto(attachmentSchema) {}
export class AttachmentListDto extends createZodDto(attachmentListSchema) {}
