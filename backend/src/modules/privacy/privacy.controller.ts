import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { idSchema } from '@zet/contracts';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { notFound } from '../../common/dutch-exceptions';
import { ErasePersonDto, PersonErasureDto, PersonExportDto } from './privacy.dto';
import { PrivacyService } from './privacy.service';
import { exportFileName } from './redaction';

/** A malformed id is as unknown as a missing one: 404. */
function idOr404(value: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** Inzage and erasure of one person's data in the partnership (AVG). */
@Controller('partnerships/:partnershipId/people/:userId')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** Everything the partnership holds about the person, as a JSON file to download. */
  @Allow('programmaleider')
  @Get('export')
  @ZodResponse({ type: PersonExportDto })
  async export(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Scope() scope: PartnershipScope,
    @Param('userId') userId: string,
  ) {
    const data = await this.privacy.export(req, scope, idOr404(userId));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${exportFileName(data.account.name)}"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    return data;
  }

  /** Irreversible; `confirmName` must be the person's name. */
  @Allow('programmaleider')
  @Post('erase')
  @HttpCode(200)
  @ZodResponse({ type: PersonErasureDto })
  erase(
    @Req() req: Request,
    @Scope() scope: PartnershipScope,
    @Param('userId') userId: string,
    @Body() body: ErasePersonDto,
  ) {
    return this.privacy.erase(req, scope, idOr404(userId), body);
  }
}
