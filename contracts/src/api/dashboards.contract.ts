import { z } from 'zod';
import { idSchema, placementSchema, schoolYearSchema } from './common';

export const trajectoryQuerySchema = z.object({
  theme: z.string().min(1, 'Kies een thema.'),
});
export type TrajectoryQuery = z.infer<typeof trajectoryQuerySchema>;

/**
 * One point of a trajectory: the result of one (locatie, theme, schooljaar). `current` and
 * `desired` are lower medians over the groups; null where no group placed itself (a gap).
 */
export const trajectoryPointSchema = z.object({
  schoolYear: schoolYearSchema,
  current: placementSchema.nullable(),
  desired: placementSchema.nullable(),
  currentLow: placementSchema.nullable(),
  currentHigh: placementSchema.nullable(),
  groups: z.number().int(),
});
export type TrajectoryPoint = z.infer<typeof trajectoryPointSchema>;

export const trajectorySeriesSchema = z.object({
  location: z.object({ id: idSchema, name: z.string() }),
  points: z.array(trajectoryPointSchema),
});

export const themeTrajectorySchema = z.object({
  theme: z.object({ code: z.string(), name: z.string() }),
  /** Every school year of the partnership in order, so a missing year stays visible as a gap. */
  schoolYears: z.array(schoolYearSchema),
  series: z.array(trajectorySeriesSchema),
  /** Median of the locaties' results per year, with the spread between locaties and n. */
  partnership: z.array(
    z.object({
      schoolYear: schoolYearSchema,
      median: placementSchema.nullable(),
      low: placementSchema.nullable(),
      high: placementSchema.nullable(),
      desiredMedian: placementSchema.nullable(),
      locations: z.number().int(),
    }),
  ),
});
export type ThemeTrajectory = z.infer<typeof themeTrajectorySchema>;
