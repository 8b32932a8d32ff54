import { erasePersonInputSchema, personErasureSchema, personExportSchema } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class PersonExportDto extends createZodDto(personExportSchema) {}
export class ErasePersonDto extends createZodDto(erasePersonInputSchema) {}
export class PersonErasureDto extends createZodDto(personErasureSchema) {}
