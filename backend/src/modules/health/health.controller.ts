import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Health } from '@zet/contracts';
import { Public } from '../../common/access/access.decorators';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';

@Public()
@Controller('api/health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const embedded = this.config.databaseUrl === undefined;
    try {
      await this.dataSource.query('select 1');
      return { status: 'ok', database: 'up', embedded };
    } catch {
      res.status(503);
      return { status: 'unavailable', database: 'down', embedded };
    }
  }
}
