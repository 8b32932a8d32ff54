import {
  evaluationConflictSchema,
  evaluationDetailSchema,
  type EvaluationDetail,
  facilitatorOptionsSchema,
  problemSchema,
  themeSessionCaptureSchema,
  themeSessionConflictSchema,
  themeSessionContextSchema,
} from '@zet/contracts';
import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import {
  buildEvaluationPlan,
  buildPlanGroup,
  createTargetGroup,
} from '../factories/evaluation-plans';
import { createMember, signIn, signInAs, type SignedInAgent } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

const anyText = expect.any(String) as string;
const anyList = expect.any(Array) as unknown[];

/** Plan, detail and capture of ZET dagdelen through the API (issue 5, items 1, 2, 3 and 7). */
describe('Evaluations: plan and capture', () => {
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
    const p = await createPartnership(db, { name: 'Opleidingsschool Rivierenland' });
    const north = await createLocation(db, p.id, { name: 'Noorderlicht' });
    const south = await createLocation(db, p.id, { name: 'Zuiderzon' });
    const starters = await createTargetGroup(db, p.id, 'inductie', 'Startende leraren');
    const lead = await signInAs(t, 'programmaleider', p.id);
    const pb = await createMember(t, { partnershipId: p.id, role: 'procesbegeleider' });
    return { p, north, south, starters, lead, pb };
  }

  const post = (who: SignedInAgent, url: string, body: unknown) =>
    who.agent
      .post(url)
      .set('x-csrf-token', who.csrf)
      .send(body as object);
  const put = (who: SignedInAgent, url: string, body: unknown) =>
    who.agent
      .put(url)
      .set('x-csrf-token', who.csrf)
      .send(body as object);
  const patch = (who: SignedInAgent, url: string, body: unknown) =>
    who.agent
      .patch(url)
      .set('x-csrf-token', who.csrf)
      .send(body as object);
  const evaluationsUrl = (pid: string) => `/api/v1/partnerships/${pid}/evaluations`;
  const sessionUrl = (pid: string, e: EvaluationDetail, s: { id: string }) =>
    `${evaluationsUrl(pid)}/${e.id}/sessions/${s.id}`;

  async function plan(who: SignedInAgent, pid: string, body: unknown): Promise<EvaluationDetail> {
    const res = await post(who, evaluationsUrl(pid), body);
    expect(res.status).toBe(201);
    return evaluationDetailSchema.strict().parse(res.body);
  }

  const errorsOf = (body: unknown) => problemSchema.strict().parse(body).errors ?? [];
  const paths = (body: unknown) => errorsOf(body).map((e) => e.path.join('.'));

  describe('plan', () => {
    it('creates a dagdeel with rounds and groups, creates its schooljaar, and warns where the method advises against the plan', async () => {
      const { p, north, starters, lead, pb } = await setup();
      const detail = await plan(
        lead,
        p.id,
        buildEvaluationPlan({
          locationId: north.id,
          targetGroupIds: [starters],
          rounds: [
            {
              label: 'Ronde I',
              groups: [
                buildPlanGroup({ groupLabel: 'A', facilitatorId: pb.userId }),
                buildPlanGroup({
                  themeCode: 'beoordelen',
                  expectedParticipants: [
                    { role: 'werkplekbegeleider', side: 'school', expected: 14 },
                  ],
                }),
                buildPlanGroup({
                  groupLabel: 'B',
                  expectedParticipants: [
                    { role: 'student', side: 'school', expected: 4 },
                    { role: 'instituutsopleider', side: 'instituut', expected: 4 },
                  ],
                }),
              ],
            },
            {
              label: 'Ronde II',
              groups: [
                buildPlanGroup({
                  themeCode: 'kwaliteitsontwikkeling',
                  expectedParticipants: [
                    { role: 'schoolleider', side: 'school', expected: 6 },
                    { role: 'instituutsopleider', side: 'instituut', expected: 6 },
                  ],
                }),
              ],
            },
          ],
        }),
      );

      expect(detail).toMatchObject({
        title: 'ZET-dagdeel Noorderlicht',
        heldOn: '2025-11-12',
        schoolYear: '2025-2026',
        location: { id: north.id, name: 'Noorderlicht' },
        status: 'draft',
        contentVersion: 'zet-2025',
        targetGroups: [{ id: starters, code: 'inductie', name: 'Startende leraren' }],
        version: 1,
        finalisedAt: null,
        permissions: { editPlan: true, finalise: true, correct: false },
      });
      expect(
        detail.rounds.map((r) => [
          r.number,
          r.label,
          r.sessions.map((s) => [s.themeCode, s.groupLabel, s.status]),
        ]),
      ).toEqual([
        [
          1,
          'Ronde I',
          [
            ['visie', 'A', 'empty'],
            ['beoordelen', '', 'empty'],
            ['visie', 'B', 'empty'],
          ],
        ],
        [2, 'Ronde II', [['kwaliteitsontwikkeling', '', 'empty']]],
      ]);
      const first = detail.rounds[0]!.sessions[0]!;
      expect(first).toMatchObject({
        themeName: 'Visie',
        facilitator: { userId: pb.userId, name: anyText },
        canCapture: true,
        version: 1,
      });
      expect(first.expectedParticipants).toHaveLength(4);

      expect(detail.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
        ['single_role', 'rounds.0.groups.1.expectedParticipants'],
        ['group_size', 'rounds.0.groups.2.expectedParticipants'],
        ['duplicate_theme', 'rounds.0.groups.2.themeCode'],
        ['missing_perspective', 'rounds.1.groups.0.expectedParticipants'],
      ]);
      expect(detail.warnings[1]!.message).toBe(
        'Ronde 1, Visie (B): 8 deelnemers verwacht. De ZET-methode raadt 12 tot 16 deelnemers per groep aan.',
      );
      expect(detail.warnings[3]!.message).toContain('geen student verwacht');

      // The schooljaar did not exist: it does now, and the detail reads back the same.
      const cycles = (await lead.agent.get(`/api/v1/partnerships/${p.id}/cycles`).expect(200))
        .body as { items: { schoolYear: string }[] };
      expect(cycles.items.map((c) => c.schoolYear)).toEqual(['2025-2026']);
      const again = evaluationDetailSchema
        .strict()
        .parse((await lead.agent.get(`${evaluationsUrl(p.id)}/${detail.id}`).expect(200)).body);
      expect(again).toEqual(detail);
      const list = (await lead.agent.get(evaluationsUrl(p.id)).expect(200)).body as {
        items: { id: string; sessionCount: number }[];
      };
      expect(list.items).toEqual([expect.objectContaining({ id: detail.id, sessionCount: 4 })]);
    });

    it('plans partnership-wide in an existing schooljaar, with an older content version when asked', async () => {
      const { p, lead } = await setup();
      const cycle = await createCycle(t.dataSource.manager, p.id, '2025-2026');
      const detail = await plan(
        lead,
        p.id,
        buildEvaluationPlan({
          contentVersion: 'passietool-2019',
          rounds: [{ groups: [buildPlanGroup({ themeCode: 'samen-onderzoeken' })] }],
        }),
      );
      expect(detail).toMatchObject({
        location: null,
        title: 'ZET-dagdeel partnerschapsbreed',
        contentVersion: 'passietool-2019',
      });
      expect(detail.rounds[0]!.sessions[0]).toMatchObject({
        themeCode: 'samen-onderzoeken',
        themeName: anyText,
      });
      const [row] = await t.dataSource.query<[{ cycle_id: string }]>(
        `select cycle_id from evaluation where id = $1`,
        [detail.id],
      );
      expect(row.cycle_id).toBe(cycle.id);
    });

    it('refuses a theme that is not in the evaluation’s content version, with the path of the field', async () => {
      const { p, lead } = await setup();
      const current = await post(
        lead,
        evaluationsUrl(p.id),
        buildEvaluationPlan({
          rounds: [
            { groups: [buildPlanGroup(), buildPlanGroup({ themeCode: 'samen-onderzoeken' })] },
          ],
        }),
      );
      expect(current.status).toBe(400);
      expect(errorsOf(current.body)).toEqual([
        {
          path: ['rounds', 0, 'groups', 1, 'themeCode'],
          message: expect.stringContaining(
            'hoort niet bij de gekozen versie van de ZET-inhoud (zet-2025)',
          ) as string,
        },
      ]);
      const older = await post(
        lead,
        evaluationsUrl(p.id),
        buildEvaluationPlan({
          contentVersion: 'passietool-2019',
          rounds: [{ groups: [buildPlanGroup({ themeCode: 'rijke-leeromgeving' })] }],
        }),
      );
      expect(older.status).toBe(400);
      expect(paths(older.body)).toEqual(['rounds.0.groups.0.themeCode']);
      const unknownVersion = await post(
        lead,
        evaluationsUrl(p.id),
        buildEvaluationPlan({ contentVersion: 'zet-1999' }),
      );
      expect(unknownVersion.status).toBe(400);
      expect(paths(unknownVersion.body)).toEqual(['contentVersion']);
      expect((await lead.agent.get(evaluationsUrl(p.id)).expect(200)).body).toEqual({ items: [] });
    });

    it('refuses a locatie, doelgroep or procesbegeleider from outside the partnership, and nothing is created', async () => {
      const { p, lead, starters } = await setup();
      const db = t.dataSource.manager;
      const other = await createPartnership(db, { name: 'Opleidingsschool Elders' });
      const elsewhere = await createLocation(db, other.id, { name: 'Elders College' });
      const theirGroup = await createTargetGroup(db, other.id, 'kop', 'KOP');
      const theirPb = await createMember(t, { partnershipId: other.id, role: 'procesbegeleider' });
      const ourStuurgroep = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });

      const res = await post(
        lead,
        evaluationsUrl(p.id),
        buildEvaluationPlan({
          locationId: elsewhere.id,
          targetGroupIds: [starters, theirGroup],
          rounds: [
            {
              groups: [
                buildPlanGroup({ facilitatorId: theirPb.userId }),
                buildPlanGroup({ themeCode: 'beoordelen', facilitatorId: ourStuurgroep.userId }),
              ],
            },
          ],
        }),
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(errorsOf(res.body)).toEqual([
        { path: ['locationId'], message: 'Deze locatie bestaat niet in dit partnerschap.' },
        {
          path: ['targetGroupIds', 1],
          message: 'Deze doelgroep bestaat niet in dit partnerschap.',
        },
        {
          path: ['rounds', 0, 'groups', 0, 'facilitatorId'],
          message: 'Kies als procesbegeleider iemand met die rol in dit partnerschap.',
        },
        {
          path: ['rounds', 0, 'groups', 1, 'facilitatorId'],
          message: 'Kies als procesbegeleider iemand met die rol in dit partnerschap.',
        },
      ]);
      const [{ n }] = await t.dataSource.query<[{ n: number }]>(
        `select count(*)::int as n from evaluation`,
      );
      expect(n).toBe(0);
    });

    it('answers malformed plans with Dutch field errors, never a 500', async () => {
      const { p, north, lead } = await setup();
      const cases: [unknown, string[]][] = [
        [{}, ['locationId', 'heldOn', 'schoolYear', 'rounds']],
        [buildEvaluationPlan({ heldOn: '2026-09-01' }), ['heldOn']],
        [buildEvaluationPlan({ schoolYear: '2025-2027' }), ['schoolYear']],
        [buildEvaluationPlan({ rounds: [] }), ['rounds']],
        [buildEvaluationPlan({ locationId: 'noord' }), ['locationId']],
        [
          buildEvaluationPlan({ rounds: [{ groups: [buildPlanGroup(), buildPlanGroup()] }] }),
          ['rounds.0.groups.1.groupLabel'],
        ],
        [
          buildEvaluationPlan({
            rounds: [
              {
                groups: [
                  buildPlanGroup({
                    expectedParticipants: [{ role: 'student', side: 'school', expected: -1 }],
                  }),
                ],
              },
            ],
          }),
          ['rounds.0.groups.0.expectedParticipants.0.expected'],
        ],
        [
          buildEvaluationPlan({
            rounds: [
              {
                groups: [
                  buildPlanGroup({
                    expectedParticipants: [{ role: 'directeur', side: 'school', expected: 3 }],
                  }),
                ],
              },
            ],
          }),
          ['rounds.0.groups.0.expectedParticipants.0.role'],
        ],
        [
          buildEvaluationPlan({
            rounds: [
              {
                groups: [
                  buildPlanGroup({
                    expectedParticipants: [
                      { role: 'instituutsopleider', side: 'school', expected: 3 },
                    ],
                  }),
                ],
              },
            ],
          }),
          ['rounds.0.groups.0.expectedParticipants.0.side'],
        ],
        [buildEvaluationPlan({ title: 'x'.repeat(201), locationId: north.id }), ['title']],
        [[1, 2, 3], ['']],
      ];
      for (const [body, expected] of cases) {
        const res = await post(lead, evaluationsUrl(p.id), body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(paths(res.body)).toEqual(expected);
        for (const e of errorsOf(res.body))
          expect(e.message).not.toMatch(/Invalid|expected|received/);
      }
      const detail = problemSchema.parse(
        (await post(lead, evaluationsUrl(p.id), buildEvaluationPlan({ heldOn: '2026-09-01' })))
          .body,
      );
      expect(detail.errors?.[0]?.message).toBe(
        'Deze datum valt niet in schooljaar 2025-2026 (1 augustus 2025 tot en met 31 juli 2026).',
      );
    });

    it('edits a draft plan checked against its version: sessions keep their id, a stale version gets 409 with the current plan', async () => {
      const { p, north, lead, pb } = await setup();
      const created = await plan(
        lead,
        p.id,
        buildEvaluationPlan({
          locationId: north.id,
          rounds: [{ groups: [buildPlanGroup(), buildPlanGroup({ themeCode: 'beoordelen' })] }],
        }),
      );
      const [visie, beoordelen] = created.rounds[0]!.sessions.map((s) => ({ id: s.id })) as [
        { id: string },
        { id: string },
      ];

      const edit = {
        ...buildEvaluationPlan({
          locationId: north.id,
          title: 'Studiemiddag Noorderlicht',
          heldOn: '2026-03-04',
        }),
        version: created.version,
        rounds: [
          {
            label: 'Ochtend',
            groups: [
              buildPlanGroup({
                id: beoordelen.id,
                themeCode: 'beoordelen',
                groupLabel: 'Tafel 1',
                facilitatorId: pb.userId,
              }),
            ],
          },
          {
            label: 'Middag',
            groups: [
              buildPlanGroup({ id: visie.id }),
              buildPlanGroup({ themeCode: 'regie-op-leren' }),
            ],
          },
        ],
      };
      const res = await put(lead, `${evaluationsUrl(p.id)}/${created.id}`, edit);
      expect(res.status).toBe(200);
      const edited = evaluationDetailSchema.strict().parse(res.body);
      expect(edited).toMatchObject({
        title: 'Studiemiddag Noorderlicht',
        heldOn: '2026-03-04',
        version: 2,
      });
      expect(
        edited.rounds.map((r) => [
          r.label,
          r.sessions.map((s) => [
            s.id === visie.id ? 'visie-id' : s.id === beoordelen.id ? 'beoordelen-id' : 'new',
            s.themeCode,
            s.groupLabel,
          ]),
        ]),
      ).toEqual([
        ['Ochtend', [['beoordelen-id', 'beoordelen', 'Tafel 1']]],
        [
          'Middag',
          [
            ['visie-id', 'visie', ''],
            ['new', 'regie-op-leren', ''],
          ],
        ],
      ]);
      expect(edited.rounds[0]!.id).toBe(created.rounds[0]!.id);

      // Someone who still has version 1 gets both: a 409 and the plan as it is now.
      const stale = await put(lead, `${evaluationsUrl(p.id)}/${created.id}`, {
        ...edit,
        title: 'Andere titel',
      });
      expect(stale.status).toBe(409);
      const conflict = evaluationConflictSchema.strict().parse(stale.body);
      expect(conflict.current).toEqual(edited);
      expect(conflict.detail).toMatch(/intussen gewijzigd/);

      // A session with captured data can neither go nor change theme.
      await patch(lead, sessionUrl(p.id, edited, { id: visie.id }), {
        version: 1,
        currentPlacement: 2,
      }).expect(200);
      const drop = await put(lead, `${evaluationsUrl(p.id)}/${created.id}`, {
        ...edit,
        version: 2,
        rounds: [edit.rounds[0]],
      });
      expect(drop.status).toBe(400);
      expect(errorsOf(drop.body)).toEqual([
        {
          path: ['rounds'],
          message:
            'Ronde 2, Visie kan niet uit de planning: er is al iets vastgelegd. Laat het gesprek staan, of maak het eerst leeg.',
        },
      ]);
      const retheme = await put(lead, `${evaluationsUrl(p.id)}/${created.id}`, {
        ...edit,
        version: 2,
        rounds: [
          edit.rounds[0],
          { groups: [buildPlanGroup({ id: visie.id, themeCode: 'beoordelen' })] },
        ],
      });
      expect(retheme.status).toBe(400);
      expect(paths(retheme.body)).toEqual(['rounds.1.groups.0.themeCode']);

      // Dropping a round and an empty session is fine.
      const shrunk = await put(lead, `${evaluationsUrl(p.id)}/${created.id}`, {
        ...edit,
        version: 2,
        rounds: [
          {
            groups: [
              buildPlanGroup({ id: visie.id }),
              buildPlanGroup({ id: beoordelen.id, themeCode: 'beoordelen' }),
            ],
          },
        ],
      });
      expect(shrunk.status).toBe(200);
      const after = evaluationDetailSchema.strict().parse(shrunk.body);
      expect(after.rounds.map((r) => r.sessions.map((s) => s.id))).toEqual([
        [visie.id, beoordelen.id],
      ]);
      expect(after.rounds[0]!.sessions[0]).toMatchObject({
        status: 'captured',
        currentPlacement: 2,
      });
    });

    it('offers the procesbegeleiders of the partnership to assign', async () => {
      const { p, lead, pb } = await setup();
      const options = facilitatorOptionsSchema
        .strict()
        .parse((await lead.agent.get(`${evaluationsUrl(p.id)}/facilitators`).expect(200)).body);
      expect(options.items.map((o) => o.userId)).toEqual([pb.userId]);
    });
  });

  describe('capture', () => {
    async function planned() {
      const s = await setup();
      const detail = await plan(
        s.lead,
        s.p.id,
        buildEvaluationPlan({
          locationId: s.north.id,
          rounds: [{ groups: [buildPlanGroup({ facilitatorId: s.pb.userId })] }],
        }),
      );
      const session = detail.rounds[0]!.sessions[0]!;
      const facilitator = await signIn(t, s.pb);
      return { ...s, detail, session, facilitator, url: sessionUrl(s.p.id, detail, session) };
    }

    const fullDocument = {
      participants: [
        { role: 'werkplekbegeleider', side: 'school', present: 5 },
        { role: 'student', side: 'school', present: 4 },
        { role: 'instituutsopleider', side: 'instituut', present: 2 },
      ],
      individualPlacements: [
        { role: 'student', current: 2, desired: 3 },
        { role: 'werkplekbegeleider', current: 1.5, desired: 2.5 },
        { role: 'instituutsopleider', current: 2.5, desired: null },
      ],
      findings: [
        { kind: 'strength', text: 'Iedereen kent de kernbegrippen van de visie.' },
        { kind: 'development', text: 'De visie leeft nog weinig bij nieuwe werkplekbegeleiders.' },
        { kind: 'strength', text: 'Studenten voelen zich welkom in de sectie.' },
      ],
      reflectionCards: ['visie-als-kompas', 'eigenaarschap-van-de-visie'],
      currentPlacement: 2,
      desiredPlacement: 3,
      rationale: 'We willen de visie ook in de begeleidingsgesprekken terugzien.',
      agreements: 'Kijkwijzer maken voor lesbezoeken.',
      plenaryReporter: 'Fatima (student)',
      notes: 'Flap met opbrengst is gefotografeerd.',
    };

    it('captures a theme session as one document and reads it back, findings keeping their ids when edited and reordered', async () => {
      const { p, lead, facilitator, url, detail } = await planned();
      const before = themeSessionCaptureSchema
        .strict()
        .parse((await facilitator.agent.get(url).expect(200)).body);
      expect(before).toMatchObject({
        version: 1,
        themeName: 'Visie',
        roundNumber: 1,
        readOnly: false,
        findings: [],
        currentPlacement: null,
        revision: 0,
      });
      expect(before.participants.map((x) => [x.role, x.expected, x.present])).toEqual(
        expect.arrayContaining([
          ['student', 5, 0],
          ['instituutsopleider', 2, 0],
        ]),
      );

      const res = await patch(facilitator, url, { version: 1, ...fullDocument });
      expect(res.status).toBe(200);
      const saved = themeSessionCaptureSchema.strict().parse(res.body);
      expect(saved).toMatchObject({
        ...fullDocument,
        participants: anyList,
        findings: anyList,
        version: 2,
        warnings: [],
      });
      expect(saved.findings.map((f) => [f.kind, f.text])).toEqual(
        fullDocument.findings.map((f) => [f.kind, f.text]),
      );
      expect(saved.individualPlacements).toEqual(fullDocument.individualPlacements);
      // Present counts are written beside the planned counts, not over them.
      expect(saved.participants).toEqual(
        expect.arrayContaining([
          { role: 'student', side: 'school', expected: 5, present: 4 },
          { role: 'schoolopleider', side: 'school', expected: 2, present: 0 },
        ]),
      );
      expect(
        themeSessionCaptureSchema
          .strict()
          .parse((await facilitator.agent.get(url).expect(200)).body),
      ).toEqual(saved);

      // Edit one, move another up, drop one, add one: the ids that were sent survive.
      const [a, b, c] = saved.findings.map((f) => ({ id: f.id })) as [
        { id: string },
        { id: string },
        { id: string },
      ];
      const reordered = await patch(facilitator, url, {
        version: 2,
        findings: [
          { id: c.id, kind: 'strength', text: 'Studenten voelen zich welkom in elke sectie.' },
          { id: a.id, kind: 'strength', text: 'Iedereen kent de kernbegrippen van de visie.' },
          { kind: 'development', text: 'Nieuwe collega’s inwerken in de visie.' },
        ],
      });
      expect(reordered.status).toBe(200);
      const after = themeSessionCaptureSchema.strict().parse(reordered.body);
      expect(after.findings.map((f) => f.id).slice(0, 2)).toEqual([c.id, a.id]);
      expect(after.findings.map((f) => f.id)).not.toContain(b.id);
      expect(after.findings[0]!.text).toBe('Studenten voelen zich welkom in elke sectie.');
      // Fields that were not sent stay as they were.
      expect(after).toMatchObject({
        version: 3,
        currentPlacement: 2,
        rationale: fullDocument.rationale,
        reflectionCards: fullDocument.reflectionCards,
      });

      const overview = evaluationDetailSchema
        .strict()
        .parse((await lead.agent.get(`${evaluationsUrl(p.id)}/${detail.id}`).expect(200)).body);
      expect(overview.rounds[0]!.sessions[0]).toMatchObject({
        status: 'captured',
        currentPlacement: 2,
        desiredPlacement: 3,
        version: 3,
      });
    });

    it('answers a stale version with 409 carrying the stored document, and overwrites nothing', async () => {
      const { lead, facilitator, url } = await planned();
      await patch(facilitator, url, {
        version: 1,
        findings: [{ kind: 'strength', text: 'Eerste versie van de procesbegeleider.' }],
        currentPlacement: 2,
      }).expect(200);

      const res = await patch(lead, url, {
        version: 1,
        findings: [{ kind: 'strength', text: 'Versie van de programmaleider.' }],
        currentPlacement: 3,
      });
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const conflict = themeSessionConflictSchema.strict().parse(res.body);
      expect(conflict.detail).toMatch(/intussen ook bewaard/);
      expect(conflict.current).toMatchObject({
        version: 2,
        currentPlacement: 2,
        findings: [expect.objectContaining({ text: 'Eerste versie van de procesbegeleider.' })],
      });

      const stored = themeSessionCaptureSchema
        .strict()
        .parse((await lead.agent.get(url).expect(200)).body);
      expect(stored).toEqual(conflict.current);

      // After merging, the client sends again with the version it got in `current`.
      const merged = await patch(lead, url, {
        version: conflict.current.version,
        findings: [
          ...conflict.current.findings,
          { kind: 'strength', text: 'Versie van de programmaleider.' },
        ],
      });
      expect(merged.status).toBe(200);
      expect(themeSessionCaptureSchema.parse(merged.body).findings).toHaveLength(2);
    });

    it('refuses placements off the scale, texts over their limit and unknown references with field paths', async () => {
      const { facilitator, url } = await planned();
      const cases: [Record<string, unknown>, string[]][] = [
        [{ currentPlacement: 2.25 }, ['currentPlacement']],
        [{ desiredPlacement: 5 }, ['desiredPlacement']],
        [{ currentPlacement: '2' }, ['currentPlacement']],
        [
          { individualPlacements: [{ role: 'student', current: 0.5, desired: 2 }] },
          ['individualPlacements.0.current'],
        ],
        [{ findings: [{ kind: 'strength', text: 'x'.repeat(501) }] }, ['findings.0.text']],
        [{ findings: [{ kind: 'strength', text: '   ' }] }, ['findings.0.text']],
        [{ findings: [{ kind: 'kans', text: 'Iets' }] }, ['findings.0.kind']],
        [{ rationale: 'x'.repeat(4001) }, ['rationale']],
        [
          { participants: [{ role: 'student', side: 'school', present: 101 }] },
          ['participants.0.present'],
        ],
        [{ version: undefined }, ['version']],
        [{ reflectionCards: ['kalibreren'] }, ['reflectionCards.0']],
        [
          { individualPlacements: [{ role: 'rector', current: 2, desired: 2 }] },
          ['individualPlacements.0.role'],
        ],
        [
          {
            findings: [
              {
                id: '7d3f8a52-4b1e-4c8e-9a0f-2f6b1c9d8e7a',
                kind: 'strength',
                text: 'Bestaat niet',
              },
            ],
          },
          ['findings.0.id'],
        ],
      ];
      for (const [body, expected] of cases) {
        const res = await patch(facilitator, url, { version: 1, ...body });
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(paths(res.body)).toEqual(expected);
        for (const e of errorsOf(res.body))
          expect(e.message).not.toMatch(/Invalid|expected|received/);
      }
      const finding = errorsOf(
        (
          await patch(facilitator, url, {
            version: 1,
            findings: [{ kind: 'strength', text: 'x'.repeat(501) }],
          })
        ).body,
      )[0];
      expect(finding?.message).toBe('Een punt mag hoogstens 500 tekens lang zijn.');
      const scale = errorsOf(
        (await patch(facilitator, url, { version: 1, currentPlacement: 2.25 })).body,
      )[0];
      expect(scale?.message).toMatch(/^Kies een scenario van 1 tot en met 4/);
      // Exactly 500 characters is fine; nothing of the refused attempts was stored.
      const ok = await patch(facilitator, url, {
        version: 1,
        findings: [{ kind: 'strength', text: 'x'.repeat(500) }],
      });
      expect(ok.status).toBe(200);
      expect(themeSessionCaptureSchema.parse(ok.body)).toMatchObject({
        version: 2,
        currentPlacement: null,
        individualPlacements: [],
      });
    });

    it('warns, without refusing, when desired equals current without onderbouwing or a key perspective is missing at the table', async () => {
      const { facilitator, url } = await planned();
      const res = await patch(facilitator, url, {
        version: 1,
        currentPlacement: 2.5,
        desiredPlacement: 2.5,
        participants: [
          { role: 'werkplekbegeleider', side: 'school', present: 8 },
          { role: 'student', side: 'instituut', present: 3 },
        ],
      });
      expect(res.status).toBe(200);
      const doc = themeSessionCaptureSchema.strict().parse(res.body);
      expect(doc.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
        ['rationale_required', 'rationale'],
        ['missing_perspective', 'participants'],
      ]);
      expect(doc.warnings[1]!.message).toContain('geen instituutsopleider');
      const argued = themeSessionCaptureSchema.parse(
        (
          await patch(facilitator, url, {
            version: 2,
            rationale: 'Vanuit onze visie is dit nu passend.',
          })
        ).body,
      );
      expect(argued.warnings.map((w) => w.code)).toEqual(['missing_perspective']);
    });

    it('shows the previous finalised outcome of the same theme at the same locatie, and its open actions', async () => {
      const { p, north, south, facilitator, url } = await planned();
      const db = t.dataSource.manager;
      const lastYear = await createCycle(db, p.id, '2024-2025');
      const older = await createCycle(db, p.id, '2023-2024');
      // Two years ago, under the older content version whose theme continues as visie.
      const ancient = await createEvaluation(db, {
        partnershipId: p.id,
        cycleId: older.id,
        locationId: north.id,
        heldOn: '2023-11-01',
        contentVersionId: 'passietool-2019',
      });
      await createThemeSession(db, {
        evaluation: ancient.evaluation,
        roundId: ancient.round.id,
        themeCode: 'visie',
        current: 1.5,
        desired: 2,
      });
      const previous = await createEvaluation(db, {
        partnershipId: p.id,
        cycleId: lastYear.id,
        locationId: north.id,
        heldOn: '2024-11-13',
      });
      const s1 = await createThemeSession(db, {
        evaluation: previous.evaluation,
        roundId: previous.round.id,
        themeCode: 'visie',
        current: 2,
        desired: 3,
        groupLabel: 'A',
      });
      await createThemeSession(db, {
        evaluation: previous.evaluation,
        roundId: previous.round.id,
        themeCode: 'beoordelen',
        current: 3,
        desired: 3,
      });
      await t.dataSource.query(
        `insert into finding (partnership_id, theme_session_id, kind, text, position) values ($1, $2, 'development', 'Visie vaker bespreken in de sectie.', 1)`,
        [p.id, s1.id],
      );
      // Not the previous one: a draft, and another locatie's.
      const draft = await createEvaluation(db, {
        partnershipId: p.id,
        cycleId: lastYear.id,
        locationId: north.id,
        heldOn: '2025-02-01',
        status: 'draft',
      });
      await createThemeSession(db, {
        evaluation: draft.evaluation,
        roundId: draft.round.id,
        themeCode: 'visie',
        current: 4,
        desired: 4,
      });
      const theirs = await createEvaluation(db, {
        partnershipId: p.id,
        cycleId: lastYear.id,
        locationId: south.id,
        heldOn: '2025-03-01',
      });
      await createThemeSession(db, {
        evaluation: theirs.evaluation,
        roundId: theirs.round.id,
        themeCode: 'visie',
        current: 4,
        desired: 4,
      });
      const action = (locationId: string, themeCode: string, status: string, title: string) =>
        t.dataSource.query(
          `insert into action (partnership_id, cycle_id, location_id, theme_code, title, status, pdca_phase, due_on) values ($1, $2, $3, $4, $5, $6, 'do', '2025-06-30')`,
          [p.id, lastYear.id, locationId, themeCode, title, status],
        );
      await action(north.id, 'visie', 'in_progress', 'Kijkwijzer visie');
      await action(north.id, 'visie', 'done', 'Visiedag');
      await action(north.id, 'beoordelen', 'open', 'Kalibreersessie');
      await action(south.id, 'visie', 'open', 'Visie Zuiderzon');

      const context = themeSessionContextSchema
        .strict()
        .parse((await facilitator.agent.get(`${url}/context`).expect(200)).body);
      expect(context.previous).toMatchObject({
        evaluationId: previous.evaluation.id,
        heldOn: '2024-11-13',
        schoolYear: '2024-2025',
      });
      expect(context.previous!.sessions).toEqual([
        expect.objectContaining({
          id: s1.id,
          groupLabel: 'A',
          currentPlacement: 2,
          desiredPlacement: 3,
          findings: [
            expect.objectContaining({
              kind: 'development',
              text: 'Visie vaker bespreken in de sectie.',
            }),
          ],
        }),
      ]);
      expect(context.openActions.map((a) => [a.title, a.status, a.schoolYear, a.dueOn])).toEqual([
        ['Kijkwijzer visie', 'in_progress', '2024-2025', '2025-06-30'],
      ]);
    });
  });
});
