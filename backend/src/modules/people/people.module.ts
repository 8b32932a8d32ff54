import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvitationAcceptController } from './invitation-accept.controller';
import { InvitationsService } from './invitations.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({
  imports: [AuthModule],
  controllers: [PeopleController, InvitationAcceptController],
  providers: [PeopleService, InvitationsService],
  exports: [InvitationsService],
})
export class PeopleModule {}
