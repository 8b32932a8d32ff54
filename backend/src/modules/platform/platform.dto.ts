import { createPartnershipInputSchema, listOf, platformPartnershipSchema } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class PlatformPartnershipDto extends createZodDto(platformPartnershipSchema) {}
export class PlatformPartnershipListDto extends createZodDto(listOf(platformPartnershipSchema)) {}
export class CreatePartnershipDto extends createZodDto(createPartnershipInputSchema) {}
