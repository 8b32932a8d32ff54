import { describe, expect, it } from '@jest/globals';
import type { ContentOverride, ThemeDetail } from '@zet/contracts';
import {
  adaptationPaths,
  appliedOverrides,
  linesToList,
  sameValue,
  valueAtPath,
} from './adaptation-paths';

const card = { code: 'kompas', title: 'Kompas', insight: 'Inzicht', questions: ['Vraag?'] };
const theme: ThemeDetail = {
  code: 'visie',
  name: 'Visie',
  domain: 'visie-en-gespreid-leiderschap',
  safeguards: ['organisatie'],
  cultureElements: ['gedeelde-visie'],
  introduction: 'Inleiding',
  combinedVariantOf: [],
  versionId: 'zet-2025',
  assignment: {
    goals: ['Doel'],
    steps: [
      {
        phase: 'individueel',
        title: 'Stap',
        instructions: 'Doe dit',
        minutes: 10,
        reflectionCards: [],
      },
      {
        phase: 'reflectie',
        title: 'Kaart',
        instructions: 'Lees',
        minutes: 20,
        reflectionCards: ['kompas'],
      },
    ],
  },
  worksheet: { instructions: 'Vul in', prompts: ['Vraag 1'] },
  reflectionCards: [card],
  scenarios: [
    { level: 1, description: 'Eén' },
    { level: 3, description: 'Drie' },
  ],
};

describe(valueAtPath.name, () => {
  it('finds each kind of part by its path', () => {
    expect(valueAtPath(theme, adaptationPaths.introduction)).toBe('Inleiding');
    expect(valueAtPath(theme, adaptationPaths.scenario(3))).toBe('Drie');
    expect(valueAtPath(theme, adaptationPaths.step(2))).toBe('Lees');
    expect(valueAtPath(theme, adaptationPaths.worksheetPrompts)).toEqual(['Vraag 1']);
    expect(valueAtPath(theme, adaptationPaths.assignmentGoals)).toEqual(['Doel']);
    expect(valueAtPath(theme, adaptationPaths.card('kompas'))).toEqual(card);
  });

  it('counts steps from 1, as the procesbegeleider reads them', () => {
    expect(valueAtPath(theme, adaptationPaths.step(1))).toBe('Doe dit');
    expect(valueAtPath(theme, adaptationPaths.step(3))).toBeUndefined();
  });

  it('has nothing for a part the theme lacks', () => {
    expect(valueAtPath(theme, adaptationPaths.scenario(2))).toBeUndefined();
    expect(
      valueAtPath({ ...theme, worksheet: null }, adaptationPaths.worksheetInstructions),
    ).toBeUndefined();
    expect(valueAtPath(theme, 'name')).toBeUndefined();
  });
});

describe(appliedOverrides.name, () => {
  const override = (path: string, applied: boolean): ContentOverride => ({
    path,
    field: 'introduction',
    label: path,
    kind: 'rewrite',
    applied,
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedByName: null,
  });

  it('leaves out overrides the base no longer fits', () => {
    const map = appliedOverrides([
      override('introduction', true),
      override('scenarios.9.description', false),
    ]);
    expect([...map.keys()]).toEqual(['introduction']);
  });
});

describe(linesToList.name, () => {
  it('makes one item per non-empty line', () => {
    expect(linesToList(' Eén \n\nTwee\n  ')).toEqual(['Eén', 'Twee']);
  });
});

describe(sameValue.name, () => {
  it('ignores whitespace at the ends when comparing with the saved text', () => {
    expect(sameValue('Tekst ', 'Tekst')).toBe(true);
    expect(sameValue('Tekst', 'Andere tekst')).toBe(false);
  });

  it('compares cards by their texts', () => {
    expect(sameValue(card, { ...card, questions: ['Vraag? '] })).toBe(true);
    expect(sameValue(card, { ...card, title: 'Ander' })).toBe(false);
  });
});
