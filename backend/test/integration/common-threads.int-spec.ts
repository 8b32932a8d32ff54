import {
  type CommonThread,
  commonThreadListSchema,
  commonThreadSchema,
  followedThreadListSchema,
  safeguardsSchema,
  type Problem,
} from '@zet/contracts';
import { THEME_PHRASES } from '../../src/database/seed/demo-phrases';
import {
  jaccard,
  meaningfulLexemes,
  SIMILARITY_THRESHOLD,
} from '../../src/modules/common-threads/finding-similarity';
import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import { signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * Paraphrases from the demo phrase banks (demo-phrases.ts), placed at known locaties:
 *
 * 2024-2025
 *   rijke-leeromgeving-regie-op-leren, development (issue "leerkansen los van leerdoelen"):
 *     Alfa, Beta, Gamma each say it in other words → one suggestion over three locaties.
 *     Delta: "Zonder overzicht van de leerkansen …" (another issue that shares a word) → not in it.
 *   coachen-en-feedback, strength ("veilige begeleidingsrelatie"): Alfa and Gamma → one suggestion.
 *   onderzoekende-houding, development: two paraphrases, both at Beta → one locatie, no suggestion.
 *   visie: the same sentence as a strength at Alfa and a development at Beta → different kinds, none.
 *   A draft evaluation at Delta repeating the leerkansen sentence → not counted.
 * 2023-2024
 *   leerkansen again at Delta and Alfa → a suggestion of that cycle, not of 2024-2025.
 *
 * Placements: beoordelen 2024-2025 Alfa 2, Beta 1.5, Gamma 3 → two of three at or below 2.
 * visie at Alfa: 2022-2023 [2, 2.5], 2023-2024 [2, 3], 2024-2025 [2, 3.5] → the median gap grows 0.5, 1, 1.5.
 */
const LEERKANSEN = {
  alfa: 'Leerkansen in de school worden niet gekoppeld aan de leerdoelen van de student.',
  beta: 'De mogelijkheden van de school en de leerdoelen van studenten komen niet bij elkaar.',
  gamma:
    'Wat een student op school doet, hangt meer af van toeval dan van zijn of haar leerdoelen.',
  delta: 'Zonder overzicht van de leerkansen kunnen studenten geen regie nemen.',
};
const VEILIG = {
  alfa: 'Er is een veilige begeleidingsrelatie tussen student en werkplekbegeleider.',
  gamma:
    'Studenten voelen zich veilig bij hun werkplekbegeleider en durven zich kwetsbaar op te stellen.',
};

describe('Rode lijnen: suggestions, confirming, merging, following', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof seed>>;

  async function seed() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db);
    const names = ['Alfaschool', 'Betacollege', 'Gammalyceum', 'Deltaschool'] as const;
    const [alfa, beta, gamma, delta] = await Promise.all(
      names.map((name) => createLocation(db, p.id, { name })),
    );
    const cycles: Record<string, string> = {};
    for (const y of ['2022-2023', '2023-2024', '2024-2025'])
      cycles[y] = (await createCycle(db, p.id, y)).id;

    const session = async (
      locationId: string,
      year: string,
      theme: string,
      placement: [number | null, number | null],
      findings: ['strength' | 'development', string][] = [],
      status: 'draft' | 'finalised' = 'finalised',
    ) => {
      const { evaluation, round } = await createEvaluation(db, {
        partnershipId: p.id,
        cycleId: cycles[year]!,
        locationId,
        status,
      });
      const s = await createThemeSession(db, {
        evaluation,
        roundId: round.id,
        themeCode: theme,
        current: placement[0],
        desired: placement[1],
      });
      let position = 0;
      for (const [kind, text] of findings) {
        await db.query(
          `insert into finding (partnership_id, theme_session_id, kind, text, position) values ($1, $2, $3, $4, $5)`,
          [p.id, s.id, kind, text, ++position],
        );
      }
    };
    const Y = '2024-2025';
    const RL = 'rijke-leeromgeving-regie-op-leren';
    await session(alfa!.id, Y, RL, [3, 3], [['development', LEERKANSEN.alfa]]);
    await session(beta!.id, Y, RL, [3, 3], [['development', LEERKANSEN.beta]]);
    await session(gamma!.id, Y, RL, [3, 3], [['development', LEERKANSEN.gamma]]);
    await session(delta!.id, Y, RL, [3, 3], [['development', LEERKANSEN.delta]]);
    await session(delta!.id, Y, RL, [3, 3], [['development', LEERKANSEN.alfa]], 'draft');
    await session(alfa!.id, Y, 'coachen-en-feedback', [3, 3], [['strength', VEILIG.alfa]]);
    await session(gamma!.id, Y, 'coachen-en-feedback', [3, 3], [['strength', VEILIG.gamma]]);
    await session(
      beta!.id,
      Y,
      'onderzoekende-houding',
      [3, 3],
      [
        ['development', 'De begeleiding van onderzoek is versnipperd tussen school en instituut.'],
        [
          'development',
          'Het is onduidelijk wie de student bij het onderzoek begeleidt: de school of het instituut.',
        ],
      ],
    );
    await session(
      alfa!.id,
      Y,
      'visie',
      [2, 3.5],
      [['strength', "De visie is niet bekend bij nieuwe collega's."]],
    );
    await session(
      beta!.id,
      Y,
      'visie',
      [null, null],
      [['development', "De visie is niet bekend bij nieuwe collega's."]],
    );
    await session(alfa!.id, '2023-2024', 'visie', [2, 3]);
    await session(alfa!.id, '2022-2023', 'visie', [2, 2.5]);
    await session(alfa!.id, Y, 'beoordelen', [2, 3]);
    await session(beta!.id, Y, 'beoordelen', [1.5, 3]);
    await session(gamma!.id, Y, 'beoordelen', [3, 3]);
    await session(delta!.id, '2023-2024', RL, [3, 3], [['development', LEERKANSEN.alfa]]);
    await session(alfa!.id, '2023-2024', RL, [3, 3], [['development', LEERKANSEN.beta]]);
    return { p, alfa: alfa!, beta: beta!, gamma: gamma!, delta: delta! };
  }

  beforeAll(async () => {
    t = await createTestApp();
    f = await seed();
  });
  afterAll(async () => {
    await t.close();
  });

  const url = (path = '') => `/api/v1/partnerships/${f.p.id}/common-threads${path}`;
  const describeThread = (c: CommonThread) =>
    c.kind === 'finding'
      ? `${c.pattern} ${c.theme?.code} ${c.findings
          .map((x) => x.location?.name)
          .sort()
          .join('+')}`
      : `${c.pattern} ${c.theme?.code}`;

  it('suggests findings that recur in other words across locaties, and placement patterns', async () => {
    const { agent, csrf } = await signInAs(t, 'programmaleider', f.p.id);
    const res = await agent
      .post(url('/suggestions'))
      .set('x-csrf-token', csrf)
      .send({ schoolYear: '2024-2025' })
      .expect(200);
    const body = commonThreadListSchema.strict().parse(res.body);
    expect(body.items.map(describeThread).sort()).toEqual([
      'low_placement beoordelen',
      'recurring_finding coachen-en-feedback Alfaschool+Gammalyceum',
      'recurring_finding rijke-leeromgeving-regie-op-leren Alfaschool+Betacollege+Gammalyceum',
      'widening_gap visie',
    ]);
    expect(
      body.items.every(
        (c) => c.status === 'suggested' && c.version === 1 && c.schoolYear === '2024-2025',
      ),
    ).toBe(true);
    const leerkansen = body.items.find(
      (c) => c.theme?.code === 'rijke-leeromgeving-regie-op-leren',
    )!;
    expect(leerkansen.locations).toBe(3);
    expect(leerkansen.findings.map((x) => x.text).sort()).toEqual(
      [LEERKANSEN.alfa, LEERKANSEN.beta, LEERKANSEN.gamma].sort(),
    );
    expect(leerkansen.description).toContain('3 locaties');
    expect(leerkansen.description).toMatch(/in verschillende bewoordingen\.$/);
    const low = body.items.find((c) => c.pattern === 'low_placement')!;
    expect(low.description).toContain('2 van de 3 locaties');
    const gap = body.items.find((c) => c.pattern === 'widening_gap')!;
    expect(gap.description).toContain(
      '2022-2023 0,5 (n=1), 2023-2024 1 (n=1), 2024-2025 1,5 (n=1)',
    );
  });

  it('lets the programmaleider confirm with a name, refuses a stale version, and keeps decisions on a refresh', async () => {
    const { agent, csrf } = await signInAs(t, 'programmaleider', f.p.id);
    const list = commonThreadListSchema.parse(
      (
        await agent
          .post(url('/suggestions'))
          .set('x-csrf-token', csrf)
          .send({ schoolYear: '2024-2025' })
          .expect(200)
      ).body,
    ).items;
    const leerkansen = list.find((c) => c.theme?.code === 'rijke-leeromgeving-regie-op-leren')!;
    const veilig = list.find((c) => c.theme?.code === 'coachen-en-feedback')!;

    const noName = await agent
      .patch(url(`/${leerkansen.id}`))
      .set('x-csrf-token', csrf)
      .send({ version: 1, status: 'confirmed' })
      .expect(400);
    expect((noName.body as Problem).errors).toEqual([expect.objectContaining({ path: ['name'] })]);

    const confirmed = commonThreadSchema.strict().parse(
      (
        await agent
          .patch(url(`/${leerkansen.id}`))
          .set('x-csrf-token', csrf)
          .send({ version: 1, status: 'confirmed', name: 'Leerkansen los van leerdoelen' })
          .expect(200)
      ).body,
    );
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      name: 'Leerkansen los van leerdoelen',
      version: 2,
    });

    await agent
      .patch(url(`/${leerkansen.id}`))
      .set('x-csrf-token', csrf)
      .send({ version: 1, name: 'Te laat' })
      .expect(409);
    await agent
      .patch(url(`/${veilig.id}`))
      .set('x-csrf-token', csrf)
      .send({ version: 1, status: 'dismissed' })
      .expect(200);

    // A refresh replaces untouched suggestions, but does not bring back what was decided.
    const again = commonThreadListSchema.parse(
      (
        await agent
          .post(url('/suggestions'))
          .set('x-csrf-token', csrf)
          .send({ schoolYear: '2024-2025' })
          .expect(200)
      ).body,
    ).items;
    expect(again.map((c) => `${c.status} ${describeThread(c)}`).sort()).toEqual([
      'confirmed recurring_finding rijke-leeromgeving-regie-op-leren Alfaschool+Betacollege+Gammalyceum',
      'dismissed recurring_finding coachen-en-feedback Alfaschool+Gammalyceum',
      'suggested low_placement beoordelen',
      'suggested widening_gap visie',
    ]);

    // Confirmed rode lijnen show under the waarborgen of their theme.
    const safeguards = safeguardsSchema.parse(
      (await agent.get(`/api/v1/partnerships/${f.p.id}/dashboards/safeguards`).expect(200)).body,
    );
    expect(
      safeguards.safeguards
        .find((s) => s.safeguard.code === 'leeromgeving')!
        .commonThreads.map((c) => c.name),
    ).toEqual(['Leerkansen los van leerdoelen']);
  });

  it('merges the same rode lijn found a year earlier into the confirmed one, and follows it over the years', async () => {
    const { agent, csrf } = await signInAs(t, 'programmaleider', f.p.id);
    const earlier = commonThreadListSchema.parse(
      (
        await agent
          .post(url('/suggestions'))
          .set('x-csrf-token', csrf)
          .send({ schoolYear: '2023-2024' })
          .expect(200)
      ).body,
    ).items;
    expect(earlier.map(describeThread)).toEqual([
      'recurring_finding rijke-leeromgeving-regie-op-leren Alfaschool+Deltaschool',
    ]);
    const confirmed = commonThreadListSchema.parse(
      (await agent.get(url('?status=confirmed')).expect(200)).body,
    ).items[0]!;

    const low = commonThreadListSchema
      .parse((await agent.get(url('?schoolYear=2024-2025&status=suggested')).expect(200)).body)
      .items.find((c) => c.pattern === 'low_placement')!;
    const otherKind = await agent
      .post(url(`/${confirmed.id}/merge`))
      .set('x-csrf-token', csrf)
      .send({ version: confirmed.version, sources: [{ id: low.id, version: low.version }] })
      .expect(400);
    expect((otherKind.body as Problem).errors?.[0]?.path).toEqual(['sources', 0, 'id']);
    await agent
      .post(url(`/${confirmed.id}/merge`))
      .set('x-csrf-token', csrf)
      .send({ version: confirmed.version, sources: [{ id: earlier[0]!.id, version: 7 }] })
      .expect(409);

    const merged = commonThreadSchema.strict().parse(
      (
        await agent
          .post(url(`/${confirmed.id}/merge`))
          .set('x-csrf-token', csrf)
          .send({
            version: confirmed.version,
            sources: [{ id: earlier[0]!.id, version: earlier[0]!.version }],
          })
          .expect(200)
      ).body,
    );
    expect(merged).toMatchObject({
      id: confirmed.id,
      status: 'confirmed',
      locations: 4,
      version: confirmed.version + 1,
    });
    expect(merged.findings).toHaveLength(5);
    await agent
      .get(url('?schoolYear=2023-2024'))
      .expect(200)
      .expect((res) => expect((res.body as { items: unknown[] }).items).toEqual([]));

    // Confirm the low-placement pattern too, then follow both over the years.
    await agent
      .patch(url(`/${low.id}`))
      .set('x-csrf-token', csrf)
      .send({ version: low.version, status: 'confirmed', name: 'Beoordelen blijft achter' })
      .expect(200);
    const followed = followedThreadListSchema
      .strict()
      .parse((await agent.get(url('/followed')).expect(200)).body);
    expect(followed.schoolYears).toEqual(['2022-2023', '2023-2024', '2024-2025']);
    const leerkansen = followed.items.find((c) => c.name === 'Leerkansen los van leerdoelen')!;
    expect(leerkansen.years.map((y) => [y.schoolYear, y.locations, y.findings])).toEqual([
      ['2022-2023', 0, 0],
      ['2023-2024', 2, 2],
      ['2024-2025', 3, 3],
    ]);
    const beoordelen = followed.items.find((c) => c.name === 'Beoordelen blijft achter')!;
    // 2024-2025: Alfa 2, Beta 1.5, Gamma 3 → 2 of 3 at or below 2, median 2; gaps 1, 1.5, 0 → median 1.
    expect(beoordelen.years[2]).toEqual({
      schoolYear: '2024-2025',
      locations: 2,
      findings: null,
      resultLocations: 3,
      medianGap: 1,
      medianCurrent: 2,
    });
    expect(beoordelen.years[1]).toMatchObject({
      locations: 0,
      resultLocations: 0,
      medianCurrent: null,
    });
  });

  it('joins no two different issues of the demo phrase banks at the chosen threshold', async () => {
    const items = Object.entries(THEME_PHRASES).flatMap(([theme, phrases]) =>
      (['strengths', 'developments'] as const).flatMap((kind) =>
        phrases[kind].flatMap((issue) =>
          issue.paraphrases.map((text) => ({ group: `${theme}|${kind}`, issue: issue.slug, text })),
        ),
      ),
    );
    const rows = await t.dataSource.query<{ lexemes: string[] }[]>(
      `select tsvector_to_array(to_tsvector('dutch', x)) as lexemes from unnest($1::text[]) with ordinality as u(x, i) order by i`,
      [items.map((i) => i.text)],
    );
    const lexemes = rows.map((r) => meaningfulLexemes(r.lexemes));
    const wrong: string[] = [];
    let joined = 0;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (
          items[i]!.group !== items[j]!.group ||
          jaccard(lexemes[i]!, lexemes[j]!) < SIMILARITY_THRESHOLD
        )
          continue;
        if (items[i]!.issue === items[j]!.issue) joined++;
        else wrong.push(`${items[i]!.text} ~ ${items[j]!.text}`);
      }
    }
    expect(wrong).toEqual([]);
    // Lexical similarity finds some paraphrases, not all: those sharing their key words.
    expect(joined).toBeGreaterThan(0);
  });

  it('keeps rode lijnen to those who see the whole partnership; only the programmaleider changes them', async () => {
    const coordinator = await signInAs(t, 'locatiecoordinator', f.p.id, [f.beta.id]);
    await coordinator.agent.get(url()).expect(404);
    await coordinator.agent.get(url('/followed')).expect(404);
    const board = await signInAs(t, 'stuurgroeplid', f.p.id);
    await board.agent.get(url()).expect(200);
    await board.agent
      .post(url('/suggestions'))
      .set('x-csrf-token', board.csrf)
      .send({ schoolYear: '2024-2025' })
      .expect(404);
  });

  it('answers 404 for a school year without a cycle and for an unknown thread', async () => {
    const { agent, csrf } = await signInAs(t, 'programmaleider', f.p.id);
    await agent
      .post(url('/suggestions'))
      .set('x-csrf-token', csrf)
      .send({ schoolYear: '2030-2031' })
      .expect(404);
    await agent
      .patch(url('/00000000-0000-4000-8000-000000000000'))
      .set('x-csrf-token', csrf)
      .send({ version: 1, name: 'x' })
      .expect(404);
    await agent
      .patch(url('/geen-id'))
      .set('x-csrf-token', csrf)
      .send({ version: 1, name: 'x' })
      .expect(404);
  });
});
