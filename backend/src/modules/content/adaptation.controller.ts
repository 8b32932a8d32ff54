import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { idSchema } from '@zet/contracts';
import { ZodResponse } from 'nestjs-zod';
import { Allow, EVERY_MEMBER } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { notFound } from '../../common/dutch-exceptions';
import { AdaptationService } from './adaptation.service';
import {
  AddReflectionCardDto,
  AddTargetGroupDto,
  ContentDiffDto,
  ContentDiffQueryDto,
  DeleteContentOverrideQueryDto,
  PartnershipTargetGroupDto,
  PartnershipTargetGroupListDto,
  PartnershipThemeDto,
  PartnershipThemeListDto,
  PutContentOverrideDto,
} from './content.dto';

const THEME = 'versions/:versionId/themes/:themeCode';

/**
 * The partnership's content version: its members read the effective texts, the programmaleider
 * adapts them. Anyone else gets 404 from the access guard.
 */
@Controller('partnerships/:partnershipId/content')
export class AdaptationController {
  constructor(private readonly adaptation: AdaptationService) {}

  @Allow(...EVERY_MEMBER)
  @Get('versions/:versionId/themes')
  @ZodResponse({ type: PartnershipThemeListDto })
  themes(@Scope() scope: PartnershipScope, @Param('versionId') versionId: string) {
    return this.adaptation.themes(scope, versionId);
  }

  /** What a procesbegeleider of the partnership sees on the day, each overridden part marked. */
  @Allow(...EVERY_MEMBER)
  @Get(THEME)
  @ZodResponse({ type: PartnershipThemeDto })
  theme(
    @Scope() scope: PartnershipScope,
    @Param('versionId') versionId: string,
    @Param('themeCode') themeCode: string,
  ) {
    return this.adaptation.theme(scope, versionId, themeCode);
  }

  @Allow('programmaleider')
  @Put(`${THEME}/overrides/:path`)
  @ZodResponse({ type: PartnershipThemeDto })
  putOverride(
    @Scope() scope: PartnershipScope,
    @Param('versionId') versionId: string,
    @Param('themeCode') themeCode: string,
    @Param('path') path: string,
    @Body() body: PutContentOverrideDto,
  ) {
    return this.adaptation.putOverride(scope, versionId, themeCode, path, body);
  }

  /** Back to the base text. */
  @Allow('programmaleider')
  @Delete(`${THEME}/overrides/:path`)
  @ZodResponse({ type: PartnershipThemeDto })
  deleteOverride(
    @Scope() scope: PartnershipScope,
    @Param('versionId') versionId: string,
    @Param('themeCode') themeCode: string,
    @Param('path') path: string,
    @Query() query: DeleteContentOverrideQueryDto,
  ) {
    return this.adaptation.deleteOverride(scope, versionId, themeCode, path, query);
  }

  @Allow('programmaleider')
  @Post(`${THEME}/reflection-cards`)
  @ZodResponse({ status: 201, type: PartnershipThemeDto })
  addReflectionCard(
    @Scope() scope: PartnershipScope,
    @Param('versionId') versionId: string,
    @Param('themeCode') themeCode: string,
    @Body() body: AddReflectionCardDto,
  ) {
    return this.adaptation.addReflectionCard(scope, versionId, themeCode, body);
  }

  /** Per theme and field the base text next to the partnership's, plus the doelgroepen it added. */
  @Allow(...EVERY_MEMBER)
  @Get('versions/:versionId/diff')
  @ZodResponse({ type: ContentDiffDto })
  diff(
    @Scope() scope: PartnershipScope,
    @Param('versionId') versionId: string,
    @Query() query: ContentDiffQueryDto,
  ) {
    return this.adaptation.diff(scope, versionId, query);
  }

  @Allow(...EVERY_MEMBER)
  @Get('target-groups')
  @ZodResponse({ type: PartnershipTargetGroupListDto })
  targetGroups(@Scope() scope: PartnershipScope) {
    return this.adaptation.targetGroups(scope);
  }

  @Allow('programmaleider')
  @Post('target-groups')
  @ZodResponse({ status: 201, type: PartnershipTargetGroupDto })
  addTargetGroup(@Scope() scope: PartnershipScope, @Body() body: AddTargetGroupDto) {
    return this.adaptation.addTargetGroup(scope, body);
  }

  /** Deletes a doelgroep of the partnership, or archives it when evaluations use it. */
  @Allow('programmaleider')
  @Delete('target-groups/:targetGroupId')
  @HttpCode(204)
  async removeTargetGroup(
    @Scope() scope: PartnershipScope,
    @Param('targetGroupId') targetGroupId: string,
  ) {
    const id = idSchema.safeParse(targetGroupId);
    if (!id.success) throw notFound();
    await this.adaptation.removeTargetGroup(scope, id.data);
  }
}
