import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { PlatformAdmin } from '../../common/access/access.decorators';
import { CurrentPrincipal, type Principal } from '../../common/access/request-scope';
import {
  CreatePartnershipDto,
  PlatformPartnershipDto,
  PlatformPartnershipListDto,
} from './platform.dto';
import { PlatformService } from './platform.service';

@Controller('platform/partnerships')
export class PlatformController {
  constructor(private readonly platform: PlatformService) {}

  @PlatformAdmin()
  @Get()
  @ZodResponse({ type: PlatformPartnershipListDto })
  list() {
    return this.platform.list();
  }

  /** Also creates the default doelgroepen and invites the first programmaleider by e-mail. */
  @PlatformAdmin()
  @Post()
  @ZodResponse({ status: 201, type: PlatformPartnershipDto })
  create(
    @Req() req: Request,
    @CurrentPrincipal() admin: Principal,
    @Body() body: CreatePartnershipDto,
  ) {
    return this.platform.create(req, admin, body);
  }
}
