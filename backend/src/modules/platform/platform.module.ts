import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PlatformController } from './platform.controller';
import { PlatformService } from './platform.service';

@Module({
  imports: [PeopleModule],
  controllers: [PlatformController],
  providers: [PlatformService],
})
export class PlatformModule {}
