import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow, EVERY_MEMBER, SignedIn } from '../../common/access/access.decorators';
import {
  CurrentPrincipal,
  type PartnershipScope,
  type Principal,
  Scope,
} from '../../common/access/request-scope';
import {
  CycleListDto,
  LocationListDto,
  PartnershipDto,
  PartnershipListDto,
  PartnershipSettingsDto,
  TargetGroupListDto,
} from './partnerships.dto';
import { PartnershipsService } from './partnerships.service';

@Controller('partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  /** The partnerships the signed-in person is a member of. */
  @SignedIn()
  @Get()
  @ZodResponse({ type: PartnershipListDto })
  list(@CurrentPrincipal() principal: Principal) {
    return this.partnerships.list(principal);
  }

  @Allow(...EVERY_MEMBER)
  @Get(':partnershipId')
  @ZodResponse({ type: PartnershipDto })
  get(@Scope() scope: PartnershipScope) {
    return this.partnerships.get(scope);
  }

  /** Open comparison and the minimum group size: the programmaleider's to decide, audited. */
  @Allow('programmaleider')
  @Put(':partnershipId/settings')
  @ZodResponse({ type: PartnershipDto })
  updateSettings(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Body() body: PartnershipSettingsDto,
  ) {
    return this.partnerships.updateSettings(req, scope, body);
  }

  @Allow(...EVERY_MEMBER)
  @Get(':partnershipId/locations')
  @ZodResponse({ type: LocationListDto })
  locations(@Scope() scope: PartnershipScope) {
    return this.partnerships.locations(scope);
  }

  @Allow(...EVERY_MEMBER)
  @Get(':partnershipId/cycles')
  @ZodResponse({ type: CycleListDto })
  cycles(@Scope() scope: PartnershipScope) {
    return this.partnerships.cycles(scope);
  }

  @Allow(...EVERY_MEMBER)
  @Get(':partnershipId/target-groups')
  @ZodResponse({ type: TargetGroupListDto })
  targetGroups(@Scope() scope: PartnershipScope) {
    return this.partnerships.targetGroups(scope);
  }
}
