import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_LOCATION_LINES,
  readSelectedLocations,
  readTheme,
  withLocations,
  withTheme,
} from './development-params';

const themes = ['visie', 'beoordelen'];
const available = ['a', 'b', 'c', 'd', 'e'];

describe(readTheme.name, () => {
  it('takes the theme from the URL', () => {
    expect(readTheme(new URLSearchParams('thema=beoordelen'), themes)).toEqual({
      code: 'beoordelen',
      known: true,
    });
  });

  it('falls back to the first theme when the URL has none', () => {
    expect(readTheme(new URLSearchParams(''), themes)).toEqual({ code: 'visie', known: true });
  });

  it('marks a code the content does not know', () => {
    expect(readTheme(new URLSearchParams('thema=bestaat-niet'), themes)).toEqual({
      code: 'bestaat-niet',
      known: false,
    });
  });

  it('has no choice when there are no themes', () => {
    expect(readTheme(new URLSearchParams(''), [])).toBeUndefined();
  });
});

describe(readSelectedLocations.name, () => {
  it('selects the first few locaties when the URL does not say', () => {
    expect(readSelectedLocations(new URLSearchParams(''), available)).toEqual(
      available.slice(0, DEFAULT_LOCATION_LINES),
    );
  });

  it('selects none for an empty list', () => {
    expect(readSelectedLocations(new URLSearchParams('locaties='), available)).toEqual([]);
  });

  it('keeps the order of the available locaties and drops unknown ids', () => {
    expect(readSelectedLocations(new URLSearchParams('locaties=d,x,a'), available)).toEqual([
      'a',
      'd',
    ]);
  });
});

describe(withLocations.name, () => {
  it('writes readable commas and keeps the theme', () => {
    expect(withLocations(new URLSearchParams('thema=visie'), ['a', 'b'])).toBe(
      '?thema=visie&locaties=a,b',
    );
  });
});

describe(withTheme.name, () => {
  it('keeps the selected locaties when the theme changes', () => {
    expect(withTheme(new URLSearchParams('thema=visie&locaties=a,b'), 'beoordelen')).toBe(
      '?thema=beoordelen&locaties=a,b',
    );
  });
});
