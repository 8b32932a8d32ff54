import {
  contentDiffSchema,
  partnershipTargetGroupListSchema,
  partnershipTargetGroupSchema,
  partnershipThemeListSchema,
  partnershipThemeSchema,
  problemSchema,
  targetGroupSchema,
  listOf,
} from '@zet/contracts';
import { enterPartnershipScope } from '../../src/common/access/scoped-db';
import { ContentService } from '../../src/modules/content/content.service';
import { createCycle, createEvaluation, createPartnership } from '../factories';
import { signInAs, type SignedInAgent } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

/** jest's asymmetric matchers are typed `any`; these name what they stand for. */
const anyText = expect.any(String) as string;
const textMatching = (pattern: RegExp) => expect.stringMatching(pattern) as string;

const VISIE = '/content/versions/zet-2025/themes/visie';
const OUR_SCENARIO_3 =
  'Bij ons praten werkplekbegeleiders, studenten en opleiders elke periode samen over wat ‘leren met hoofd, hart en handen’ in de klas betekent, en toetsen we onze keuzes daaraan.';

describe('Content adaptation by a partnership', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.truncate();
  });

  async function setup() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { name: 'Opleidingsschool Noord' });
    const other = await createPartnership(db, { name: 'Opleidingsschool Zuid' });
    return {
      p,
      other,
      lead: await signInAs(t, 'programmaleider', p.id),
      board: await signInAs(t, 'stuurgroeplid', p.id),
      facilitator: await signInAs(t, 'procesbegeleider', p.id),
      otherLead: await signInAs(t, 'programmaleider', other.id),
    };
  }

  const url = (partnershipId: string, rest: string) =>
    `/api/v1/partnerships/${partnershipId}${rest}`;

  const put = (
    who: SignedInAgent,
    partnershipId: string,
    path: string,
    body: Record<string, unknown>,
  ) =>
    who.agent
      .put(url(partnershipId, `${VISIE}/overrides/${path}`))
      .set('x-csrf-token', who.csrf)
      .send(body);

  const effective = async (who: SignedInAgent, partnershipId: string, theme = VISIE) =>
    partnershipThemeSchema
      .strict()
      .parse((await who.agent.get(url(partnershipId, theme)).expect(200)).body);

  const baseVisie = () => {
    const theme = t.running.app.get(ContentService).baseTheme('zet-2025', 'visie');
    return {
      theme,
      scenario: (level: number) => theme.scenarios.find((s) => s.level === level)!.description,
    };
  };

  const errorsOf = (body: unknown) => problemSchema.parse(body).errors;

  it('shows a rewritten scenario 3 of visie to the procesbegeleider, and the diff lists base and new text', async () => {
    const { p, lead, facilitator } = await setup();
    const res = await put(lead, p.id, 'scenarios.3.description', {
      value: `  ${OUR_SCENARIO_3} `,
      version: null,
    }).expect(200);
    const written = partnershipThemeSchema.strict().parse(res.body);
    expect(written.theme.scenarios.find((s) => s.level === 3)?.description).toBe(OUR_SCENARIO_3);
    expect(written.overrides).toEqual([
      {
        path: 'scenarios.3.description',
        field: 'scenarioDescription',
        label: 'Scenario 3: beschrijving',
        kind: 'rewrite',
        applied: true,
        version: 1,
        updatedAt: anyText,
        updatedByName: textMatching(/^Persoon/),
      },
    ]);

    const seen = await effective(facilitator, p.id);
    expect(seen.baseVersion).toMatchObject({ id: 'zet-2025', current: true });
    expect(seen.theme.scenarios.map((s) => s.level)).toEqual([1, 2, 3, 4]);
    expect(seen.theme.scenarios.find((s) => s.level === 3)?.description).toBe(OUR_SCENARIO_3);
    expect(seen.theme.scenarios.find((s) => s.level === 2)?.description).toBe(
      baseVisie().scenario(2),
    );
    expect(seen.overrides.map((o) => o.path)).toEqual(['scenarios.3.description']);
    expect(seen.adaptable.map((f) => f.path)).toContain('scenarios.3.description');

    const diff = contentDiffSchema
      .strict()
      .parse(
        (await facilitator.agent.get(url(p.id, '/content/versions/zet-2025/diff')).expect(200))
          .body,
      );
    expect(diff.themes).toEqual([
      {
        code: 'visie',
        name: 'Visie',
        changes: [
          expect.objectContaining({
            path: 'scenarios.3.description',
            kind: 'rewrite',
            base: baseVisie().scenario(3),
            partnership: OUR_SCENARIO_3,
          }),
        ],
      },
    ]);

    const list = partnershipThemeListSchema
      .strict()
      .parse(
        (await facilitator.agent.get(url(p.id, '/content/versions/zet-2025/themes')).expect(200))
          .body,
      );
    expect(list.items).toHaveLength(11);
    expect(list.items.find((i) => i.code === 'visie')?.overrideCount).toBe(1);
    expect(list.items.find((i) => i.code === 'beoordelen')?.overrideCount).toBe(0);
  });

  it('lets the programmaleider rewrite the introduction and go back to the base text', async () => {
    const { p, lead } = await setup();
    const intro =
      'Bij ons begint elk gesprek over de visie bij de vraag wat een student op zijn eerste dag merkt.';
    await put(lead, p.id, 'introduction', { value: intro, version: null }).expect(200);
    expect((await effective(lead, p.id)).theme.introduction).toBe(intro);

    const back = await lead.agent
      .delete(url(p.id, `${VISIE}/overrides/introduction?version=1`))
      .set('x-csrf-token', lead.csrf)
      .expect(200);
    const theme = partnershipThemeSchema.strict().parse(back.body);
    expect(theme.theme.introduction).toBe(baseVisie().theme.introduction);
    expect(theme.overrides).toEqual([]);

    const again = await lead.agent
      .delete(url(p.id, `${VISIE}/overrides/introduction`))
      .set('x-csrf-token', lead.csrf)
      .expect(404);
    expect(problemSchema.parse(again.body).detail).toMatch(/bestaat niet \(meer\)/);
  });

  it('refuses writes from a stuurgroeplid and a procesbegeleider with 404, while they may read', async () => {
    const { p, board, facilitator } = await setup();
    for (const who of [board, facilitator]) {
      await put(who, p.id, 'scenarios.3.description', {
        value: OUR_SCENARIO_3,
        version: null,
      }).expect(404);
      await who.agent
        .delete(url(p.id, `${VISIE}/overrides/introduction`))
        .set('x-csrf-token', who.csrf)
        .expect(404);
      await who.agent
        .post(url(p.id, `${VISIE}/reflection-cards`))
        .set('x-csrf-token', who.csrf)
        .send({
          title: 'Kaart',
          insight: 'Een inzicht dat lang genoeg is voor de regels.',
          questions: ['Vraag?'],
        })
        .expect(404);
      await who.agent
        .post(url(p.id, '/content/target-groups'))
        .set('x-csrf-token', who.csrf)
        .send({
          name: 'Zij-instromers',
          description: 'Mensen die vanuit een ander beroep leraar worden.',
        })
        .expect(404);
      await effective(who, p.id);
    }
    const [{ count }] = await t.dataSource.query<[{ count: number }]>(
      `select count(*)::int as count from content_adaptation`,
    );
    expect(count).toBe(0);
  });

  it('keeps one partnership’s adaptation out of sight of another, down to row-level security', async () => {
    const { p, other, lead, otherLead } = await setup();
    await put(lead, p.id, 'scenarios.3.description', {
      value: OUR_SCENARIO_3,
      version: null,
    }).expect(200);

    const theirs = await effective(otherLead, other.id);
    expect(theirs.theme.scenarios.find((s) => s.level === 3)?.description).toBe(
      baseVisie().scenario(3),
    );
    expect(theirs.overrides).toEqual([]);
    const theirDiff = contentDiffSchema
      .strict()
      .parse(
        (await otherLead.agent.get(url(other.id, '/content/versions/zet-2025/diff')).expect(200))
          .body,
      );
    expect(theirDiff.themes).toEqual([]);
    await otherLead.agent.get(url(p.id, VISIE)).expect(404);
    await put(otherLead, p.id, 'scenarios.3.description', {
      value: OUR_SCENARIO_3,
      version: 1,
    }).expect(404);

    // Even a query without a where-clause sees only the scoped partnership's rows.
    const visibleTo = (partnershipId: string) =>
      t.dataSource.transaction(async (db) => {
        await enterPartnershipScope(db, partnershipId);
        const rows = await db.query<{ partnership_id: string }[]>(
          `select partnership_id from content_adaptation`,
        );
        return rows.map((r) => r.partnership_id);
      });
    expect(await visibleTo(other.id)).toEqual([]);
    expect(await visibleTo(p.id)).toEqual([p.id]);
    await expect(
      t.dataSource.transaction(async (db) => {
        await enterPartnershipScope(db, other.id);
        await db.query(
          `insert into content_adaptation (partnership_id, base_version_id, theme_code, path, value) values ($1, 'zet-2025', 'visie', 'introduction', '"x"')`,
          [p.id],
        );
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('answers 409 to a stale version, so two programmaleiders do not overwrite each other', async () => {
    const { p, lead } = await setup();
    const second = await signInAs(t, 'programmaleider', p.id);
    const text = (n: number) => `${OUR_SCENARIO_3} (versie ${n})`;

    await put(lead, p.id, 'scenarios.3.description', { value: text(1), version: null }).expect(200);
    const taken = await put(second, p.id, 'scenarios.3.description', {
      value: text(2),
      version: null,
    }).expect(409);
    expect(problemSchema.parse(taken.body).detail).toMatch(/intussen al aangepast/);

    const updated = await put(second, p.id, 'scenarios.3.description', {
      value: text(2),
      version: 1,
    }).expect(200);
    expect(partnershipThemeSchema.parse(updated.body).overrides[0]?.version).toBe(2);

    const stale = await put(lead, p.id, 'scenarios.3.description', { value: text(3), version: 1 })
      .expect(409)
      .expect('content-type', /application\/problem\+json/);
    expect(problemSchema.parse(stale.body).detail).toBe(
      'Iemand anders heeft deze aanpassing intussen gewijzigd of teruggezet. Laad de nieuwste versie en probeer het opnieuw.',
    );
    await lead.agent
      .delete(url(p.id, `${VISIE}/overrides/scenarios.3.description?version=1`))
      .set('x-csrf-token', lead.csrf)
      .expect(409);
    expect(
      (await effective(lead, p.id)).theme.scenarios.find((s) => s.level === 3)?.description,
    ).toBe(text(2));
  });

  it('refuses an empty or too short text with 400 and the field path', async () => {
    const { p, lead } = await setup();
    const empty = await put(lead, p.id, 'scenarios.3.description', { value: '   ', version: null })
      .expect(400)
      .expect('content-type', /application\/problem\+json/);
    expect(problemSchema.parse(empty.body).detail).toMatch(/Controleer de gemarkeerde velden/);
    expect(errorsOf(empty.body)).toEqual([
      { path: ['value'], message: 'Deze tekst mag niet leeg zijn.' },
    ]);

    const short = await put(lead, p.id, 'introduction', {
      value: 'Te kort.',
      version: null,
    }).expect(400);
    expect(errorsOf(short.body)).toEqual([
      { path: ['value'], message: 'Tekst is te kort (minstens 20 tekens).' },
    ]);

    const prompts = await put(lead, p.id, 'worksheet.prompts', {
      value: ['Eerste vraag', ''],
      version: null,
    }).expect(400);
    expect(errorsOf(prompts.body)).toEqual([
      { path: ['value', 1], message: 'Deze tekst mag niet leeg zijn.' },
    ]);

    const noVersion = await put(lead, p.id, 'introduction', { value: OUR_SCENARIO_3 }).expect(400);
    expect(errorsOf(noVersion.body)).toEqual([
      { path: ['version'], message: textMatching(/versie/) },
    ]);
    expect(await t.dataSource.query(`select 1 from content_adaptation`)).toEqual([]);
  });

  it('adds reflection cards of the partnership, offered in the reflection step and listed as additions', async () => {
    const { p, lead, facilitator } = await setup();
    const card = {
      title: 'Onze kernwaarden in de klas',
      insight: 'Een kernwaarde leeft pas als je haar kunt aanwijzen in een les van vandaag.',
      questions: ['Welke kernwaarde zag je vandaag terug?', 'Waar ontbrak ze?'],
    };
    const add = (body: Record<string, unknown>) =>
      lead.agent
        .post(url(p.id, `${VISIE}/reflection-cards`))
        .set('x-csrf-token', lead.csrf)
        .send(body);

    const first = partnershipThemeSchema.strict().parse((await add(card).expect(201)).body);
    const second = partnershipThemeSchema.strict().parse((await add(card).expect(201)).body);
    expect(first.theme.reflectionCards.at(-1)).toEqual({
      code: 'onze-kernwaarden-in-de-klas',
      ...card,
    });
    expect(second.theme.reflectionCards.map((c) => c.code).slice(-2)).toEqual([
      'onze-kernwaarden-in-de-klas',
      'onze-kernwaarden-in-de-klas-2',
    ]);

    const seen = await effective(facilitator, p.id);
    const baseCards = baseVisie().theme.reflectionCards.map((c) => c.code);
    expect(seen.theme.reflectionCards.map((c) => c.code)).toEqual([
      ...baseCards,
      'onze-kernwaarden-in-de-klas',
      'onze-kernwaarden-in-de-klas-2',
    ]);
    const reflection = seen.theme.assignment?.steps.find((s) => s.phase === 'reflectie');
    expect(reflection?.reflectionCards).toEqual([
      ...baseCards,
      'onze-kernwaarden-in-de-klas',
      'onze-kernwaarden-in-de-klas-2',
    ]);
    expect(seen.overrides.map((o) => [o.path, o.kind, o.label])).toEqual([
      [
        'reflectionCards.onze-kernwaarden-in-de-klas',
        'addition',
        'Reflectiekaart ‘Onze kernwaarden in de klas’',
      ],
      [
        'reflectionCards.onze-kernwaarden-in-de-klas-2',
        'addition',
        'Reflectiekaart ‘Onze kernwaarden in de klas’',
      ],
    ]);

    const diff = contentDiffSchema
      .strict()
      .parse(
        (await lead.agent.get(url(p.id, '/content/versions/zet-2025/diff?theme=visie')).expect(200))
          .body,
      );
    expect(diff.themes[0]?.changes[0]).toMatchObject({
      kind: 'addition',
      base: null,
      partnership: { code: 'onze-kernwaarden-in-de-klas', ...card },
    });

    const invalid = await add({ ...card, questions: [] }).expect(400);
    expect(errorsOf(invalid.body)).toEqual([
      { path: ['questions'], message: 'Geef minstens één regel.' },
    ]);

    // A card of the base can be rewritten in place, under its own code.
    const rewritten = { ...card, title: 'Eigenaarschap, bij ons gezegd' };
    const res = await put(lead, p.id, 'reflectionCards.eigenaarschap-van-de-visie', {
      value: rewritten,
      version: null,
    }).expect(200);
    const theme = partnershipThemeSchema.parse(res.body);
    expect(theme.theme.reflectionCards[0]).toEqual({
      code: 'eigenaarschap-van-de-visie',
      ...rewritten,
    });
    expect(theme.overrides[0]).toMatchObject({
      path: 'reflectionCards.eigenaarschap-van-de-visie',
      kind: 'rewrite',
    });
  });

  it('refuses to change codes and levels with 400, so results stay comparable', async () => {
    const { p, lead } = await setup();
    const level = await put(lead, p.id, 'scenarios.3.level', { value: 2, version: null }).expect(
      400,
    );
    expect(problemSchema.parse(level.body).detail).toMatch(/liggen vast/);
    expect(errorsOf(level.body)).toEqual([
      { path: ['path'], message: textMatching(/liggen vast/) },
    ]);

    for (const path of [
      'code',
      'name',
      'scenarios.3',
      'assignment.steps.1.phase',
      'reflectionCards.visie-als-kompas.code',
    ]) {
      const res = await put(lead, p.id, path, { value: 'iets-anders', version: null }).expect(400);
      expect(errorsOf(res.body)?.[0]?.path).toEqual(['path']);
    }

    const card = baseVisie().theme.reflectionCards[0]!;
    const recoded = await put(lead, p.id, `reflectionCards.${card.code}`, {
      value: { ...card, code: 'andere-code' },
      version: null,
    }).expect(400);
    expect(errorsOf(recoded.body)).toEqual([
      {
        path: ['value', 'code'],
        message: textMatching(/code van een reflectiekaart ligt vast/),
      },
    ]);

    const scenario = await put(lead, p.id, 'scenarios.3.description', {
      value: { level: 2, description: OUR_SCENARIO_3 },
      version: null,
    }).expect(400);
    expect(errorsOf(scenario.body)).toEqual([
      { path: ['value'], message: 'Vul hier een tekst in.' },
    ]);

    const missing = await put(lead, p.id, 'scenarios.5.description', {
      value: OUR_SCENARIO_3,
      version: null,
    }).expect(400);
    expect(errorsOf(missing.body)).toEqual([
      { path: ['path'], message: textMatching(/geen scenario 5/) },
    ]);
    expect(await t.dataSource.query(`select 1 from content_adaptation`)).toEqual([]);
  });

  it('adapts the texts of an older version on their own, and refuses parts that version lacks', async () => {
    const { p, lead } = await setup();
    const old = '/content/versions/passietool-2019/themes/visie';
    const res = await lead.agent
      .put(url(p.id, `${old}/overrides/scenarios.3.description`))
      .set('x-csrf-token', lead.csrf)
      .send({ value: OUR_SCENARIO_3, version: null })
      .expect(200);
    expect(partnershipThemeSchema.parse(res.body).baseVersion).toMatchObject({
      id: 'passietool-2019',
      current: false,
    });
    expect((await effective(lead, p.id)).overrides).toEqual([]);

    const noWorksheet = await lead.agent
      .put(url(p.id, `${old}/overrides/worksheet.instructions`))
      .set('x-csrf-token', lead.csrf)
      .send({ value: OUR_SCENARIO_3, version: null })
      .expect(400);
    expect(errorsOf(noWorksheet.body)).toEqual([
      { path: ['path'], message: 'Dit thema heeft in deze versie geen werkblad.' },
    ]);

    await lead.agent.get(url(p.id, '/content/versions/zet-1999/themes/visie')).expect(404);
    await lead.agent.get(url(p.id, '/content/versions/zet-2025/themes/bestaat-niet')).expect(404);
  });

  it('adds a doelgroep of the partnership next to the ZET’s own, and removes it again', async () => {
    const { p, lead, facilitator } = await setup();
    await t.dataSource.query(
      `insert into target_group (partnership_id, code, name) values ($1, 'voltijd-1e-graads', 'Voltijd eerstegraads')`,
      [p.id],
    );
    const group = {
      name: 'Zij-instromers in het po',
      description: 'Mensen die vanuit een ander beroep leraar basisonderwijs worden.',
    };
    const add = (body: Record<string, unknown>) =>
      lead.agent
        .post(url(p.id, '/content/target-groups'))
        .set('x-csrf-token', lead.csrf)
        .send(body);

    const added = partnershipTargetGroupSchema.strict().parse((await add(group).expect(201)).body);
    expect(added).toMatchObject({
      code: 'zij-instromers-in-het-po',
      ...group,
      origin: 'partnership',
      archived: false,
    });

    const list = partnershipTargetGroupListSchema
      .strict()
      .parse((await facilitator.agent.get(url(p.id, '/content/target-groups')).expect(200)).body);
    expect(list.items.map((g) => [g.code, g.origin])).toEqual([
      ['voltijd-1e-graads', 'base'],
      ['zij-instromers-in-het-po', 'partnership'],
    ]);
    expect(list.items[0]?.description).toMatch(/voltijdse opleiding/);
    // Evaluations pick doelgroepen from the partnership's list, which now has it too.
    const groups = listOf(targetGroupSchema).parse(
      (await facilitator.agent.get(url(p.id, '/target-groups')).expect(200)).body,
    );
    expect(groups.items.map((g) => g.code)).toContain('zij-instromers-in-het-po');

    const diff = contentDiffSchema.parse(
      (await lead.agent.get(url(p.id, '/content/versions/zet-2025/diff')).expect(200)).body,
    );
    expect(diff.targetGroups.map((g) => g.code)).toEqual(['zij-instromers-in-het-po']);

    const twice = await add({ ...group, name: 'zij-instromers in het PO' }).expect(409);
    expect(problemSchema.parse(twice.body).detail).toBe(
      'Dit partnerschap heeft al een doelgroep met deze naam.',
    );
    const empty = await add({ name: ' ', description: group.description }).expect(400);
    expect(errorsOf(empty.body)).toEqual([
      { path: ['name'], message: 'Deze tekst mag niet leeg zijn.' },
    ]);

    const remove = (id: string) =>
      lead.agent.delete(url(p.id, `/content/target-groups/${id}`)).set('x-csrf-token', lead.csrf);
    await remove(list.items[0]!.id).expect(400);
    await remove(added.id).expect(204);
    await remove(added.id).expect(404);
    await remove('geen-id').expect(404);
    const after = partnershipTargetGroupListSchema.parse(
      (await lead.agent.get(url(p.id, '/content/target-groups')).expect(200)).body,
    );
    expect(after.items.map((g) => g.code)).toEqual(['voltijd-1e-graads']);
  });

  it('archives a doelgroep that evaluations use instead of deleting it, and brings it back when added again', async () => {
    const { p, lead } = await setup();
    const group = {
      name: 'Zij-instromers',
      description: 'Mensen die vanuit een ander beroep leraar worden.',
    };
    const add = () =>
      lead.agent
        .post(url(p.id, '/content/target-groups'))
        .set('x-csrf-token', lead.csrf)
        .send(group);
    const added = partnershipTargetGroupSchema.parse((await add().expect(201)).body);

    const db = t.dataSource.manager;
    const cycle = await createCycle(db, p.id, '2024-2025');
    const { evaluation } = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: cycle.id,
      locationId: null,
    });
    await db.query(
      `insert into evaluation_target_group (evaluation_id, partnership_id, target_group_id) values ($1, $2, $3)`,
      [evaluation.id, p.id, added.id],
    );

    await lead.agent
      .delete(url(p.id, `/content/target-groups/${added.id}`))
      .set('x-csrf-token', lead.csrf)
      .expect(204);
    const list = partnershipTargetGroupListSchema.parse(
      (await lead.agent.get(url(p.id, '/content/target-groups')).expect(200)).body,
    );
    expect(list.items).toEqual([expect.objectContaining({ id: added.id, archived: true })]);

    const back = partnershipTargetGroupSchema.parse((await add().expect(201)).body);
    expect(back).toMatchObject({ id: added.id, archived: false });
  });
});
