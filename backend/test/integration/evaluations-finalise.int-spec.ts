import {
  auditLogPageSchema,
  evaluationConflictSchema,
  evaluationDetailSchema,
  evaluationReviewSchema,
  listOf,
  evaluationSummarySchema,
  problemSchema,
  themeSessionCaptureSchema,
  themeSessionConflictSchema,
  themeSessionContextSchema,
  themeSessionRevisionListSchema,
} from '@zet/contracts';
import { createLocation, createPartnership } from '../factories';
import { buildEvaluationPlan, buildPlanGroup } from '../factories/evaluation-plans';
import { createMember, signIn, signInAs, type SignedInAgent } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

const anyText = expect.any(String) as string;

/** Finalising, corrections as revisions, and who may do what (issue 5, items 2, 5 and 7). */
describe('Evaluations: finalise, correct, access', () => {
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
  const errorsOf = (body: unknown) => problemSchema.strict().parse(body).errors ?? [];

  /**
   * Partnership with locaties Noord and Zuid; a dagdeel at Noord with two groups in one round,
   * visie facilitated by procesbegeleider 1 and beoordelen by procesbegeleider 2.
   */
  async function setup() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { name: 'Opleidingsschool De Delta' });
    const north = await createLocation(db, p.id, { name: 'Noord' });
    const south = await createLocation(db, p.id, { name: 'Zuid' });
    const lead = await signInAs(t, 'programmaleider', p.id);
    const pb1 = await signIn(
      t,
      await createMember(t, { partnershipId: p.id, role: 'procesbegeleider' }),
    );
    const pb2 = await signIn(
      t,
      await createMember(t, { partnershipId: p.id, role: 'procesbegeleider' }),
    );
    const base = `/api/v1/partnerships/${p.id}/evaluations`;
    const res = await post(
      lead,
      base,
      buildEvaluationPlan({
        locationId: north.id,
        rounds: [
          {
            label: 'ochtend',
            groups: [
              buildPlanGroup({ facilitatorId: pb1.member.userId }),
              buildPlanGroup({ themeCode: 'beoordelen', facilitatorId: pb2.member.userId }),
            ],
          },
        ],
      }),
    ).expect(201);
    const evaluation = evaluationDetailSchema.parse(res.body);
    const [visie, beoordelen] = evaluation.rounds[0]!.sessions.map((s) => s.id) as [string, string];
    const url = `${base}/${evaluation.id}`;
    const sessionUrl = (id: string) => `${url}/sessions/${id}`;
    return {
      p,
      north,
      south,
      lead,
      pb1,
      pb2,
      base,
      evaluation,
      visie,
      beoordelen,
      url,
      sessionUrl,
    };
  }

  const complete = (version: number) => ({
    version,
    currentPlacement: 2,
    desiredPlacement: 3,
    findings: [{ kind: 'development', text: 'Meer samen beoordelen.' }],
  });

  async function auditActions(lead: SignedInAgent, pid: string) {
    const log = auditLogPageSchema.parse(
      (await lead.agent.get(`/api/v1/partnerships/${pid}/audit-log`).expect(200)).body,
    );
    return log.items.filter((e) => e.action.startsWith('evaluation.'));
  }

  it('refuses to finalise while something is missing, listing every problem, then finalises once complete', async () => {
    const { p, lead, pb1, pb2, evaluation, visie, beoordelen, url, sessionUrl } = await setup();
    await patch(pb1, sessionUrl(visie), {
      version: 1,
      currentPlacement: 2.5,
      desiredPlacement: 2.5,
      findings: [
        { kind: 'strength', text: 'Iedereen kent de kernbegrippen.' },
        { kind: 'development', text: 'De visie zichtbaar maken in de stage.' },
        { kind: 'strength', text: 'Begeleiders nemen tijd voor nagesprekken.' },
      ],
    }).expect(200);

    const review = evaluationReviewSchema
      .strict()
      .parse((await lead.agent.get(`${url}/summary`).expect(200)).body);
    expect(review).toMatchObject({ status: 'draft', version: 1, canFinalise: true });
    expect(review.problems.map((x) => [x.code, x.path.join('.')])).toEqual([
      ['rationale_missing', `sessions.${visie}.rationale`],
      ['current_missing', `sessions.${beoordelen}.currentPlacement`],
      ['desired_missing', `sessions.${beoordelen}.desiredPlacement`],
    ]);
    expect(review.sessions.map((s) => [s.themeCode, s.status, s.problems.length])).toEqual([
      ['visie', 'captured', 1],
      ['beoordelen', 'empty', 2],
    ]);
    // What will be fixed in place: the points themselves in their captured order, and the round's name.
    expect(
      review.sessions.map((s) => [
        s.roundNumber,
        s.roundLabel,
        s.findings.map((f) => [f.kind, f.text]),
      ]),
    ).toEqual([
      [
        1,
        'ochtend',
        [
          ['strength', 'Iedereen kent de kernbegrippen.'],
          ['development', 'De visie zichtbaar maken in de stage.'],
          ['strength', 'Begeleiders nemen tijd voor nagesprekken.'],
        ],
      ],
      [1, 'ochtend', []],
    ]);
    expect(review.problems[0]!.message).toBe(
      'Ronde 1, Visie: de gewenste plaatsing is gelijk aan de huidige, maar de onderbouwing ontbreekt.',
    );

    const refused = await post(lead, `${url}/finalise`, { version: 1 });
    expect(refused.status).toBe(400);
    expect(problemSchema.parse(refused.body).detail).toMatch(/kan nog niet worden vastgesteld/);
    expect(errorsOf(refused.body).map((e) => e.path.join('.'))).toEqual(
      review.problems.map((x) => x.path.join('.')),
    );

    await patch(pb1, sessionUrl(visie), {
      version: 2,
      rationale: 'Past bij de fase waarin we zitten.',
    }).expect(200);
    await patch(pb2, sessionUrl(beoordelen), complete(1)).expect(200);
    const stale = await post(lead, `${url}/finalise`, { version: 7 });
    expect(stale.status).toBe(409);
    expect(evaluationConflictSchema.strict().parse(stale.body).current.version).toBe(1);

    const res = await post(lead, `${url}/finalise`, { version: 1 });
    expect(res.status).toBe(200);
    const finalised = evaluationDetailSchema.strict().parse(res.body);
    expect(finalised).toMatchObject({
      status: 'finalised',
      version: 2,
      finalisedBy: { userId: lead.member.userId },
      permissions: { editPlan: false, finalise: false, correct: true },
    });
    expect(finalised.finalisedAt).not.toBeNull();
    expect(finalised.rounds[0]!.sessions.every((s) => !s.canCapture)).toBe(true);

    const audit = await auditActions(lead, p.id);
    expect(audit.map((e) => [e.action, e.actor?.userId, e.target])).toEqual([
      ['evaluation.finalised', lead.member.userId, { type: 'evaluation', id: evaluation.id }],
    ]);
    expect((await post(lead, `${url}/finalise`, { version: 2 })).status).toBe(409);
  });

  it('keeps a finalised evaluation read-only: capture and plan edits get 409 "vastgesteld"', async () => {
    const { lead, pb1, pb2, visie, beoordelen, url, sessionUrl } = await setup();
    await patch(pb1, sessionUrl(visie), complete(1)).expect(200);
    await patch(pb2, sessionUrl(beoordelen), complete(1)).expect(200);
    await post(lead, `${url}/finalise`, { version: 1 }).expect(200);

    const capture = await patch(pb1, sessionUrl(visie), {
      version: 2,
      notes: 'Nog iets vergeten.',
    });
    expect(capture.status).toBe(409);
    expect(problemSchema.strict().parse(capture.body).detail).toMatch(/vastgesteld/);
    const asLead = await patch(lead, sessionUrl(visie), {
      version: 2,
      notes: 'Nog iets vergeten.',
    });
    expect(asLead.status).toBe(409);
    const plan = await put(lead, url, { ...buildEvaluationPlan(), version: 2 });
    expect(plan.status).toBe(409);
    expect(problemSchema.strict().parse(plan.body).detail).toMatch(/vastgesteld/);

    const doc = themeSessionCaptureSchema
      .strict()
      .parse((await pb1.agent.get(sessionUrl(visie)).expect(200)).body);
    expect(doc).toMatchObject({
      readOnly: true,
      evaluationStatus: 'finalised',
      notes: '',
      version: 2,
    });
  });

  it('records a correction by the programmaleider as a new revision with its reason, in the audit log', async () => {
    const { p, lead, pb1, pb2, visie, beoordelen, url, sessionUrl } = await setup();
    await patch(pb1, sessionUrl(visie), complete(1)).expect(200);
    await patch(pb2, sessionUrl(beoordelen), complete(1)).expect(200);

    // Before finalisation there is nothing to correct.
    const early = await post(lead, `${sessionUrl(visie)}/corrections`, {
      version: 2,
      reason: 'Typfout in de plaatsing',
      currentPlacement: 1.5,
    });
    expect(early.status).toBe(409);
    await post(lead, `${url}/finalise`, { version: 1 }).expect(200);

    const res = await post(lead, `${sessionUrl(visie)}/corrections`, {
      version: 2,
      reason: 'De groep plaatste zich op 1,5; de flap was verkeerd overgenomen.',
      currentPlacement: 1.5,
    });
    expect(res.status).toBe(200);
    const corrected = themeSessionCaptureSchema.strict().parse(res.body);
    expect(corrected).toMatchObject({
      currentPlacement: 1.5,
      desiredPlacement: 3,
      version: 3,
      revision: 1,
      readOnly: true,
    });

    const revisions = themeSessionRevisionListSchema
      .strict()
      .parse((await lead.agent.get(`${sessionUrl(visie)}/revisions`).expect(200)).body);
    expect(revisions.items).toEqual([
      {
        revision: 1,
        reason: 'De groep plaatste zich op 1,5; de flap was verkeerd overgenomen.',
        createdAt: anyText,
        createdBy: { userId: lead.member.userId, name: anyText },
        snapshot: expect.objectContaining({
          version: 2,
          currentPlacement: 2,
          desiredPlacement: 3,
        }) as unknown,
      },
    ]);
    expect(revisions.items[0]!.snapshot.findings.map((f) => f.text)).toEqual([
      'Meer samen beoordelen.',
    ]);

    const audit = await auditActions(lead, p.id);
    expect(audit[0]).toMatchObject({
      action: 'evaluation.corrected',
      actor: { userId: lead.member.userId },
      target: { type: 'theme_session', id: visie },
      details: {
        revision: 1,
        reason: 'De groep plaatste zich op 1,5; de flap was verkeerd overgenomen.',
        fields: ['currentPlacement'],
      },
    });

    // A correction must leave the session complete, needs a reason, and is version-checked too.
    const incomplete = await post(lead, `${sessionUrl(visie)}/corrections`, {
      version: 3,
      reason: 'Plaatsing wissen',
      desiredPlacement: null,
    });
    expect(incomplete.status).toBe(400);
    expect(errorsOf(incomplete.body).map((e) => e.path.join('.'))).toEqual(['desiredPlacement']);
    const noReason = await post(lead, `${sessionUrl(visie)}/corrections`, {
      version: 3,
      currentPlacement: 2,
    });
    expect(noReason.status).toBe(400);
    expect(errorsOf(noReason.body).map((e) => e.path.join('.'))).toEqual(['reason']);
    const nothing = await post(lead, `${sessionUrl(visie)}/corrections`, {
      version: 3,
      reason: 'Zomaar een reden',
    });
    expect(nothing.status).toBe(400);
    const stale = await post(lead, `${sessionUrl(visie)}/corrections`, {
      version: 2,
      reason: 'Nog een correctie',
      currentPlacement: 2,
    });
    expect(stale.status).toBe(409);
    expect(themeSessionConflictSchema.strict().parse(stale.body).current.version).toBe(3);

    // Only the programmaleider corrects.
    expect(
      (
        await post(pb1, `${sessionUrl(visie)}/corrections`, {
          version: 3,
          reason: 'Mijn correctie',
          currentPlacement: 2,
        })
      ).status,
    ).toBe(404);
    expect((await auditActions(lead, p.id)).map((e) => e.action)).toEqual([
      'evaluation.corrected',
      'evaluation.finalised',
    ]);
  });

  it('lets a procesbegeleider finalise only when every session of the evaluation is theirs', async () => {
    const { lead, pb1, pb2, visie, beoordelen, url, sessionUrl, base, north } = await setup();
    await patch(pb1, sessionUrl(visie), complete(1)).expect(200);
    await patch(pb2, sessionUrl(beoordelen), complete(1)).expect(200);
    const notAll = await post(pb1, `${url}/finalise`, { version: 1 });
    expect(notAll.status).toBe(403);
    expect(problemSchema.parse(notAll.body).detail).toMatch(/programmaleider/);
    expect(
      evaluationReviewSchema.parse((await pb1.agent.get(`${url}/summary`).expect(200)).body)
        .canFinalise,
    ).toBe(false);

    const own = evaluationDetailSchema.parse(
      (
        await post(
          lead,
          base,
          buildEvaluationPlan({
            locationId: north.id,
            rounds: [{ groups: [buildPlanGroup({ facilitatorId: pb1.member.userId })] }],
          }),
        ).expect(201)
      ).body,
    );
    const ownSession = own.rounds[0]!.sessions[0]!.id;
    await patch(pb1, `${base}/${own.id}/sessions/${ownSession}`, complete(1)).expect(200);
    const done = await post(pb1, `${base}/${own.id}/finalise`, { version: 1 });
    expect(done.status).toBe(200);
    expect(evaluationDetailSchema.parse(done.body)).toMatchObject({
      status: 'finalised',
      finalisedBy: { userId: pb1.member.userId },
    });
  });

  it('lets a procesbegeleider capture their own session, not a colleague’s (404)', async () => {
    const { pb1, visie, beoordelen, url, sessionUrl } = await setup();
    await patch(pb1, sessionUrl(visie), { version: 1, notes: 'Eigen gesprek.' }).expect(200);
    expect((await pb1.agent.get(sessionUrl(beoordelen))).status).toBe(404);
    expect((await pb1.agent.get(`${sessionUrl(beoordelen)}/context`)).status).toBe(404);
    const other = await patch(pb1, sessionUrl(beoordelen), { version: 1, notes: 'Niet van mij.' });
    expect(other.status).toBe(404);
    expect(problemSchema.parse(other.body).detail).toMatch(
      /bestaat niet, of je hebt er geen toegang toe/,
    );
    // The dagdeel itself they see, with only their own session open for capture.
    const detail = evaluationDetailSchema
      .strict()
      .parse((await pb1.agent.get(url).expect(200)).body);
    expect(detail.rounds[0]!.sessions.map((s) => s.canCapture)).toEqual([true, false]);
    expect(detail.permissions).toEqual({ editPlan: false, finalise: false, correct: false });
    // Planning is not theirs.
    expect((await post(pb1, url.replace(/\/[^/]+$/, ''), buildEvaluationPlan())).status).toBe(404);
  });

  it('keeps a locatie-coördinator to their own locatie: plan and capture there, 404 elsewhere', async () => {
    const { p, north, south, lead, base, url, visie, sessionUrl } = await setup();
    const southCoordinator = await signInAs(t, 'locatiecoordinator', p.id, [south.id]);
    const northCoordinator = await signInAs(t, 'locatiecoordinator', p.id, [north.id]);

    expect((await southCoordinator.agent.get(url)).status).toBe(404);
    expect((await southCoordinator.agent.get(sessionUrl(visie))).status).toBe(404);
    expect((await southCoordinator.agent.get(`${url}/summary`)).status).toBe(404);
    expect(
      (await patch(southCoordinator, sessionUrl(visie), { version: 1, notes: 'x' })).status,
    ).toBe(404);
    expect(
      (
        await put(southCoordinator, url, {
          ...buildEvaluationPlan({ locationId: south.id }),
          version: 1,
        })
      ).status,
    ).toBe(404);
    const list = listOf(evaluationSummarySchema).parse(
      (await southCoordinator.agent.get(base).expect(200)).body,
    );
    expect(list.items).toEqual([]);

    // Their own locatie: plan, see, capture.
    const mine = await post(southCoordinator, base, buildEvaluationPlan({ locationId: south.id }));
    expect(mine.status).toBe(201);
    const planned = evaluationDetailSchema.parse(mine.body);
    expect(planned.permissions).toEqual({ editPlan: true, finalise: false, correct: false });
    await patch(
      southCoordinator,
      `${base}/${planned.id}/sessions/${planned.rounds[0]!.sessions[0]!.id}`,
      { version: 1, notes: 'Zuid' },
    ).expect(200);
    // Not for another locatie, nor partnership-wide (the same answer whether the locatie exists or not).
    for (const locationId of [north.id, null, '7d3f8a52-4b1e-4c8e-9a0f-2f6b1c9d8e7a']) {
      const res = await post(southCoordinator, base, buildEvaluationPlan({ locationId }));
      expect(res.status).toBe(400);
      expect(errorsOf(res.body).map((e) => e.path.join('.'))).toEqual(['locationId']);
    }
    // The coördinator of Noord captures there, and cannot finalise (that is not a locatie role).
    await patch(northCoordinator, sessionUrl(visie), { version: 1, notes: 'Noord' }).expect(200);
    expect((await post(northCoordinator, `${url}/finalise`, { version: 1 })).status).toBe(404);
    expect((await lead.agent.get(url)).status).toBe(200);
  });

  it('lets the stuurgroep read everything and write nothing', async () => {
    const { p, pb1, url, base, visie, sessionUrl } = await setup();
    await patch(pb1, sessionUrl(visie), complete(1)).expect(200);
    const sg = await signInAs(t, 'stuurgroeplid', p.id);
    evaluationDetailSchema.strict().parse((await sg.agent.get(url).expect(200)).body);
    themeSessionCaptureSchema
      .strict()
      .parse((await sg.agent.get(sessionUrl(visie)).expect(200)).body);
    themeSessionContextSchema
      .strict()
      .parse((await sg.agent.get(`${sessionUrl(visie)}/context`).expect(200)).body);
    evaluationReviewSchema.strict().parse((await sg.agent.get(`${url}/summary`).expect(200)).body);
    expect(
      themeSessionCaptureSchema.parse((await sg.agent.get(sessionUrl(visie))).body).readOnly,
    ).toBe(true);

    expect((await post(sg, base, buildEvaluationPlan())).status).toBe(404);
    expect((await put(sg, url, { ...buildEvaluationPlan(), version: 1 })).status).toBe(404);
    expect((await patch(sg, sessionUrl(visie), { version: 2, notes: 'Stuurgroep' })).status).toBe(
      404,
    );
    expect((await post(sg, `${url}/finalise`, { version: 1 })).status).toBe(404);
    expect(
      (
        await post(sg, `${sessionUrl(visie)}/corrections`, {
          version: 2,
          reason: 'Stuurgroep',
          notes: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      themeSessionCaptureSchema.parse((await pb1.agent.get(sessionUrl(visie))).body).version,
    ).toBe(2);
  });

  it('answers ids of another partnership, unknown ids and malformed ids with 404', async () => {
    const { url, visie, sessionUrl, base } = await setup();
    const db = t.dataSource.manager;
    const other = await createPartnership(db, { name: 'Opleidingsschool Elders' });
    const otherLead = await signInAs(t, 'programmaleider', other.id);
    const otherBase = `/api/v1/partnerships/${other.id}/evaluations`;
    const evaluationId = url.split('/').at(-1)!;
    expect((await otherLead.agent.get(`${otherBase}/${evaluationId}`)).status).toBe(404);
    expect(
      (await otherLead.agent.get(`${otherBase}/${evaluationId}/sessions/${visie}`)).status,
    ).toBe(404);
    expect(
      (
        await patch(otherLead, `${otherBase}/${evaluationId}/sessions/${visie}`, {
          version: 1,
          notes: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await otherLead.agent.get(sessionUrl(visie))).status).toBe(404);
    const { lead } = { lead: await signInAs(t, 'programmaleider', url.split('/')[4]!) };
    expect((await lead.agent.get(`${base}/niet-een-id`)).status).toBe(404);
    expect((await lead.agent.get(`${base}/${evaluationId}/sessions/niet-een-id`)).status).toBe(404);
    expect((await lead.agent.get(`${base}/7d3f8a52-4b1e-4c8e-9a0f-2f6b1c9d8e7a`)).status).toBe(404);
    // A session id of another evaluation does not open through this one.
    expect(
      (await lead.agent.get(`${base}/7d3f8a52-4b1e-4c8e-9a0f-2f6b1c9d8e7a/sessions/${visie}`))
        .status,
    ).toBe(404);
  });
});
