import { describe, expect, it } from '@jest/globals';
import {
  activeFilterCount,
  instrumentsUrl,
  readInstrumentFilters,
  withInstrumentFilter,
  withoutInstrumentFilters,
} from './instrument-params';

describe(readInstrumentFilters.name, () => {
  it('reads element, role and goal from their Dutch parameters', () => {
    expect(
      readInstrumentFilters(
        new URLSearchParams('element=gedeelde-visie&rol=schoolopleider&doel=visie-en-eigen-rol'),
      ),
    ).toEqual({ element: 'gedeelde-visie', role: 'schoolopleider', goal: 'visie-en-eigen-rol' });
  });

  it('leaves out empty values and values that cannot be a code', () => {
    expect(readInstrumentFilters(new URLSearchParams('element=&rol=Foo%20Bar&doel=ok'))).toEqual({
      goal: 'ok',
    });
  });

  it('has no filters for an empty search', () => {
    expect(activeFilterCount(readInstrumentFilters(new URLSearchParams('')))).toBe(0);
  });
});

describe(withInstrumentFilter.name, () => {
  it('sets one filter and keeps the others', () => {
    expect(withInstrumentFilter(new URLSearchParams('element=a'), 'role', 'b')).toBe(
      '?element=a&rol=b',
    );
  });

  it('clears a filter when the value is empty', () => {
    expect(withInstrumentFilter(new URLSearchParams('element=a&rol=b'), 'element', undefined)).toBe(
      '?rol=b',
    );
  });
});

describe(withoutInstrumentFilters.name, () => {
  it('drops every filter and keeps other params', () => {
    expect(withoutInstrumentFilters(new URLSearchParams('element=a&rol=b&x=1'))).toBe('?x=1');
  });
});

describe(instrumentsUrl.name, () => {
  it('links into the catalogue with one filter', () => {
    expect(instrumentsUrl('element', 'gedeelde-visie')).toBe(
      '/instrumenten?element=gedeelde-visie',
    );
  });
});
