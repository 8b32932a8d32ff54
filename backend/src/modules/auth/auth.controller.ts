import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Public, SignedIn } from '../../common/access/access.decorators';
import { SESSION_COOKIE, generateCsrfToken } from '../../common/http-security';
import { AuthService } from './auth.service';
import { CurrentPrincipal, type Principal } from '../../common/access/request-scope';
import {
  CsrfTokenDto,
  LoginDto,
  LoginResultDto,
  MeDto,
  ProfileDto,
  RecoveryCodesDto,
  SessionListDto,
  TotpDto,
  TotpSetupDto,
  UpdateProfileDto,
} from './auth.dto';
import { destroySession } from './session-helpers';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * The token every write must echo in `x-csrf-token`. The session keeps one token, so several
   * open tabs share it; signing in starts a new session and with it a new token.
   */
  @Public()
  @Get('csrf')
  @ZodResponse({ type: CsrfTokenDto })
  csrf(@Req() req: Request) {
    return { token: generateCsrfToken(req, false) };
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ZodResponse({ type: LoginResultDto })
  login(@Req() req: Request, @Body() body: LoginDto) {
    return this.auth.login(req, body);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login/totp')
  @HttpCode(200)
  @ZodResponse({ type: LoginResultDto })
  secondFactor(@Req() req: Request, @Body() body: TotpDto) {
    return this.auth.secondFactor(req, body.code);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req);
    await destroySession(req);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @SignedIn({ duringTotpEnrolment: true })
  @Get('me')
  @ZodResponse({ type: MeDto })
  me(@Req() req: Request) {
    return this.auth.me(req);
  }

  @SignedIn()
  @Get('profile')
  @ZodResponse({ type: ProfileDto })
  profile(@CurrentPrincipal() principal: Principal) {
    return this.auth.profile(principal.userId);
  }

  @SignedIn()
  @Patch('profile')
  @ZodResponse({ type: ProfileDto })
  updateProfile(
    @Req() req: Request,
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdateProfileDto,
  ) {
    return this.auth.updateProfile(req, principal.userId, body);
  }

  @SignedIn()
  @Get('sessions')
  @ZodResponse({ type: SessionListDto })
  async sessions(@Req() req: Request) {
    return { items: await this.auth.sessions(req) };
  }

  /** Sign out on every other device. */
  @SignedIn()
  @Delete('sessions')
  @HttpCode(204)
  async signOutElsewhere(@Req() req: Request): Promise<void> {
    await this.auth.signOutElsewhere(req);
  }

  @SignedIn({ duringTotpEnrolment: true })
  @Post('totp/setup')
  @HttpCode(200)
  @ZodResponse({ type: TotpSetupDto })
  startTotp(@Req() req: Request) {
    return this.auth.startTotpEnrolment(req);
  }

  @SignedIn({ duringTotpEnrolment: true })
  @Post('totp/enable')
  @HttpCode(200)
  @ZodResponse({ type: RecoveryCodesDto })
  enableTotp(@Req() req: Request, @Body() body: TotpDto) {
    return this.auth.confirmTotpEnrolment(req, body.code);
  }
}
