import { Global, Module } from '@nestjs/common';
import { AdaptationController } from './adaptation.controller';
import { AdaptationService } from './adaptation.service';
import { ContentSyncService } from './content-sync.service';
import { ContentController } from './content.controller';
import { ContentService } from './content.service';

@Global()
@Module({
  controllers: [ContentController, AdaptationController],
  providers: [ContentService, ContentSyncService, AdaptationService],
  exports: [ContentService, ContentSyncService, AdaptationService],
})
export class ContentModule {}
