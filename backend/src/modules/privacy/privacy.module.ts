import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { ErasureLogWriter } from './erasure-log';
import { ErasureReplayService } from './erasure-replay.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

@Module({
  controllers: [PrivacyController],
  providers: [
    PrivacyService,
    ErasureReplayService,
    {
      provide: ErasureLogWriter,
      useFactory: (config: AppConfig) => new ErasureLogWriter(config.erasureLog),
      inject: [APP_CONFIG],
    },
  ],
  exports: [ErasureReplayService],
})
export class PrivacyModule {}
