import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { Public } from '../../common/access/access.decorators';
import { PasswordResetConfirmDto, PasswordResetRequestDto } from './auth.dto';
import { PasswordResetService } from './password-reset.service';

@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  /** Always 202 with an empty body, whether or not the e-mail address has an account. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post()
  @HttpCode(202)
  async request(@Req() req: Request, @Body() body: PasswordResetRequestDto): Promise<void> {
    await this.resets.request(req, body);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('confirm')
  @HttpCode(204)
  async confirm(@Req() req: Request, @Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(req, body);
  }
}
