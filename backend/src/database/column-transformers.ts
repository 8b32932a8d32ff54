import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string; placements are small exact halves, so a JS number is safe. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
