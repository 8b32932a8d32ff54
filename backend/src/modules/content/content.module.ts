import { Global, Module } from '@nestjs/common';
import { ContentSyncService } from './content-sync.service';
import { ContentController } from './content.controller';
import { ContentService } from './content.service';

@Global()
@Module({
  controllers: [ContentController],
  providers: [ContentService, ContentSyncService],
  exports: [ContentService, ContentSyncService],
})
export class ContentModule {}
