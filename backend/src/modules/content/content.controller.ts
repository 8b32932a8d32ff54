import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { SignedIn } from '../../common/access/access.decorators';
import {
  ContentOverviewDto,
  ContentVersionDetailDto,
  InstrumentListDto,
  InstrumentQueryDto,
  KaternDto,
  ThemeDetailDto,
  ThemeQueryDto,
} from './content.dto';
import { ContentService } from './content.service';

/** The ZET content as shipped: the same for everyone who is signed in. */
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

  /** The katern's instrument catalogue, narrowed by element, role and goal (all optional). */
  @Get('instruments')
  @ZodResponse({ type: InstrumentListDto })
  instruments(@Query() query: InstrumentQueryDto) {
    return this.content.instruments(query);
  }

  @Get('katern')
  @ZodResponse({ type: KaternDto })
  katern() {
    return this.content.katern();
  }

  @Get('versions/:versionId')
  @ZodResponse({ type: ContentVersionDetailDto })
  version(@Param('versionId') versionId: string) {
    return this.content.version(versionId);
  }
}
