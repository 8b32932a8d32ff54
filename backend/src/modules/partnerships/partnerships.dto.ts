import {
  cycleSchema,
  idSchema,
  listOf,
  locationSchema,
  partnershipSchema,
  partnershipSettingsInputSchema,
  partnershipSummarySchema,
  targetGroupSchema,
} from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class PartnershipDto extends createZodDto(partnershipSchema) {}
export class PartnershipSettingsDto extends createZodDto(partnershipSettingsInputSchema) {}
export class PartnershipListDto extends createZodDto(listOf(partnershipSummarySchema)) {}
export class LocationListDto extends createZodDto(listOf(locationSchema)) {}
export class CycleListDto extends createZodDto(listOf(cycleSchema)) {}
export class TargetGroupListDto extends createZodDto(listOf(targetGroupSchema)) {}
export class PartnershipParamsDto extends createZodDto(z.object({ partnershipId: idSchema })) {}
