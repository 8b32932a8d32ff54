import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';

@Module({
  controllers: [AuthController, OidcController, PasswordResetController],
  providers: [AuthService, OidcService, PasswordResetService],
  exports: [AuthService],
})
export class AuthModule {}
