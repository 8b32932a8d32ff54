import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { idSchema } from '@zet/contracts';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { notFound } from '../../common/dutch-exceptions';
import { InvitationsService } from './invitations.service';
import {
  InvitationDto,
  InviteDto,
  MemberDto,
  PeopleListDto,
  UpdateMemberAccessDto,
} from './people.dto';
import { PeopleService } from './people.service';

/** A malformed id is as unknown as a missing one: 404. */
function idOr404(value: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

@Controller('partnerships/:partnershipId')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
  ) {}

  @Allow('programmaleider')
  @Get('people')
  @ZodResponse({ type: PeopleListDto })
  list(@Scope() scope: PartnershipScope) {
    return this.people.list(scope);
  }

  @Allow('programmaleider')
  @Post('invitations')
  @ZodResponse({ status: 201, type: InvitationDto })
  invite(@Req() req: Request, @Scope() scope: PartnershipScope, @Body() body: InviteDto) {
    return this.invitations.invite(req, scope, body);
  }

  @Allow('programmaleider')
  @Post('invitations/:invitationId/resend')
  @HttpCode(200)
  @ZodResponse({ type: InvitationDto })
  resend(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Param('invitationId') invitationId: string,
  ) {
    return this.invitations.resend(req, scope, idOr404(invitationId));
  }

  @Allow('programmaleider')
  @Delete('invitations/:invitationId')
  @HttpCode(204)
  async revokeInvitation(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Param('invitationId') invitationId: string,
  ) {
    await this.invitations.revoke(req, scope, idOr404(invitationId));
  }

  @Allow('programmaleider')
  @Put('members/:userId')
  @ZodResponse({ type: MemberDto })
  updateAccess(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Param('userId') userId: string,
    @Body() body: UpdateMemberAccessDto,
  ) {
    return this.people.updateAccess(req, scope, idOr404(userId), body);
  }

  /** Revokes all of the member's access to this partnership. */
  @Allow('programmaleider')
  @Delete('members/:userId')
  @HttpCode(204)
  async revokeAccess(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Param('userId') userId: string,
  ) {
    await this.people.revokeAccess(req, scope, idOr404(userId));
  }
}
