import { z } from 'zod';
import { idSchema, isoDateSchema, schoolYearSchema } from './common';

/**
 * Importing earlier ZET rounds from a spreadsheet (CSV or XLSX): one row per theme session
 * result. `POST …/imports?dryRun=true` previews, `POST …/imports` commits all rows or none.
 */

/** Largest file the import takes (2 MB). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** Most data rows in one file; a bigger history is imported in parts. */
export const IMPORT_MAX_ROWS = 1000;

/** The template's columns, in template order. */
export const importColumnKeySchema = z.enum([
  'schooljaar',
  'datum',
  'locatie',
  'inhoudsversie',
  'ronde',
  'thema',
  'groep',
  'huidig',
  'gewenst',
  'onderbouwing',
  'sterkePunten',
  'ontwikkelpunten',
  'afspraken',
  'deelnemers',
]);
export type ImportColumnKey = z.infer<typeof importColumnKeySchema>;

/** The documented template, for the import page to show beside the download links. */
export const importTemplateSchema = z.object({
  columns: z.array(
    z.object({
      key: importColumnKeySchema,
      /** The header as it appears in row 1 of the template. */
      header: z.string(),
      required: z.boolean(),
      description: z.string(),
      example: z.string(),
    }),
  ),
  /** General rules (file types, separators, limits), one sentence each. */
  rules: z.array(z.string()),
});
export type ImportTemplate = z.infer<typeof importTemplateSchema>;

export const importQuerySchema = z.object({
  /** `true`: check and preview only, nothing is written. */
  dryRun: z
    .enum(['true', 'false'], 'Geef voor dryRun true of false op.')
    .default('false')
    .transform((v) => v === 'true'),
});
export type ImportQuery = z.output<typeof importQuerySchema>;

/** One problem: in a row and column of the file, or with the file as a whole (`rowNumber` null). */
export const importIssueSchema = z.object({
  /** The row number as the spreadsheet shows it (the header is row 1). */
  rowNumber: z.number().int().nullable(),
  /** The column's header in the template, or null for the row or file as a whole. */
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importRowStatusSchema = z.enum(['new', 'already_imported', 'invalid']);
export type ImportRowStatus = z.infer<typeof importRowStatusSchema>;

export const importRowSchema = z.object({
  rowNumber: z.number().int(),
  /** `new`: will be (or was) imported; `already_imported`: an earlier import has it, skipped. */
  status: importRowStatusSchema,
  /** What the row was read as; null where it could not be read. */
  schoolYear: schoolYearSchema.nullable(),
  heldOn: isoDateSchema.nullable(),
  location: z.object({ id: idSchema, name: z.string() }).nullable(),
  themeCode: z.string().nullable(),
  themeName: z.string().nullable(),
  groupLabel: z.string(),
  errors: z.array(importIssueSchema),
  /** For `already_imported`: when, and whether this file's row differs from what was imported then. */
  note: z.string().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** A dagdeel the import creates, or an earlier imported one it adds sessions to. */
export const importEvaluationSchema = z.object({
  /** null in a dry run for a dagdeel still to be created. */
  id: idSchema.nullable(),
  action: z.enum(['create', 'extend']),
  heldOn: isoDateSchema,
  schoolYear: schoolYearSchema,
  /** null: partnership-wide. */
  location: z.object({ id: idSchema, name: z.string() }).nullable(),
  contentVersion: z.string(),
  sessions: z.number().int(),
  rowNumbers: z.array(z.number().int()),
});
export type ImportEvaluation = z.infer<typeof importEvaluationSchema>;

/** The preview of a dry run, or the result of a commit (then `batchId` is set). */
export const importReportSchema = z.object({
  dryRun: z.boolean(),
  batchId: idSchema.nullable(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  counts: z.object({
    rows: z.number().int(),
    new: z.number().int(),
    alreadyImported: z.number().int(),
    invalid: z.number().int(),
    evaluationsCreated: z.number().int(),
    evaluationsExtended: z.number().int(),
    sessions: z.number().int(),
  }),
  rows: z.array(importRowSchema),
  evaluations: z.array(importEvaluationSchema),
  /** Every problem of the file and its rows; a commit is refused while there is any. */
  errors: z.array(importIssueSchema),
  /** Things worth knowing that do not block the import (e.g. an ignored column). */
  notices: z.array(z.string()),
});
export type ImportReport = z.infer<typeof importReportSchema>;
