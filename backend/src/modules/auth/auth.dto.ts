import {
  authProvidersSchema,
  csrfTokenSchema,
  listOf,
  loginInputSchema,
  loginResultSchema,
  meSchema,
  passwordResetConfirmInputSchema,
  passwordResetRequestInputSchema,
  profileSchema,
  recoveryCodesSchema,
  sessionInfoSchema,
  totpInputSchema,
  totpSetupSchema,
  updateProfileInputSchema,
} from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class LoginDto extends createZodDto(loginInputSchema) {}
export class LoginResultDto extends createZodDto(loginResultSchema) {}
export class TotpDto extends createZodDto(totpInputSchema) {}
export class MeDto extends createZodDto(meSchema) {}
export class CsrfTokenDto extends createZodDto(csrfTokenSchema) {}
export class SessionListDto extends createZodDto(listOf(sessionInfoSchema)) {}
export class TotpSetupDto extends createZodDto(totpSetupSchema) {}
export class RecoveryCodesDto extends createZodDto(recoveryCodesSchema) {}
export class PasswordResetRequestDto extends createZodDto(passwordResetRequestInputSchema) {}
export class PasswordResetConfirmDto extends createZodDto(passwordResetConfirmInputSchema) {}
export class ProfileDto extends createZodDto(profileSchema) {}
export class UpdateProfileDto extends createZodDto(updateProfileInputSchema) {}
export class AuthProvidersDto extends createZodDto(authProvidersSchema) {}
