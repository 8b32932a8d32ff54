import { Controller, Get, Param } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import {
  CycleListDto,
  LocationListDto,
  PartnershipDto,
  PartnershipListDto,
  PartnershipParamsDto,
  TargetGroupListDto,
} from './partnerships.dto';
import { PartnershipsService } from './partnerships.service';

@Controller('partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  @ZodResponse({ type: PartnershipListDto })
  list() {
    return this.partnerships.list();
  }

  @Get(':partnershipId')
  @ZodResponse({ type: PartnershipDto })
  get(@Param() { partnershipId }: PartnershipParamsDto) {
    return this.partnerships.get(partnershipId);
  }

  @Get(':partnershipId/locations')
  @ZodResponse({ type: LocationListDto })
  locations(@Param() { partnershipId }: PartnershipParamsDto) {
    return this.partnerships.locations(partnershipId);
  }

  @Get(':partnershipId/cycles')
  @ZodResponse({ type: CycleListDto })
  cycles(@Param() { partnershipId }: PartnershipParamsDto) {
    return this.partnerships.cycles(partnershipId);
  }

  @Get(':partnershipId/target-groups')
  @ZodResponse({ type: TargetGroupListDto })
  targetGroups(@Param() { partnershipId }: PartnershipParamsDto) {
    return this.partnerships.targetGroups(partnershipId);
  }
}
