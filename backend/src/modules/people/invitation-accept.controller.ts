import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/access.decorators';
import { InvitationsService } from './invitations.service';
import {
  AcceptResultDto,
  InvitationAcceptDto,
  InvitationLookupDto,
  InvitationPreviewDto,
} from './people.dto';

/** The invited person's side: the token in the link is the credential, so these are public. */
@Controller('auth/invitations')
export class InvitationAcceptController {
  constructor(private readonly invitations: InvitationsService) {}

  /** POST, not GET: the token stays out of URLs and access logs. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('lookup')
  @HttpCode(200)
  @ZodResponse({ type: InvitationPreviewDto })
  lookup(@Body() body: InvitationLookupDto) {
    return this.invitations.preview(body.token);
  }

  /** Signs the person in; like sign-in, the next write needs a fresh CSRF token. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('accept')
  @HttpCode(200)
  @ZodResponse({ type: AcceptResultDto })
  accept(@Req() req: Request, @Body() body: InvitationAcceptDto) {
    return this.invitations.accept(req, body);
  }
}
