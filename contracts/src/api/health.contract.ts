import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
  embedded: z.boolean(),
});
export type Health = z.infer<typeof healthSchema>;
