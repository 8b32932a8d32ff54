import {
  contentVersionDetailSchema,
  instrumentListSchema,
  katernSchema,
  problemSchema,
  themeDetailSchema,
} from '@zet/contracts';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createMember, signIn } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

/** jest's asymmetric matchers are typed `any`; these name what they stand for. */
const anyText = expect.any(String) as string;
const textMatching = (pattern: RegExp) => expect.stringMatching(pattern) as string;

/**
 * The katern and the versions as the Thema's pages read them. Expected lists are read by hand
 * from content/data/framework/*.yaml and content/data/versions/*.
 */
describe('Content catalogue: instruments, katern and versions', () => {
  let t: TestApp;
  let agent: TestAgent;
  beforeAll(async () => {
    t = await createTestApp();
    ({ agent } = await signIn(t, await createMember(t)));
  });
  afterAll(async () => {
    await t.close();
  });

  const instruments = async (query: string) => {
    const res = await agent.get(`/api/v1/content/instruments${query}`).expect(200);
    return instrumentListSchema.strict().parse(res.body);
  };
  const codes = (list: { items: { code: string }[] }) => list.items.map((i) => i.code);

  describe('GET /content/instruments', () => {
    it('lists the whole catalogue of table 3.1 with names for every code when no filter is given', async () => {
      const list = await instruments('');
      expect(list.total).toBe(18);
      expect(list.items).toHaveLength(18);
      const waaier = list.items.find((i) => i.code === 'kwaliteitswaaier');
      expect(waaier).toMatchObject({
        cultureElements: [
          { code: 'visiegedreven-leiderschap', name: 'Integraal visiegedreven leiderschap' },
          { code: 'datagedreven-cyclisch-werken', name: anyText },
        ],
        roles: [
          { code: 'schoolopleider', name: 'Schoolopleider' },
          { code: 'instituutsopleider', name: 'Instituutsopleider' },
          { code: 'programmaleider', name: anyText },
        ],
        goals: [
          { code: 'continue-aandacht-voor-kwaliteit', name: 'Doorlopend aandacht voor kwaliteit' },
        ],
      });
      for (const item of list.items) {
        expect(item.description.length).toBeGreaterThan(20);
        expect(item.cultureElements.length).toBeGreaterThan(0);
      }
    });

    it('narrows by element, in catalogue order', async () => {
      expect(codes(await instruments('?element=datagedreven-cyclisch-werken'))).toEqual([
        'passietool',
        'kwaliteitslemniscaat',
        'kwaliteitswaaier',
        'datadialoog',
        'werken-met-datapunten',
        'narratieve-interviews',
        'kijkkader-praktijken',
      ]);
    });

    it('narrows by role and goal of ch. 4, and by several filters together', async () => {
      expect(codes(await instruments('?role=schoolopleider'))).toEqual([
        'blik-op-samen-opleiden',
        'passietool',
        'kwaliteitswaaier',
        'datadialoog',
      ]);
      expect(codes(await instruments('?goal=begeleiding-startende-collegas'))).toEqual([
        'als-je-het-doet-doe-het-dan-goed',
      ]);
      expect(
        codes(await instruments('?element=datagedreven-cyclisch-werken&role=schoolopleider')),
      ).toEqual(['passietool', 'kwaliteitswaaier', 'datadialoog']);
      // A known role that no instrument names: an empty list, not an error.
      expect(codes(await instruments('?role=mt-instituut'))).toEqual([]);
    });

    it('offers each filter value an instrument has, with how many instruments have it', async () => {
      const { filters } = await instruments('?role=schoolopleider');
      expect(filters.cultureElements.map((o) => [o.code, o.count])).toEqual([
        ['gedeelde-visie', 8],
        ['visiegedreven-leiderschap', 4],
        ['datagedreven-cyclisch-werken', 7],
        ['effectieve-professionalisering', 5],
        ['aan-de-slag-met-inhoud', 5],
      ]);
      expect(filters.roles.find((o) => o.code === 'schoolopleider')?.count).toBe(4);
      expect(filters.roles.some((o) => o.code === 'mt-instituut')).toBe(false);
      expect(filters.goals).toHaveLength(9);
    });

    it('answers 400 with the field when a filter names something that does not exist', async () => {
      const unknown = await agent
        .get('/api/v1/content/instruments?element=bestaat-niet&goal=ook-niet')
        .expect(400)
        .expect('content-type', /application\/problem\+json/);
      expect(problemSchema.parse(unknown.body).errors).toEqual([
        { path: ['element'], message: textMatching(/bestaat niet/) },
        { path: ['goal'], message: textMatching(/komt niet voor/) },
      ]);
      const malformed = await agent
        .get('/api/v1/content/instruments?role=Schoolopleider')
        .expect(400);
      expect(problemSchema.parse(malformed.body).errors).toEqual([
        { path: ['role'], message: 'Kies een rol uit de lijst.' },
      ]);
    });

    it('is only for signed-in people', async () => {
      await request(t.http).get('/api/v1/content/instruments').expect(401);
      await request(t.http).get('/api/v1/content/katern').expect(401);
      await request(t.http).get('/api/v1/content/versions/zet-2025').expect(401);
    });
  });

  describe('GET /content/katern', () => {
    it('has the five elements, the goals of ch. 4, the eight V’s and the roles table, none of them empty', async () => {
      const katern = katernSchema
        .strict()
        .parse((await agent.get('/api/v1/content/katern').expect(200)).body);
      expect(katern.notice).toMatch(/voorbeeldteksten/);

      expect(katern.cultureElements.map((e) => e.code)).toEqual([
        'gedeelde-visie',
        'visiegedreven-leiderschap',
        'datagedreven-cyclisch-werken',
        'effectieve-professionalisering',
        'aan-de-slag-met-inhoud',
      ]);
      for (const element of katern.cultureElements) {
        expect(element.summary.length).toBeGreaterThan(40);
        expect(element.instruments.length).toBeGreaterThan(0);
        expect(element.themes.length).toBeGreaterThan(0);
      }
      expect(katern.cultureElements[0]?.themes).toContainEqual({ code: 'visie', name: 'Visie' });
      // Every instrument serves at least one element.
      const served = new Set(
        katern.cultureElements.flatMap((e) => e.instruments.map((i) => i.code)),
      );
      expect(served.size).toBe(18);

      expect(katern.guidanceGoals).toHaveLength(9);
      for (const goal of katern.guidanceGoals) {
        expect(goal.summary.length).toBeGreaterThan(20);
        expect(goal.audience.length).toBeGreaterThan(0);
        expect(goal.roles.length).toBeGreaterThan(0);
        expect(goal.instruments.length).toBeGreaterThan(0);
      }
      expect(
        katern.guidanceGoals.find((g) => g.code === 'complexiteit-van-beoordelen')?.themes,
      ).toEqual([{ code: 'beoordelen', name: 'Beoordelen' }]);
      expect(katern.roleGuidance.map((r) => [r.role.code, r.goals.length])).toEqual([
        ['werkplekbegeleider', 6],
        ['schoolopleider', 6],
        ['instituutsopleider', 6],
        ['coach-startende-leraren', 3],
      ]);

      expect(katern.qualityFan.map((v) => v.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(katern.qualityFan.every((v) => v.name.startsWith('V'))).toBe(true);
      for (const v of katern.qualityFan) expect(v.summary.length).toBeGreaterThan(20);

      expect(katern.roleNeeds.map((n) => n.role.code)).toEqual([
        'student',
        'werkplekbegeleider',
        'schoolopleider',
        'instituutsopleider',
        'onderzoeksbegeleider',
        'programmaleider',
        'stuurgroeplid',
        'coach-startende-leraren',
        'schoolleider',
      ]);
      for (const need of katern.roleNeeds) {
        expect(need.role.name).not.toBe(need.role.code);
        expect(need.toImprove.length).toBeGreaterThan(20);
        expect(need.toAccount.length).toBeGreaterThan(20);
      }
    });
  });

  describe('GET /content/versions/:versionId', () => {
    it('serves the current version with the mapping of every theme of its predecessor and the guide', async () => {
      const res = await agent.get('/api/v1/content/versions/zet-2025').expect(200);
      const detail = contentVersionDetailSchema.strict().parse(res.body);
      expect(detail.version).toMatchObject({
        id: 'zet-2025',
        current: true,
        predecessor: 'passietool-2019',
      });
      expect(detail.predecessor).toMatchObject({ id: 'passietool-2019', current: false });
      expect(detail.themes).toHaveLength(11);
      expect(detail.themes.every((theme) => theme.canonicalCode === theme.code)).toBe(true);
      expect(detail.predecessorMapping).toHaveLength(11);
      expect(detail.predecessorMapping).toEqual(
        expect.arrayContaining([
          {
            from: { code: 'samen-onderzoeken', name: anyText },
            to: { code: 'onderzoekende-houding', name: anyText },
          },
          {
            from: { code: 'onderzoekende-houding', name: anyText },
            to: { code: 'onderzoekende-houding', name: anyText },
          },
          {
            from: { code: 'contextrijke-leeromgeving', name: anyText },
            to: { code: 'rijke-leeromgeving', name: anyText },
          },
        ]),
      );
      expect(detail.guide?.title).toBe('Handreiking voor de procesbegeleider');
      expect(detail.guide?.sections.length).toBeGreaterThanOrEqual(5);
    });

    it('serves an older version with the current theme each of its themes continues as', async () => {
      const res = await agent.get('/api/v1/content/versions/passietool-2019').expect(200);
      const detail = contentVersionDetailSchema.strict().parse(res.body);
      expect(detail.version).toMatchObject({
        id: 'passietool-2019',
        current: false,
        predecessor: null,
      });
      expect(detail.predecessor).toBeNull();
      expect(detail.predecessorMapping).toEqual([]);
      expect(detail.guide).toBeNull();
      const canonical = Object.fromEntries(
        detail.themes.map((theme) => [theme.code, theme.canonicalCode]),
      );
      expect(canonical).toMatchObject({
        'theorie-persoon-praktijk': 'theorie-praktijk-persoon',
        'samen-onderzoeken': 'onderzoekende-houding',
        'contextrijke-leeromgeving': 'rijke-leeromgeving',
        visie: 'visie',
      });

      const theme = themeDetailSchema
        .strict()
        .parse(
          (
            await agent
              .get('/api/v1/content/themes/samen-onderzoeken?version=passietool-2019')
              .expect(200)
          ).body,
        );
      expect(theme).toMatchObject({ versionId: 'passietool-2019', code: 'samen-onderzoeken' });
      expect(theme.scenarios).toHaveLength(4);
    });

    it('answers 404 in Dutch for a version that does not exist', async () => {
      const res = await agent.get('/api/v1/content/versions/zet-1999').expect(404);
      expect(problemSchema.parse(res.body).detail).toBe('Deze versie van de ZET bestaat niet.');
    });
  });
});
