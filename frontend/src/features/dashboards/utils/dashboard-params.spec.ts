import { describe, expect, it } from '@jest/globals';
import {
  parseSchoolYear,
  readLocationFilter,
  readPeriod,
  schoolYearsOf,
  sharedFilterSearch,
  toDashboardQuery,
  withParams,
  withPeriod,
} from './dashboard-params';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe(parseSchoolYear.name, () => {
  it('accepts a school year and refuses anything else', () => {
    expect(parseSchoolYear('2024-2025')).toBe('2024-2025');
    expect(parseSchoolYear('2024-2026')).toBeUndefined();
    expect(parseSchoolYear('volgend jaar')).toBeUndefined();
    expect(parseSchoolYear(null)).toBeUndefined();
  });
});

describe(readPeriod.name, () => {
  it('reads both bounds, in order', () => {
    expect(readPeriod(new URLSearchParams('van=2024-2025&tot=2022-2023'))).toEqual({
      from: '2022-2023',
      to: '2024-2025',
    });
  });

  it('takes one bound for both when the other is missing', () => {
    expect(readPeriod(new URLSearchParams('tot=2023-2024'))).toEqual({
      from: '2023-2024',
      to: '2023-2024',
    });
  });

  it('has no period without (valid) bounds', () => {
    expect(readPeriod(new URLSearchParams('van=gisteren'))).toBeUndefined();
  });
});

describe(schoolYearsOf.name, () => {
  it('lists every school year of the period, so a missing year stays a gap', () => {
    expect(schoolYearsOf({ from: '2021-2022', to: '2023-2024' })).toEqual([
      '2021-2022',
      '2022-2023',
      '2023-2024',
    ]);
  });
});

describe(readLocationFilter.name, () => {
  it('keeps valid ids once, in URL order', () => {
    expect(readLocationFilter(new URLSearchParams(`locaties=${B},nope,${A},${B}`))).toEqual([B, A]);
  });

  it('means all locaties when the list is missing or empty', () => {
    expect(readLocationFilter(new URLSearchParams(''))).toBeUndefined();
    expect(readLocationFilter(new URLSearchParams('locaties='))).toBeUndefined();
  });
});

describe(toDashboardQuery.name, () => {
  const params = new URLSearchParams(
    `van=2022-2023&tot=2023-2024&doelgroep=${A}&waarborg=leeromgeving&thema=visie&locaties=${B}`,
  );

  it('turns the URL into the API filters of the fields a view uses', () => {
    expect(toDashboardQuery(params, ['period', 'targetGroup', 'safeguard', 'locations'])).toEqual({
      schoolYears: '2022-2023,2023-2024',
      targetGroup: A,
      safeguard: 'leeromgeving',
      locationIds: B,
    });
  });

  it('leaves out what the view does not use', () => {
    expect(toDashboardQuery(params, ['theme'])).toEqual({ theme: 'visie' });
  });

  it('ignores a malformed code or id', () => {
    expect(
      toDashboardQuery(new URLSearchParams('waarborg=DROP TABLE&doelgroep=12'), [
        'safeguard',
        'targetGroup',
      ]),
    ).toEqual({});
  });
});

describe(withParams.name, () => {
  it('sets and removes params and keeps the rest with readable commas', () => {
    expect(
      withParams(new URLSearchParams(`locaties=${A},${B}&thema=visie`), {
        thema: undefined,
        jaar: '2024-2025',
      }),
    ).toBe(`?locaties=${A},${B}&jaar=2024-2025`);
  });
});

describe(withPeriod.name, () => {
  it('writes both bounds, or removes them', () => {
    expect(withPeriod(new URLSearchParams(''), { from: '2022-2023', to: '2024-2025' })).toBe(
      '?van=2022-2023&tot=2024-2025',
    );
    expect(withPeriod(new URLSearchParams('van=2022-2023&tot=2024-2025'), undefined)).toBe('');
  });
});

describe(sharedFilterSearch.name, () => {
  it('carries the period and doelgroep to another dashboard, not view-specific choices', () => {
    expect(
      sharedFilterSearch(
        new URLSearchParams(`van=2022-2023&tot=2024-2025&doelgroep=${A}&thema=visie&locaties=${B}`),
      ),
    ).toBe(`?van=2022-2023&tot=2024-2025&doelgroep=${A}`);
  });
});
