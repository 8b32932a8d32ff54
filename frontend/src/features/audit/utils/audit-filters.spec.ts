import { describe, expect, it } from '@jest/globals';
import { readAuditFilters, writeAuditFilter } from './audit-filters';

describe(readAuditFilters.name, () => {
  it('reads the Dutch params and drops malformed values', () => {
    expect(
      readAuditFilters(new URLSearchParams('soort=access.invited&van=2026-01-01&tot=gisteren')),
    ).toEqual({ filters: { action: 'access.invited', from: '2026-01-01' }, endBeforeStart: false });
    expect(readAuditFilters(new URLSearchParams('soort=iets')).filters).toEqual({});
  });

  it('reports an end before the start and leaves the end out', () => {
    expect(readAuditFilters(new URLSearchParams('van=2026-03-02&tot=2026-03-01'))).toEqual({
      filters: { from: '2026-03-02' },
      endBeforeStart: true,
    });
  });
});

describe(writeAuditFilter.name, () => {
  it('sets a value and removes an empty one, keeping the other params', () => {
    const params = new URLSearchParams('van=2026-01-01');
    expect(writeAuditFilter(params, 'action', 'auth.sign_in').toString()).toBe(
      'van=2026-01-01&soort=auth.sign_in',
    );
    expect(writeAuditFilter(params, 'from', '').toString()).toBe('');
  });
});
