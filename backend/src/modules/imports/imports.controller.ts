import {
  Controller,
  Get,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { IMPORT_MAX_BYTES } from '@zet/contracts';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Allow } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { requireFile, SingleFileUpload, type UploadedFileData } from '../../common/file-upload';
import type { TemplateFile } from './import-template';
import { ImportQueryDto, ImportReportDto, ImportTemplateDto } from './imports.dto';
import { importMessages as m } from './imports.messages';
import { ImportsService } from './imports.service';

function download(res: Response, file: TemplateFile): StreamableFile {
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.body.length,
  });
}

/** Importing earlier ZET rounds from a spreadsheet: the programmaleider's. */
@Controller('partnerships/:partnershipId/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** The template's columns and rules, to show on the import page. */
  @Allow('programmaleider')
  @Get('template')
  @ZodResponse({ type: ImportTemplateDto })
  template() {
    return this.imports.template();
  }

  @Allow('programmaleider')
  @Get('template.csv')
  templateCsv(@Res({ passthrough: true }) res: Response) {
    return download(res, this.imports.templateCsv());
  }

  @Allow('programmaleider')
  @Get('template.xlsx')
  async templateXlsx(@Res({ passthrough: true }) res: Response) {
    return download(res, await this.imports.templateXlsx());
  }

  /**
   * A CSV or XLSX file in the multipart field `file`. `?dryRun=true`: 200 with the preview,
   * nothing written. Otherwise 201 with what was imported, or 400 with every row error and nothing
   * written; rows imported before are skipped.
   */
  @Allow('programmaleider')
  @Post()
  @UseInterceptors(SingleFileUpload(IMPORT_MAX_BYTES, m.tooLarge))
  @ZodResponse({ status: 201, type: ImportReportDto })
  async run(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Scope() scope: PartnershipScope,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedFileData | undefined,
  ) {
    const report = await this.imports.run(req, scope, requireFile(file, m.noFile), query.dryRun);
    if (query.dryRun) res.status(200);
    return report;
  }
}
