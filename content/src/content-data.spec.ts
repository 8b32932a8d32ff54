import { type ContentBundle, loadContent } from './loader';
import type { SafeguardCode, Theme } from './schemas';

// The shipped data, checked against the tables of DESIGN.md §2, the handleiding and the katern.
// The expectations are written out by hand on purpose: they are the reading the project uses.

const zet2025Themes: readonly {
  code: string;
  name: string;
  domain: string;
  safeguards: SafeguardCode[];
  cultureElements: string[];
}[] = [
  {
    code: 'visie',
    name: 'Visie',
    domain: 'visie-en-gespreid-leiderschap',
    safeguards: ['lerende-leraar', 'organisatie', 'kwaliteitscultuur'],
    cultureElements: ['gedeelde-visie'],
  },
  {
    code: 'gespreid-leiderschap',
    name: 'Gespreid leiderschap',
    domain: 'visie-en-gespreid-leiderschap',
    safeguards: ['organisatie', 'kwaliteitscultuur'],
    cultureElements: ['visiegedreven-leiderschap'],
  },
  {
    code: 'kwaliteitsontwikkeling',
    name: 'Kwaliteitsontwikkeling',
    domain: 'kwaliteit-en-professionalisering',
    safeguards: ['organisatie', 'kwaliteitscultuur'],
    cultureElements: ['datagedreven-cyclisch-werken', 'effectieve-professionalisering'],
  },
  {
    code: 'professionalisering',
    name: 'Professionalisering en professionele ontwikkeling',
    domain: 'kwaliteit-en-professionalisering',
    safeguards: ['lerende-leraar', 'organisatie', 'kwaliteitscultuur'],
    cultureElements: ['effectieve-professionalisering'],
  },
  {
    code: 'theorie-praktijk-persoon',
    name: 'Theorie, praktijk & persoon',
    domain: 'leren-en-leeromgeving',
    safeguards: ['leeromgeving'],
    cultureElements: ['aan-de-slag-met-inhoud'],
  },
  {
    code: 'onderzoekende-houding',
    name: 'Onderzoekende houding en handelen',
    domain: 'leren-en-leeromgeving',
    safeguards: ['leeromgeving'],
    cultureElements: ['aan-de-slag-met-inhoud'],
  },
  {
    code: 'rijke-leeromgeving',
    name: 'Rijke leeromgeving',
    domain: 'leren-en-leeromgeving',
    safeguards: ['leeromgeving'],
    cultureElements: ['aan-de-slag-met-inhoud'],
  },
  {
    code: 'rijke-leeromgeving-regie-op-leren',
    name: 'Rijke leeromgeving & regie op leren',
    domain: 'leren-en-leeromgeving',
    safeguards: ['leeromgeving'],
    cultureElements: ['aan-de-slag-met-inhoud'],
  },
  {
    code: 'coachen-en-feedback',
    name: 'Coachen en feedback',
    domain: 'leren-en-leeromgeving',
    safeguards: ['leeromgeving', 'lerende-leraar'],
    cultureElements: ['aan-de-slag-met-inhoud'],
  },
  {
    code: 'regie-op-leren',
    name: 'Regie op leren',
    domain: 'leren-en-leeromgeving',
    safeguards: ['leeromgeving', 'lerende-leraar'],
    cultureElements: ['aan-de-slag-met-inhoud'],
  },
  {
    code: 'beoordelen',
    name: 'Beoordelen',
    domain: 'leren-en-leeromgeving',
    safeguards: ['leeromgeving'],
    cultureElements: ['aan-de-slag-met-inhoud'],
  },
];

const V = 'gedeelde-visie';
const L = 'visiegedreven-leiderschap';
const D = 'datagedreven-cyclisch-werken';
const P = 'effectieve-professionalisering';
const I = 'aan-de-slag-met-inhoud';

/** Katern table 3.1: instrument → the culture elements it is marked with. */
const katernTable31: Record<string, string[]> = {
  'het-draait-om-de-bedoeling': [V, L],
  'routekaart-draagvlak': [V],
  'blik-op-samen-opleiden': [V],
  'van-individueel-naar-collectief': [V],
  visiepraatplaat: [V],
  passietool: [V, L, D, P, I],
  kwaliteitslemniscaat: [L, D],
  kwaliteitswaaier: [L, D],
  datadialoog: [D],
  'werken-met-datapunten': [D],
  'scan-samen-opleiden': [P],
  'instrument-voor-dialoog': [V, P],
  'narratieve-interviews': [V, D, P],
  'competenties-voor-visierealisatie': [P],
  'kijkkader-praktijken': [D, I],
  'als-je-het-doet-doe-het-dan-goed': [I],
  'van-opdracht-naar-opgave': [I],
  'gesprekskaarten-inductie': [I],
};

/** Katern ch. 4: instrument → the goals it is recommended for. */
const katernChapter4: Record<string, string[]> = {
  datadialoog: ['in-gesprek-over-data'],
  kwaliteitswaaier: ['continue-aandacht-voor-kwaliteit'],
  passietool: [
    'complexiteit-van-beoordelen',
    'complexiteit-van-coachen-en-feedback',
    'leermogelijkheden-in-kaart',
  ],
  'blik-op-samen-opleiden': ['visie-en-eigen-rol'],
  'gesprekskaarten-inductie': ['inzicht-in-inductiebeleid'],
  'als-je-het-doet-doe-het-dan-goed': ['begeleiding-startende-collegas'],
  'van-opdracht-naar-opgave': ['uitdagingen-lio-en-starters'],
};

const sorted = (values: readonly string[]) => [...values].sort();

function themesOf(bundle: ContentBundle, versionId: string): Theme[] {
  return [...(bundle.versions.get(versionId)?.themes.values() ?? [])];
}

/** Every string in a value, with where it was found. */
function* strings(value: unknown, at: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [at, value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* strings(item, `${at}[${i}]`);
  else if (value instanceof Map)
    for (const [k, item] of value) yield* strings(item, `${at}.${String(k)}`);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, item] of Object.entries(value)) yield* strings(item, `${at}.${k}`);
  }
}

describe(loadContent.name, () => {
  let bundle: ContentBundle;

  beforeAll(() => {
    bundle = loadContent();
  });

  describe('with the shipped data', () => {
    it('loads both versions and takes zet-2025 as current when it is the newest', () => {
      expect([...bundle.versions.keys()]).toEqual(['passietool-2019', 'zet-2025']);
      expect(bundle.currentVersionId).toBe('zet-2025');
      expect(bundle.versions.get('zet-2025')?.manifest.predecessor).toBe('passietool-2019');
      expect(bundle.versions.get('passietool-2019')?.manifest.predecessor).toBeNull();
    });

    it('lists the zet-2025 themes in the order and domains of handleiding table 1 when loaded', () => {
      const themes = themesOf(bundle, 'zet-2025');

      expect(themes.map(({ code, name, domain }) => ({ code, name, domain }))).toEqual(
        zet2025Themes.map(({ code, name, domain }) => ({ code, name, domain })),
      );
    });

    it.each(zet2025Themes)(
      'links $code to exactly the waarborgen of handleiding table 1',
      (expected) => {
        const theme = bundle.versions.get('zet-2025')?.themes.get(expected.code);

        expect(sorted(theme?.safeguards ?? [])).toEqual(sorted(expected.safeguards));
      },
    );

    it.each(zet2025Themes)(
      'links $code to exactly the culture elements of katern table 3.1',
      (expected) => {
        const theme = bundle.versions.get('zet-2025')?.themes.get(expected.code);

        expect(sorted(theme?.cultureElements ?? [])).toEqual(sorted(expected.cultureElements));
      },
    );

    it('marks only the combined theme as a variant of rijke leeromgeving and regie op leren', () => {
      const variants = themesOf(bundle, 'zet-2025').filter((t) => t.combinedVariantOf.length > 0);

      expect(variants.map((t) => [t.code, sorted(t.combinedVariantOf)])).toEqual([
        ['rijke-leeromgeving-regie-op-leren', ['regie-op-leren', 'rijke-leeromgeving']],
      ]);
    });

    it('maps every theme of every version onto a theme of the current version', () => {
      const current = bundle.versions.get(bundle.currentVersionId);
      for (const [versionId, version] of bundle.versions) {
        for (const code of version.themes.keys()) {
          expect(current?.themes.has(bundle.canonicalThemeCode(versionId, code))).toBe(true);
        }
      }
    });

    it('maps the renamed and merged passietool themes when following the mapping', () => {
      const canonical = (code: string) => bundle.canonicalThemeCode('passietool-2019', code);

      expect(canonical('theorie-persoon-praktijk')).toBe('theorie-praktijk-persoon');
      expect(canonical('contextrijke-leeromgeving')).toBe('rijke-leeromgeving');
      expect(canonical('onderzoekende-houding')).toBe('onderzoekende-houding');
      expect(canonical('samen-onderzoeken')).toBe('onderzoekende-houding');
      expect(canonical('visie')).toBe('visie');
    });

    it('keeps the domain and waarborgen of a passietool theme when it maps onto a current theme', () => {
      const current = bundle.versions.get('zet-2025');
      for (const old of themesOf(bundle, 'passietool-2019')) {
        const successor = current?.themes.get(
          bundle.canonicalThemeCode('passietool-2019', old.code),
        );

        expect({ code: old.code, domain: old.domain, safeguards: sorted(old.safeguards) }).toEqual({
          code: old.code,
          domain: successor?.domain,
          safeguards: sorted(successor?.safeguards ?? []),
        });
      }
    });

    it('has the framework lists of DESIGN §2 when loaded', () => {
      const f = bundle.framework;

      expect(f.safeguards.map((s) => s.code)).toEqual([
        'lerende-leraar',
        'leeromgeving',
        'organisatie',
        'kwaliteitscultuur',
      ]);
      expect(f.domains.map((d) => d.code)).toEqual([
        'visie-en-gespreid-leiderschap',
        'kwaliteit-en-professionalisering',
        'leren-en-leeromgeving',
      ]);
      expect(
        f.scenarios.map(({ level, name, inkPhase, baseline }) => ({
          level,
          name,
          inkPhase,
          baseline,
        })),
      ).toEqual([
        {
          level: 1,
          name: 'Individuele begeleiding',
          inkPhase: 'activiteitgericht',
          baseline: false,
        },
        { level: 2, name: 'Commitment Samen Opleiden', inkPhase: 'procesgericht', baseline: true },
        { level: 3, name: 'Verbinden en verbreden', inkPhase: 'systeemgericht', baseline: false },
        { level: 4, name: 'Co-creatie en innovatie', inkPhase: 'ketengericht', baseline: false },
      ]);
      expect(f.cultureElements.map((e) => [e.code, e.name])).toEqual([
        [V, 'Gedeelde doorleefde visie'],
        [L, 'Integraal visiegedreven leiderschap'],
        [D, 'Datagedreven en cyclisch werken'],
        [P, 'Effectieve professionalisering en reflectie'],
        [I, 'Aan de slag met de inhoud'],
      ]);
      expect(Object.fromEntries(f.roles.map((r) => [r.code, r.side]))).toEqual({
        werkplekbegeleider: 'school',
        schoolopleider: 'school',
        instituutsopleider: 'instituut',
        onderzoeksbegeleider: 'beide',
        'coach-startende-leraren': 'school',
        schoolleider: 'school',
        'mt-instituut': 'instituut',
        student: 'beide',
        'startende-leraar': 'school',
        programmaleider: 'beide',
        stuurgroeplid: 'beide',
        overig: 'beide',
      });
      expect(f.targetGroups.map((t) => t.code)).toEqual([
        'voltijd-1e-graads',
        'voltijd-2e-graads',
        'deeltijd-1e-graads',
        'deeltijd-2e-graads',
        'kop',
        'minor',
        'alo',
        'pdg',
        'inductie',
        'zittende-leraren',
      ]);
      expect(f.pdcaPhases.map((p) => p.code)).toEqual(['plan', 'do', 'check', 'act']);
      expect(f.imwrElements.map((e) => e.code)).toEqual([
        'inspireren',
        'mobiliseren',
        'waarderen',
        'reflecteren',
      ]);
    });

    it('lists every instrument of katern table 3.1 with exactly its elements', () => {
      const actual = Object.fromEntries(
        bundle.framework.instruments.map((i) => [i.code, sorted(i.cultureElements)]),
      );
      const expected = Object.fromEntries(
        Object.entries(katernTable31).map(([code, els]) => [code, sorted(els)]),
      );

      expect(actual).toEqual(expected);
    });

    it('links instruments to the goals of katern chapter 4 and nothing else', () => {
      const actual = Object.fromEntries(
        bundle.framework.instruments
          .filter((i) => i.goals.length > 0)
          .map((i) => [i.code, sorted(i.goals)]),
      );
      const expected = Object.fromEntries(
        Object.entries(katernChapter4).map(([code, goals]) => [code, sorted(goals)]),
      );

      expect(actual).toEqual(expected);
      expect(sorted(bundle.framework.guidanceGoals.map((g) => g.code))).toEqual(
        sorted(Object.values(katernChapter4).flat()),
      );
    });

    it('has the eight V of the Kwaliteitswaaier in order', () => {
      expect(bundle.framework.qualityFan.map((v) => v.name)).toEqual([
        'Visie',
        'Vertalen',
        'Voorwaarden en verantwoordelijkheden',
        'Verzamelen',
        'Verwerken en verantwoorden',
        'Vasthouden',
        'Verbeteren',
        'Verwijderen',
      ]);
    });

    it('fills the roles table of katern 2.3 for at least its seven named roles', () => {
      expect(bundle.framework.roleNeeds.map((n) => n.role)).toEqual(
        expect.arrayContaining([
          'student',
          'werkplekbegeleider',
          'schoolopleider',
          'instituutsopleider',
          'onderzoeksbegeleider',
          'programmaleider',
          'stuurgroeplid',
        ]),
      );
    });

    it('covers every waarborg, domein and culture element with a current theme', () => {
      const themes = themesOf(bundle, bundle.currentVersionId);
      const f = bundle.framework;

      expect(
        f.safeguards.filter((s) => !themes.some((t) => t.safeguards.includes(s.code))),
      ).toEqual([]);
      expect(f.domains.filter((d) => !themes.some((t) => t.domain === d.code))).toEqual([]);
      expect(
        f.cultureElements.filter((e) => !themes.some((t) => t.cultureElements.includes(e.code))),
      ).toEqual([]);
      expect(
        f.cultureElements.filter(
          (e) => !f.instruments.some((i) => i.cultureElements.includes(e.code)),
        ),
      ).toEqual([]);
    });

    it('has no empty or placeholder text anywhere when the data is loaded', () => {
      const suspicious = [
        ...strings(bundle.framework, 'framework'),
        ...strings(bundle.versions, 'versions'),
      ].filter(
        ([, text]) =>
          text.trim() === '' ||
          /\b(todo|tbd|fixme|lorem|xxx)\b/i.test(text) ||
          /\s{2,}/.test(text.trim()),
      );

      expect(suspicious).toEqual([]);
    });

    it('gives the zet-2025 manifest a notice and a procesbegeleider guide of 5 to 8 sections', () => {
      const manifest = bundle.versions.get('zet-2025')?.manifest;

      expect(manifest?.notice).toMatch(/HAN/);
      expect(manifest?.guide?.sections.length).toBeGreaterThanOrEqual(5);
      expect(manifest?.guide?.sections.length).toBeLessThanOrEqual(8);
    });

    it('gives every passietool-2019 theme an introduction and four scenario descriptions', () => {
      const incomplete = themesOf(bundle, 'passietool-2019').filter(
        (t) => t.introduction === undefined || t.scenarios.map((s) => s.level).join() !== '1,2,3,4',
      );

      expect(incomplete.map((t) => t.code)).toEqual([]);
    });
  });

  // Written ahead of the theme texts: these pass once every zet-2025 theme file is complete.
  describe('with the full zet-2025 theme materials', () => {
    it.each(zet2025Themes.map((t) => t.code))(
      'gives %s an introduction, assignment, worksheet, 2-4 reflection cards and 4 scenarios',
      (code) => {
        const theme = bundle.versions.get('zet-2025')?.themes.get(code);
        const cards = theme?.reflectionCards.length ?? 0;

        expect({
          introduction: theme?.introduction !== undefined,
          assignment:
            (theme?.assignment?.goals.length ?? 0) > 0 &&
            (theme?.assignment?.steps.length ?? 0) > 0,
          worksheet: (theme?.worksheet?.prompts.length ?? 0) > 0,
          // The count itself shows up in the diff when it is out of range.
          reflectionCards: cards >= 2 && cards <= 4 ? '2-4' : cards,
          scenarioLevels: theme?.scenarios.map((s) => s.level),
        }).toEqual({
          introduction: true,
          assignment: true,
          worksheet: true,
          reflectionCards: '2-4',
          scenarioLevels: [1, 2, 3, 4],
        });
      },
    );

    it.each(zet2025Themes.map((t) => t.code))(
      'starts the assignment of %s individually and ends it with the scenario placement',
      (code) => {
        const steps = bundle.versions.get('zet-2025')?.themes.get(code)?.assignment?.steps ?? [];

        expect([steps[0]?.phase, steps.at(-1)?.phase]).toEqual(['individueel', 'plaatsing']);
      },
    );
  });
});
