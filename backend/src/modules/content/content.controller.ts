import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { SignedIn } from '../../common/access/access.decorators';
import { ContentOverviewDto, ThemeDetailDto, ThemeQueryDto } from './content.dto';
import { ContentService } from './content.service';

@SignedIn()
@Controller('content')
export class ContentController {
  constructor(private readonly content: ContentService) {}

  @Get()
  @ZodResponse({ type: ContentOverviewDto })
  overview() {
    return this.content.overview();
  }

  @Get('themes/:code')
  @ZodResponse({ type: ThemeDetailDto })
  theme(@Param('code') code: string, @Query() query: ThemeQueryDto) {
    return this.content.theme(code, query.version);
  }
}
