import { Controller, Get, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Allow } from '../../common/access/access.decorators';
import { type PartnershipScope, Scope } from '../../common/access/request-scope';
import { AuditLogPageDto, AuditLogQueryDto } from './audit.dto';
import { AuditLogService } from './audit-log.service';

@Controller('partnerships/:partnershipId/audit-log')
export class AuditController {
  constructor(private readonly auditLog: AuditLogService) {}

  /** Newest first; filter by action and by date (inclusive days), paginated with `cursor`. */
  @Allow('programmaleider')
  @Get()
  @ZodResponse({ type: AuditLogPageDto })
  page(@Scope() scope: PartnershipScope, @Query() query: AuditLogQueryDto) {
    return this.auditLog.page(scope, query);
  }
}
