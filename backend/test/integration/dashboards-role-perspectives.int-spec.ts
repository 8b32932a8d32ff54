import { rolePerspectivesSchema } from '@zet/contracts';
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
 * Hand-computed fixture, theme coachen-en-feedback, 2024-2025, minimum role group size 3:
 *
 *   S1 at Alfa, group placement 2:
 *     student 1.5, 2, 2, 1 (4)  → lower median 1.5, range 1–2
 *     schoolleider 3, 3.5, 3 (3) → 3
 *     werkplekbegeleider 2.5, 2 (2) and instituutsopleider 2 (1): too small, merged "overige rollen" 2, 2, 2.5 → 2
 *   S2 at Beta, group placement 3:
 *     student 2, 2.5, 3 (3) → 2.5
 *     mt-instituut 2.5 (1) and instituutsopleider 3.5 (1): merged only 2 → hidden
 *   An earlier year (2023-2024) at Alfa with 5 students, outside the default year.
 *
 * Over the theme (both sessions): student 7 → 1, 1.5, 2, 2, 2, 2.5, 3 → 2; schoolleider 3 → 3;
 * the rest 5 (werkplekbegeleider 2.5, 2; instituutsopleider 2, 3.5; mt-instituut 2.5) → 2, 2, 2.5,
 * 2.5, 3.5 → 2.5. Group placement: lower median of {2, 3} = 2.
 * School side (schoolleider, werkplekbegeleider; students sit on both sides): 2, 2.5, 3, 3, 3.5 → 3.
 * Instituut side: 2, 2.5, 3.5 → 2.5. Everyone (15): lower median 2.5, range 1–3.5.
 */
describe('GET /partnerships/:id/dashboards/role-perspectives', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof seed>>;

  async function seed() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { minRoleGroupSize: 3 });
    const alfa = await createLocation(db, p.id, { name: 'Alfaschool' });
    const beta = await createLocation(db, p.id, { name: 'Betacollege' });
    const y3 = await createCycle(db, p.id, '2023-2024');
    const y4 = await createCycle(db, p.id, '2024-2025');
    const session = async (
      locationId: string,
      cycleId: string,
      current: number,
      placements: [string, number][],
    ) => {
      const { evaluation, round } = await createEvaluation(db, {
        partnershipId: p.id,
        cycleId,
        locationId,
      });
      const s = await createThemeSession(db, {
        evaluation,
        roundId: round.id,
        themeCode: 'coachen-en-feedback',
        current,
        desired: 3,
        groupLabel: 'Groep 1',
      });
      let position = 0;
      for (const [role, placement] of placements) {
        await db.query(
          `insert into individual_placement (partnership_id, theme_session_id, role, current_placement, position) values ($1, $2, $3, $4, $5)`,
          [p.id, s.id, role, placement, ++position],
        );
      }
      return s.id;
    };
    const s1 = await session(alfa.id, y4.id, 2, [
      ['student', 1.5],
      ['student', 2],
      ['student', 2],
      ['student', 1],
      ['schoolleider', 3],
      ['schoolleider', 3.5],
      ['schoolleider', 3],
      ['werkplekbegeleider', 2.5],
      ['werkplekbegeleider', 2],
      ['instituutsopleider', 2],
    ]);
    const s2 = await session(beta.id, y4.id, 3, [
      ['student', 2],
      ['student', 2.5],
      ['student', 3],
      ['mt-instituut', 2.5],
      ['instituutsopleider', 3.5],
    ]);
    await session(alfa.id, y3.id, 1, [
      ['student', 1],
      ['student', 1],
      ['student', 1],
      ['student', 1],
      ['student', 1],
    ]);
    return { p, alfa, beta, s1, s2 };
  }

  beforeAll(async () => {
    t = await createTestApp();
    fixture = await seed();
  });
  afterAll(async () => {
    await t.close();
  });
  const url = (query = '') =>
    `/api/v1/partnerships/${fixture.p.id}/dashboards/role-perspectives${query}`;

  it('aggregates per theme: each large-enough role against the group, smaller roles merged, both sides, the spread', async () => {
    const { agent } = await signInAs(t, 'stuurgroeplid', fixture.p.id);
    const body = rolePerspectivesSchema.strict().parse((await agent.get(url()).expect(200)).body);
    // The newest year with results by default.
    expect(body.filters.schoolYears).toEqual(['2024-2025']);
    expect(body.minRoleGroupSize).toBe(3);
    expect(body.sessions).toEqual([]);
    expect(body.themes).toHaveLength(1);
    expect(body.themes[0]).toEqual({
      theme: { code: 'coachen-en-feedback', name: 'Coachen en feedback' },
      sessions: 2,
      groupPlacement: 2,
      roles: [
        {
          role: 'student',
          name: 'Student (leraar in opleiding)',
          participants: 7,
          median: 2,
          low: 1,
          high: 3,
          gapToGroup: 0,
        },
        {
          role: 'schoolleider',
          name: 'Schoolleider/locatiedirecteur',
          participants: 3,
          median: 3,
          low: 3,
          high: 3.5,
          gapToGroup: 1,
        },
        {
          role: 'overige-rollen',
          name: 'Overige rollen',
          participants: 5,
          median: 2.5,
          low: 2,
          high: 3.5,
          gapToGroup: 0.5,
        },
      ],
      hiddenParticipants: 0,
      sides: {
        school: { participants: 5, median: 3, low: 2, high: 3.5 },
        instituut: { participants: 3, median: 2.5, low: 2, high: 3.5 },
        difference: 0.5,
      },
      spread: { participants: 15, median: 2.5, low: 1, high: 3.5 },
    });
    expect(body.n).toEqual({ locations: 2, sessions: 2 });
  });

  it('shows each session with a theme chosen, suppressing roles below the minimum and hiding a merged group that stays too small', async () => {
    const { agent } = await signInAs(t, 'programmaleider', fixture.p.id);
    const body = rolePerspectivesSchema
      .strict()
      .parse((await agent.get(url('?theme=coachen-en-feedback')).expect(200)).body);
    const s1 = body.sessions.find((s) => s.sessionId === fixture.s1)!;
    expect(s1).toMatchObject({
      location: { id: fixture.alfa.id, name: 'Alfaschool' },
      schoolYear: '2024-2025',
      groupLabel: 'Groep 1',
      groupPlacement: 2,
    });
    expect(s1.roles).toEqual([
      {
        role: 'student',
        name: 'Student (leraar in opleiding)',
        participants: 4,
        median: 1.5,
        low: 1,
        high: 2,
        gapToGroup: -0.5,
      },
      {
        role: 'schoolleider',
        name: 'Schoolleider/locatiedirecteur',
        participants: 3,
        median: 3,
        low: 3,
        high: 3.5,
        gapToGroup: 1,
      },
      {
        role: 'overige-rollen',
        name: 'Overige rollen',
        participants: 3,
        median: 2,
        low: 2,
        high: 2.5,
        gapToGroup: 0,
      },
    ]);
    // One instituutsopleider is not a side of its own.
    expect(s1.sides).toEqual({
      school: { participants: 5, median: 3, low: 2, high: 3.5 },
      instituut: null,
      difference: null,
    });

    const s2 = body.sessions.find((s) => s.sessionId === fixture.s2)!;
    expect(s2.roles).toEqual([
      {
        role: 'student',
        name: 'Student (leraar in opleiding)',
        participants: 3,
        median: 2.5,
        low: 2,
        high: 3,
        gapToGroup: -0.5,
      },
    ]);
    expect(s2.hiddenParticipants).toBe(2);
    expect(s2.sides).toEqual({ school: null, instituut: null, difference: null });
    expect(JSON.stringify(s2)).not.toContain('mt-instituut');
  });

  it('follows the partnership’s minimum group size', async () => {
    await t.dataSource.query(`update partnership set min_role_group_size = 4 where id = $1`, [
      fixture.p.id,
    ]);
    try {
      const { agent } = await signInAs(t, 'programmaleider', fixture.p.id);
      const body = rolePerspectivesSchema
        .strict()
        .parse((await agent.get(url('?theme=coachen-en-feedback')).expect(200)).body);
      const s1 = body.sessions.find((s) => s.sessionId === fixture.s1)!;
      // Schoolleider (3) now joins the others: 3, 3.5, 3, 2.5, 2, 2 → 2, 2, 2.5, 3, 3, 3.5 → 2.5.
      expect(s1.roles.map((r) => [r.role, r.participants, r.median])).toEqual([
        ['student', 4, 1.5],
        ['overige-rollen', 6, 2.5],
      ]);
    } finally {
      await t.dataSource.query(`update partnership set min_role_group_size = 3 where id = $1`, [
        fixture.p.id,
      ]);
    }
  });

  it('gives a locatie-coördinator only their own sessions; the theme aggregate stays unnamed', async () => {
    const { agent } = await signInAs(t, 'locatiecoordinator', fixture.p.id, [fixture.beta.id]);
    const res = await agent.get(url('?theme=coachen-en-feedback')).expect(200);
    const body = rolePerspectivesSchema.strict().parse(res.body);
    expect(body.sessions.map((s) => s.sessionId)).toEqual([fixture.s2]);
    expect(body.themes[0]!.roles.map((r) => r.participants)).toEqual([7, 3, 5]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(fixture.alfa.id);
    expect(text).not.toContain('Alfaschool');
    expect(text).not.toContain(fixture.s1);
  });

  it('takes an earlier year when asked', async () => {
    const { agent } = await signInAs(t, 'programmaleider', fixture.p.id);
    const body = rolePerspectivesSchema
      .strict()
      .parse((await agent.get(url('?schoolYears=2023-2024')).expect(200)).body);
    expect(body.themes[0]).toMatchObject({
      groupPlacement: 1,
      roles: [{ role: 'student', participants: 5, median: 1, gapToGroup: 0 }],
    });
  });
});
