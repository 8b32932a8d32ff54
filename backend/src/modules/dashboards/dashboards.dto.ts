import { themeTrajectorySchema, trajectoryQuerySchema } from '@zet/contracts';
import { createZodDto } from 'nestjs-zod';

export class ThemeTrajectoryDto extends createZodDto(themeTrajectorySchema) {}
export class TrajectoryQueryDto extends createZodDto(trajectoryQuerySchema) {}
