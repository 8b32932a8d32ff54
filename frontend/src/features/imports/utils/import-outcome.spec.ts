import { describe, expect, it } from '@jest/globals';
import type { ImportReport } from '@zet/contracts';
import { canCommit, importOutcome, issuesFromFieldErrors } from './import-outcome';

const report = (overrides: Partial<ImportReport> & { new?: number }): ImportReport => ({
  dryRun: true,
  batchId: null,
  fileName: 'geschiedenis.csv',
  format: 'csv',
  sha256: 'a'.repeat(64),
  counts: {
    rows: 2,
    new: overrides.new ?? 2,
    alreadyImported: 2 - (overrides.new ?? 2),
    invalid: 0,
    evaluationsCreated: 1,
    evaluationsExtended: 0,
    sessions: 2,
  },
  rows: [],
  evaluations: [],
  errors: [],
  notices: [],
  ...overrides,
});

describe(importOutcome.name, () => {
  it('blocks a check when any row or the file has an error', () => {
    const blocked = report({ errors: [{ rowNumber: 3, column: 'Thema', message: 'Onbekend' }] });
    expect(importOutcome(blocked)).toBe('blocked');
    expect(canCommit(blocked)).toBe(false);
  });

  it('is ready when a clean check has new rows, and has nothing new when all were imported before', () => {
    expect(importOutcome(report({ new: 2 }))).toBe('ready');
    expect(importOutcome(report({ new: 0 }))).toBe('nothing-new');
    expect(canCommit(report({ new: 0 }))).toBe(true);
  });

  it('tells an import that added rows from one that found them all imported before', () => {
    expect(importOutcome(report({ dryRun: false, batchId: 'b1', new: 2 }))).toBe('imported');
    expect(importOutcome(report({ dryRun: false, batchId: 'b1', new: 0 }))).toBe('unchanged');
    expect(canCommit(report({ dryRun: false, batchId: 'b1' }))).toBe(false);
  });
});

describe(issuesFromFieldErrors.name, () => {
  it('reads row, column and file errors of a refused import back as issues', () => {
    expect(
      issuesFromFieldErrors([
        { path: ['rows', 3, 'Locatie'], message: 'Onbekende locatie' },
        { path: ['rows', 4], message: 'Dubbele regel' },
        { path: ['file'], message: 'Kolom ontbreekt' },
      ]),
    ).toEqual([
      { rowNumber: 3, column: 'Locatie', message: 'Onbekende locatie' },
      { rowNumber: 4, column: null, message: 'Dubbele regel' },
      { rowNumber: null, column: null, message: 'Kolom ontbreekt' },
    ]);
  });
});
