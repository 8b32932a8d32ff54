import { Controller, Get, Req, Res, UseGuards } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/access.decorators';
import { AuthProvidersDto } from './auth.dto';
import { type OidcOutcome, OidcService } from './oidc.service';

/** Where the browser lands after single sign-on: the web app's routes, read by its sign-in page. */
export function landingPage(outcome: OidcOutcome): string {
  if (outcome.kind === 'signed_in') {
    return outcome.status === 'totp_required' ? '/aanmelden?stap=tweestapsverificatie' : '/';
  }
  switch (outcome.reason) {
    case 'no_invitation':
      return '/aanmelden?fout=geen-uitnodiging';
    case 'email_unverified':
      return '/aanmelden?fout=email-niet-bevestigd';
    case 'disabled':
    case 'failed':
      return '/aanmelden?fout=sso';
  }
}

/**
 * Single sign-on (OpenID Connect). `start` and `callback` are browser navigations, not API calls:
 * they answer with redirects, also on errors (never a problem document or stack trace).
 */
@Controller('auth')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  /** Which sign-in methods this instance offers, for the sign-in page. */
  @Public()
  @Get('providers')
  @ZodResponse({ type: AuthProvidersDto })
  providers() {
    return this.oidc.providers();
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Get('oidc/start')
  @ApiResponse({
    status: 303,
    description: "To the provider's sign-in page, or back to /aanmelden?fout=sso",
  })
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    const started = await this.oidc.start(req);
    res.redirect(303, started.kind === 'redirect' ? started.url : landingPage(started));
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Get('oidc/callback')
  @ApiResponse({ status: 303, description: 'Signed in: to / ; refused: to /aanmelden?fout=…' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.redirect(303, landingPage(await this.oidc.finish(req)));
  }
}
