import { z } from 'zod';

export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** A school year as Dutch schools write it: "2025-2026", the second year following the first. */
export const schoolYearSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'Schooljaar schrijf je als 2025-2026.')
  .refine((v) => Number(v.slice(5)) === Number(v.slice(0, 4)) + 1, {
    message: 'Het tweede jaar moet direct op het eerste volgen, bijvoorbeeld 2025-2026.',
  });
export type SchoolYear = z.infer<typeof schoolYearSchema>;

/** The scale points a placement can take: a whole scenario or halfway between two adjacent ones. */
export const PLACEMENT_VALUES = [1, 1.5, 2, 2.5, 3, 3.5, 4] as const;
export const placementSchema = z
  .number()
  .refine((v) => (PLACEMENT_VALUES as readonly number[]).includes(v), {
    message:
      'Kies een scenario van 1 tot en met 4, of precies tussen twee scenario’s in (bijv. 2,5).',
  });
export type Placement = z.infer<typeof placementSchema>;

export const isoDateSchema = z.iso.date();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** The problem type of a missing or stale CSRF token: the client fetches a new one and retries. */
export const CSRF_PROBLEM_TYPE = 'urn:zet:problem:csrf-token';

/** RFC 9457 problem details, with a Dutch `detail` for the user and zod field paths. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Keyset pagination: `cursor` is the opaque `nextCursor` of the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number('Geef het aantal als een getal.')
    .int('Geef het aantal als een heel getal.')
    .min(1, 'Vraag minstens 1 regel op.')
    .max(200, 'Vraag hoogstens 200 regels tegelijk op.')
    .default(50),
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, 'Deze vervolgpagina bestaat niet (meer). Begin opnieuw bovenaan.')
    .optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
