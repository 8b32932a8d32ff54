import {
  idSchema,
  invitationAcceptInputSchema,
  invitationLookupInputSchema,
  invitationPreviewSchema,
  invitationSchema,
  inviteInputSchema,
  loginResultSchema,
  memberSchema,
  peopleListSchema,
  updateMemberAccessInputSchema,
} from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class PeopleListDto extends createZodDto(peopleListSchema) {}
export class MemberDto extends createZodDto(memberSchema) {}
export class InvitationDto extends createZodDto(invitationSchema) {}
export class InviteDto extends createZodDto(inviteInputSchema) {}
export class UpdateMemberAccessDto extends createZodDto(updateMemberAccessInputSchema) {}
export class InvitationLookupDto extends createZodDto(invitationLookupInputSchema) {}
export class InvitationPreviewDto extends createZodDto(invitationPreviewSchema) {}
export class InvitationAcceptDto extends createZodDto(invitationAcceptInputSchema) {}
export class AcceptResultDto extends createZodDto(loginResultSchema) {}

/** Unknown or malformed ids in the path answer 404, like anything outside one's scope. */
export const memberParams = z.object({ userId: idSchema });
export const invitationParams = z.object({ invitationId: idSchema });
