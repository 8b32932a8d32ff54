import { Module } from '@nestjs/common';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { CommonThreadsController } from './common-threads.controller';
import { CommonThreadsService } from './common-threads.service';

@Module({
  imports: [DashboardsModule],
  controllers: [CommonThreadsController],
  providers: [CommonThreadsService],
})
export class CommonThreadsModule {}
