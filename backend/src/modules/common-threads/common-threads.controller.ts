import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { idSchema } from '@zet/contracts';
import { ZodResponse } from 'nestjs-zod';
import { Allow, PARTNERSHIP_READERS } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { notFound } from '../../common/dutch-exceptions';
import {
  CommonThreadDto,
  CommonThreadListDto,
  CommonThreadListQueryDto,
  FollowedThreadListDto,
  MergeCommonThreadsDto,
  SuggestCommonThreadsDto,
  UpdateCommonThreadDto,
} from './common-threads.dto';
import { CommonThreadsService } from './common-threads.service';

function idOr404(value: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound('Deze rode lijn bestaat niet (meer).');
  return parsed.data;
}

/**
 * Rode lijnen name the findings of locaties, so they are for those who see the whole partnership;
 * only the programmaleider changes them. Locatie users see confirmed ones under the waarborgen.
 */
@Controller('partnerships/:partnershipId/common-threads')
export class CommonThreadsController {
  constructor(private readonly threads: CommonThreadsService) {}

  @Allow(...PARTNERSHIP_READERS)
  @Get()
  @ZodResponse({ type: CommonThreadListDto })
  list(@Scope() scope: PartnershipScope, @Query() query: CommonThreadListQueryDto) {
    return this.threads.list(scope, query);
  }

  @Allow(...PARTNERSHIP_READERS)
  @Get('followed')
  @ZodResponse({ type: FollowedThreadListDto })
  followed(@Scope() scope: PartnershipScope) {
    return this.threads.followed(scope);
  }

  /** Recompute the suggestions of one school year. */
  @Allow('programmaleider')
  @Post('suggestions')
  @HttpCode(200)
  @ZodResponse({ type: CommonThreadListDto })
  suggest(@Scope() scope: PartnershipScope, @Body() body: SuggestCommonThreadsDto) {
    return this.threads.suggest(scope, body);
  }

  /** Rename, describe, confirm (with a name) or dismiss. */
  @Allow('programmaleider')
  @Patch(':threadId')
  @ZodResponse({ type: CommonThreadDto })
  update(
    @Scope() scope: PartnershipScope,
    @Param('threadId') threadId: string,
    @Body() body: UpdateCommonThreadDto,
  ) {
    return this.threads.update(scope, idOr404(threadId), body);
  }

  /** Fold other rode lijnen into this one. */
  @Allow('programmaleider')
  @Post(':threadId/merge')
  @HttpCode(200)
  @ZodResponse({ type: CommonThreadDto })
  merge(
    @Scope() scope: PartnershipScope,
    @Param('threadId') threadId: string,
    @Body() body: MergeCommonThreadsDto,
  ) {
    return this.threads.merge(scope, idOr404(threadId), body);
  }
}
