import { type Instrument, loadContent } from '@zet/content';
import {
  instrumentList,
  instrumentQueryProblems,
  matchesInstrumentQuery,
} from './content.catalogue';

const { framework } = loadContent();

const instrument = (code: string, fields: Partial<Instrument>): Instrument => ({
  code,
  name: code,
  developers: [],
  initiator: null,
  targetGroup: null,
  cultureElements: ['gedeelde-visie'],
  description: 'Een beschrijving die lang genoeg is.',
  roles: [],
  goals: [],
  ...fields,
});

const catalogue = {
  ...framework,
  instruments: [
    instrument('a', {
      cultureElements: ['gedeelde-visie', 'datagedreven-cyclisch-werken'],
      roles: ['schoolopleider'],
    }),
    instrument('b', {
      cultureElements: ['datagedreven-cyclisch-werken'],
      roles: ['schoolopleider'],
      goals: ['in-gesprek-over-data'],
    }),
    instrument('c', { cultureElements: ['datagedreven-cyclisch-werken'] }),
  ],
};

describe(matchesInstrumentQuery.name, () => {
  it('matches every instrument when no filter is given, and only those with all given values otherwise', () => {
    const [a, b, c] = catalogue.instruments as [Instrument, Instrument, Instrument];
    expect([a, b, c].every((i) => matchesInstrumentQuery(i, {}))).toBe(true);
    expect(
      matchesInstrumentQuery(a, {
        element: 'datagedreven-cyclisch-werken',
        role: 'schoolopleider',
      }),
    ).toBe(true);
    expect(
      matchesInstrumentQuery(a, { role: 'schoolopleider', goal: 'in-gesprek-over-data' }),
    ).toBe(false);
    expect(matchesInstrumentQuery(c, { role: 'schoolopleider' })).toBe(false);
  });
});

describe(instrumentList.name, () => {
  it('filters in catalogue order and counts each filter value over the whole catalogue', () => {
    const list = instrumentList(catalogue, {
      element: 'datagedreven-cyclisch-werken',
      role: 'schoolopleider',
    });
    expect(list.items.map((i) => i.code)).toEqual(['a', 'b']);
    expect(list.total).toBe(3);
    expect(list.filters.cultureElements.map((o) => [o.code, o.count])).toEqual([
      ['gedeelde-visie', 1],
      ['datagedreven-cyclisch-werken', 3],
    ]);
    expect(list.filters.roles).toEqual([
      { code: 'schoolopleider', name: 'Schoolopleider', count: 2 },
    ]);
    expect(list.filters.goals.map((o) => [o.code, o.count])).toEqual([['in-gesprek-over-data', 1]]);
    expect(list.items[1]?.goals).toEqual([
      { code: 'in-gesprek-over-data', name: 'In gesprek over data' },
    ]);
  });
});

describe(instrumentQueryProblems.name, () => {
  it('names each filter whose value does not exist', () => {
    expect(
      instrumentQueryProblems(catalogue, { element: 'gedeelde-visie', role: 'mt-instituut' }),
    ).toEqual([]);
    expect(
      instrumentQueryProblems(catalogue, { element: 'x', role: 'y', goal: 'z' }).map((p) => p.path),
    ).toEqual([['element'], ['role'], ['goal']]);
  });
});
