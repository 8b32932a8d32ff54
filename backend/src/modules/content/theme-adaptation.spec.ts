import type { Theme } from '@zet/content';
import {
  adaptableFields,
  applyOverrides,
  checkOverride,
  formatOverridePath,
  inReadingOrder,
  type OverrideTarget,
  parseOverridePath,
  pathProblem,
} from './theme-adaptation';

const text = (words: string) => `${words} — een tekst die lang genoeg is voor de inhoudsregels.`;

function theme(): Theme {
  return {
    code: 'visie',
    name: 'Visie',
    domain: 'visie-en-gespreid-leiderschap',
    safeguards: ['organisatie'],
    cultureElements: ['gedeelde-visie'],
    combinedVariantOf: [],
    introduction: text('Inleiding'),
    assignment: {
      goals: ['Doel één'],
      steps: [
        {
          phase: 'individueel',
          title: 'Alleen',
          instructions: text('Stap een'),
          reflectionCards: [],
        },
        {
          phase: 'reflectie',
          title: 'Kaarten',
          instructions: text('Stap twee'),
          reflectionCards: ['kompas'],
        },
      ],
    },
    worksheet: { instructions: text('Werkblad'), prompts: ['Vraag één'] },
    reflectionCards: [
      { code: 'kompas', title: 'Kompas', insight: text('Inzicht'), questions: ['Waarom?'] },
    ],
    scenarios: [1, 2, 3, 4].map((level) => ({
      level: level as 1 | 2 | 3 | 4,
      description: text(`Scenario ${level}`),
    })),
  };
}

describe(parseOverridePath.name, () => {
  it.each<[string, OverrideTarget]>([
    ['introduction', { field: 'introduction' }],
    ['scenarios.3.description', { field: 'scenarioDescription', level: 3 }],
    ['worksheet.instructions', { field: 'worksheetInstructions' }],
    ['worksheet.prompts', { field: 'worksheetPrompts' }],
    ['assignment.goals', { field: 'assignmentGoals' }],
    ['assignment.steps.2.instructions', { field: 'stepInstructions', step: 2 }],
    ['reflectionCards.eigen-kaart-2', { field: 'reflectionCard', code: 'eigen-kaart-2' }],
  ])('reads %s and writes it back the same', (path, target) => {
    expect(parseOverridePath(path)).toEqual(target);
    expect(formatOverridePath(target)).toBe(path);
  });

  it.each([
    'code',
    'name',
    'scenarios.3.level',
    'scenarios.3',
    'reflectionCards.kompas.code',
    'assignment.steps.1.phase',
  ])('refuses the identity %s with the message that identities are fixed', (path) => {
    expect(parseOverridePath(path)).toBeUndefined();
    expect(pathProblem(path).message).toMatch(/liggen vast/);
  });

  it.each([
    '',
    'scenarios.0.description',
    'reflectionCards.Hoofdletters',
    'reflectionCards',
    'werkblad',
    'introduction.x',
  ])('refuses %p as not adaptable', (path) => {
    expect(parseOverridePath(path)).toBeUndefined();
    expect(pathProblem(path).path).toEqual(['path']);
  });
});

describe(checkOverride.name, () => {
  it('accepts a scenario description and trims it when it passes the content schema', () => {
    const result = checkOverride(
      theme(),
      { field: 'scenarioDescription', level: 3 },
      `  ${text('Nieuw')}  `,
    );
    expect(result).toEqual({ ok: true, value: text('Nieuw') });
  });

  it('refuses an empty text with a Dutch message at value', () => {
    const result = checkOverride(theme(), { field: 'scenarioDescription', level: 3 }, '   ');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: ['value'], message: 'Deze tekst mag niet leeg zijn.' }],
    });
  });

  it('refuses a text that is too short with the rule of the content schema as a sentence', () => {
    const result = checkOverride(theme(), { field: 'introduction' }, 'Kort.');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: ['value'], message: 'Tekst is te kort (minstens 20 tekens).' }],
    });
  });

  it('refuses a scenario object (which would carry a level) where a text belongs', () => {
    const result = checkOverride(
      theme(),
      { field: 'scenarioDescription', level: 2 },
      { level: 3, description: text('x') },
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ path: ['value'], message: 'Vul hier een tekst in.' }],
    });
  });

  it('refuses a part the base does not have when the scenario or step does not exist', () => {
    expect(
      checkOverride(theme(), { field: 'scenarioDescription', level: 5 }, text('x')),
    ).toMatchObject({
      ok: false,
      errors: [{ path: ['path'] }],
    });
    expect(checkOverride(theme(), { field: 'stepInstructions', step: 3 }, text('x'))).toEqual({
      ok: false,
      errors: [{ path: ['path'], message: 'De opdracht heeft geen stap 3; er zijn 2 stappen.' }],
    });
  });

  it('takes the card code from the path and refuses a different one', () => {
    const card = { title: 'Kompas', insight: text('Anders'), questions: ['Hoe?'] };
    expect(checkOverride(theme(), { field: 'reflectionCard', code: 'kompas' }, card)).toEqual({
      ok: true,
      value: { code: 'kompas', ...card },
    });
    expect(
      checkOverride(
        theme(),
        { field: 'reflectionCard', code: 'kompas' },
        { ...card, code: 'ander' },
      ),
    ).toMatchObject({ ok: false, errors: [{ path: ['value', 'code'] }] });
  });

  it('points at the field of a card that breaks the schema, in Dutch', () => {
    const result = checkOverride(
      theme(),
      { field: 'reflectionCard', code: 'nieuw' },
      {
        title: '',
        insight: text('Inzicht'),
        questions: [],
        extra: true,
      },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual(
      expect.arrayContaining([
        { path: ['value'], message: 'Onbekend veld: extra.' },
        { path: ['value', 'title'], message: 'Deze tekst mag niet leeg zijn.' },
        { path: ['value', 'questions'], message: 'Geef minstens één regel.' },
      ]),
    );
  });

  it('refuses texts over 5000 characters', () => {
    expect(checkOverride(theme(), { field: 'introduction' }, 'x'.repeat(5001))).toMatchObject({
      ok: false,
      errors: [{ path: ['value'], message: 'Deze tekst is te lang (hoogstens 5000 tekens).' }],
    });
  });
});

describe(applyOverrides.name, () => {
  it('applies rewrites, appends added cards to the cards and the reflection step, and leaves the base alone', () => {
    const base = theme();
    const added = {
      code: 'eigen',
      title: 'Eigen kaart',
      insight: text('Eigen'),
      questions: ['Wat?'],
    };
    const { theme: effective, overrides } = applyOverrides(base, [
      { path: 'scenarios.3.description', value: text('Onze drie') },
      { path: 'reflectionCards.eigen', value: added },
      { path: 'assignment.steps.2.instructions', value: text('Onze stap') },
    ]);

    expect(effective.scenarios.find((s) => s.level === 3)?.description).toBe(text('Onze drie'));
    expect(effective.scenarios.map((s) => s.level)).toEqual([1, 2, 3, 4]);
    expect(effective.reflectionCards.map((c) => c.code)).toEqual(['kompas', 'eigen']);
    expect(effective.assignment?.steps.map((s) => s.reflectionCards)).toEqual([
      [],
      ['kompas', 'eigen'],
    ]);
    expect(effective.assignment?.steps[1]?.instructions).toBe(text('Onze stap'));
    expect(base).toEqual(theme());

    expect(overrides.map((o) => [o.path, o.kind, o.applied, o.label])).toEqual([
      ['scenarios.3.description', 'rewrite', true, 'Scenario 3: beschrijving'],
      ['reflectionCards.eigen', 'addition', true, 'Reflectiekaart ‘Eigen kaart’'],
      [
        'assignment.steps.2.instructions',
        'rewrite',
        true,
        'Opdracht, stap 2 (Kaarten): aanwijzingen',
      ],
    ]);
    expect(overrides[0]?.base).toBe(text('Scenario 3'));
    expect(overrides[1]?.base).toBeNull();
  });

  it('marks an override the base no longer fits as not applied, and leaves out unknown paths', () => {
    const { theme: effective, overrides } = applyOverrides(theme(), [
      { path: 'assignment.steps.7.instructions', value: text('Weg') },
      { path: 'iets-anders', value: 'x' },
    ]);
    expect(effective).toEqual(theme());
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({ applied: false, base: null, partnership: text('Weg') });
  });
});

describe(inReadingOrder.name, () => {
  it('orders overrides as the theme reads, with added cards after the base cards', () => {
    const paths = [
      'scenarios.1.description',
      'reflectionCards.eigen',
      'introduction',
      'reflectionCards.kompas',
    ];
    expect(
      inReadingOrder(
        theme(),
        paths.map((path) => ({ path })),
      ).map((o) => o.path),
    ).toEqual([
      'introduction',
      'reflectionCards.kompas',
      'reflectionCards.eigen',
      'scenarios.1.description',
    ]);
  });
});

describe(adaptableFields.name, () => {
  it('offers every text of the theme and no identity', () => {
    expect(adaptableFields(theme()).map((f) => f.path)).toEqual([
      'introduction',
      'assignment.goals',
      'assignment.steps.1.instructions',
      'assignment.steps.2.instructions',
      'worksheet.instructions',
      'worksheet.prompts',
      'reflectionCards.kompas',
      'scenarios.1.description',
      'scenarios.2.description',
      'scenarios.3.description',
      'scenarios.4.description',
    ]);
  });
});
