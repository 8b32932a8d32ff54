import {
  commonThreadListQuerySchema,
  commonThreadListSchema,
  commonThreadSchema,
  followedThreadListSchema,
  mergeCommonThreadsInputSchema,
  suggestCommonThreadsInputSchema,
  updateCommonThreadInputSchema,
} from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class CommonThreadDto extends createZodDto(commonThreadSchema) {}
export class CommonThreadListDto extends createZodDto(commonThreadListSchema) {}
export class CommonThreadListQueryDto extends createZodDto(commonThreadListQuerySchema) {}
export class SuggestCommonThreadsDto extends createZodDto(suggestCommonThreadsInputSchema) {}
export class UpdateCommonThreadDto extends createZodDto(updateCommonThreadInputSchema) {}
export class MergeCommonThreadsDto extends createZodDto(mergeCommonThreadsInputSchema) {}
export class FollowedThreadListDto extends createZodDto(followedThreadListSchema) {}
