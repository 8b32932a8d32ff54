import {
  auditLogPageSchema,
  personErasureSchema,
  personExportSchema,
  problemSchema,
} from '@zet/contracts';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import request from 'supertest';
import { APP_CONFIG } from '../../src/config/config.module';
import type { AppConfig } from '../../src/config/env';
import { ErasureReplayService } from '../../src/modules/privacy/erasure-replay.service';
import {
  createCycle,
  createEvaluation,
  createLocation,
  createPartnership,
  createThemeSession,
} from '../factories';
import {
  createMember,
  csrfToken,
  signIn,
  signInAs,
  type SignedInAgent,
  TEST_PASSWORD,
  type TestMember,
} from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';

const NAME = 'Jan de Vries';
const REDACTED = '[naam verwijderd]';
let counter = 0;

type ErasureLogLine = {
  erasedAt: string;
  userId: string;
  partnershipId: string;
  accountErased: boolean;
  emailHash: string;
  redactions: { table: string; id: string; column: string; value: string }[];
};

describe('Privacy (AVG): export and erasure of a person', () => {
  let t: TestApp;
  let erasureLog: string;
  beforeAll(async () => {
    t = await createTestApp();
    erasureLog = t.running.app.get<AppConfig>(APP_CONFIG).erasureLog;
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(erasureLog, { force: true });
  });
  beforeEach(async () => {
    await t.truncate();
    await fs.rm(erasureLog, { force: true });
  });

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.dataSource.query<T[]>(text, params);

  /**
   * Partnership with a locatie-coördinator named Jan de Vries who facilitated a theme session,
   * is named in findings, an action and a rode draad, has an invitation, two-factor and a session.
   */
  async function setup() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { name: 'Opleidingsschool Noord' });
    const north = await createLocation(db, p.id, { name: 'Noorderlicht' });
    const lead = await signInAs(t, 'programmaleider', p.id);
    const email = `jan.devries${++counter}@school.test`;
    const person = await createMember(t, {
      partnershipId: p.id,
      role: 'locatiecoordinator',
      locationIds: [north.id],
      email,
    });
    // An open session, signed in before two-factor was turned on.
    const personAgent = await signIn(t, person);
    await sql(
      `update app_user set name = $2, totp_secret = 'GEHEIM-TOTP-SECRET', totp_enabled_at = now(),
              recovery_code_hashes = '{geheime-herstelcode-hash}' where id = $1`,
      [person.userId, NAME],
    );

    const cycle = await createCycle(db, p.id, '2024-2025');
    const { evaluation, round } = await createEvaluation(db, {
      partnershipId: p.id,
      cycleId: cycle.id,
      locationId: north.id,
    });
    const session = await createThemeSession(db, {
      evaluation,
      roundId: round.id,
      themeCode: 'visie',
      current: 2.5,
      desired: 3,
    });
    await sql(
      `update theme_session set facilitator_id = $2, rationale = $3, plenary_reporter = $4, notes = 'Geen namen hier.' where id = $1`,
      [
        session.id,
        person.userId,
        `Volgens jan de vries (notulist) zijn we op weg; mail ${email}.`,
        NAME,
      ],
    );
    await sql(
      `insert into individual_placement (partnership_id, theme_session_id, role, current_placement, position) values ($1, $2, 'docent', 2, 1)`,
      [p.id, session.id],
    );
    const [named, plain] = await sql<{ id: string }>(
      `insert into finding (partnership_id, theme_session_id, kind, text, position)
       values ($1, $2, 'strength', $3, 1), ($1, $2, 'development', 'Feedbackcultuur verder uitbouwen.', 2)
       returning id`,
      [p.id, session.id, `${NAME} heeft de werkplaats opgezet; Jan de Vriesland is iets anders.`],
    );
    const [action] = await sql<{ id: string }>(
      `insert into action (partnership_id, cycle_id, title, description, owner_role, owner_name, pdca_phase)
       values ($1, $2, 'Werkplaats uitbreiden', 'Overleg met Jan de Vries over de planning.', 'locatiecoördinator', $3, 'do')
       returning id`,
      [p.id, cycle.id, NAME],
    );
    const [thread] = await sql<{ id: string }>(
      `insert into common_thread (partnership_id, cycle_id, name, description, kind)
       values ($1, $2, 'Werkplaatsen', 'Aangedragen door JAN DE VRIES.', 'finding') returning id`,
      [p.id, cycle.id],
    );
    await sql(
      `insert into invitation (partnership_id, email, name, role, token_hash, expires_at)
       values ($1, $2, $3, 'stuurgroeplid', $4, now() + interval '7 days')`,
      [p.id, email, NAME, `hash-${counter}`],
    );
    // The address in audit details: an invitation (in the partnership), a failed sign-in (outside any).
    await sql(
      `insert into audit_log (partnership_id, action, details) values ($1, 'access.invited', $2)`,
      [p.id, JSON.stringify({ email, role: 'stuurgroeplid' })],
    );
    const anonymous = request.agent(t.http);
    const anonymousCsrf = await csrfToken(anonymous);
    await anonymous
      .post('/api/v1/auth/login')
      .set('x-csrf-token', anonymousCsrf)
      .send({ email, password: 'een-verkeerd-wachtwoord' })
      .expect(401);
    // Audit entries about the person, made through the API.
    await lead.agent
      .put(`/api/v1/partnerships/${p.id}/members/${person.userId}`)
      .set('x-csrf-token', lead.csrf)
      .send({ roles: ['locatiecoordinator', 'procesbegeleider'], locationIds: [north.id] })
      .expect(200);

    return {
      p,
      north,
      lead,
      person,
      personAgent,
      email,
      sessionId: session.id,
      evaluationId: evaluation.id,
      findingIds: { named: named!.id, plain: plain!.id },
      actionId: action!.id,
      threadId: thread!.id,
    };
  }

  const exportUrl = (partnershipId: string, userId: string) =>
    `/api/v1/partnerships/${partnershipId}/people/${userId}/export`;
  const eraseUrl = (partnershipId: string, userId: string) =>
    `/api/v1/partnerships/${partnershipId}/people/${userId}/erase`;
  const erase = (
    who: SignedInAgent,
    partnershipId: string,
    userId: string,
    confirmName: unknown = NAME,
  ) =>
    who.agent
      .post(eraseUrl(partnershipId, userId))
      .set('x-csrf-token', who.csrf)
      .send({ confirmName });

  async function readLog(): Promise<ErasureLogLine[]> {
    const text = await fs.readFile(erasureLog, 'utf8');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ErasureLogLine);
  }

  async function canSignIn(member: TestMember): Promise<number> {
    const agent = request.agent(t.http);
    const csrf = await csrfToken(agent);
    const res = await agent
      .post('/api/v1/auth/login')
      .set('x-csrf-token', csrf)
      .send({ email: member.email, password: TEST_PASSWORD });
    return res.status;
  }

  describe('export', () => {
    it('downloads everything the partnership holds about the person, without secrets', async () => {
      const s = await setup();
      const res = await s.lead.agent.get(exportUrl(s.p.id, s.person.userId)).expect(200);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="persoonsgegevens-jan-de-vries.json"',
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const data = personExportSchema.strict().parse(res.body);

      expect(data.partnership).toEqual({ id: s.p.id, name: 'Opleidingsschool Noord' });
      expect(data.account).toMatchObject({
        id: s.person.userId,
        name: NAME,
        email: s.email,
        twoFactorEnabled: true,
        signsInWithSso: false,
      });
      expect(data.account.lastSignInAt).not.toBeNull();
      expect(data.memberships.map((m) => [m.role, m.locations])).toEqual([
        ['locatiecoordinator', [{ id: s.north.id, name: 'Noorderlicht' }]],
        ['procesbegeleider', []],
      ]);
      expect(data.invitations).toEqual([
        expect.objectContaining({
          email: s.email,
          name: NAME,
          role: 'stuurgroeplid',
          status: 'pending',
        }),
      ]);
      expect(data.sessions.count).toBe(1);
      expect(data.sessions.items[0]!.signedInAt).not.toBeNull();
      // The setup signs the person in once and fails once: sign-ins belong to their data too.
      expect(data.auditLog).toEqual([
        expect.objectContaining({ action: 'auth.sign_in', involvement: 'actor', details: null }),
        expect.objectContaining({
          action: 'auth.sign_in_failed',
          involvement: 'actor',
          details: null,
        }),
        expect.objectContaining({
          action: 'access.role_granted',
          involvement: 'subject',
          details: { role: 'procesbegeleider' },
        }),
      ]);
      expect(data.facilitatedThemeSessions).toEqual([
        expect.objectContaining({
          id: s.sessionId,
          evaluationId: s.evaluationId,
          themeCode: 'visie',
          heldOn: '2025-03-12',
        }),
      ]);
      expect(data.uploads).toEqual([]);
      // What the person uploads later is part of the next export: a scan and an import file.
      const [scan] = await sql<{ id: string }>(
        `insert into attachment (partnership_id, theme_session_id, filename, content_type, size, sha256, content, created_by)
         values ($1, $2, 'flip-over.pdf', 'application/pdf', 4, repeat('a', 64), '\\x25504446', $3) returning id`,
        [s.p.id, s.sessionId, s.person.userId],
      );
      const [batch] = await sql<{ id: string }>(
        `insert into import_batch (partnership_id, file_name, file_sha256, format, row_count, imported_rows,
                                   skipped_rows, evaluations_created, evaluations_extended, created_by)
         values ($1, 'zet-2019.xlsx', repeat('b', 64), 'xlsx', 3, 3, 0, 1, 0, $2) returning id`,
        [s.p.id, s.person.userId],
      );
      const again = personExportSchema
        .strict()
        .parse((await s.lead.agent.get(exportUrl(s.p.id, s.person.userId)).expect(200)).body);
      expect(again.uploads.map((u) => [u.kind, u.id, u.fileName, u.themeSessionId])).toEqual([
        ['attachment', scan!.id, 'flip-over.pdf', s.sessionId],
        ['import', batch!.id, 'zet-2019.xlsx', null],
      ]);
      expect(data.actions).toEqual([
        expect.objectContaining({
          id: s.actionId,
          ownerName: NAME,
          title: 'Werkplaats uitbreiden',
        }),
      ]);
      expect(data.mentions.map((m) => [m.field, m.id]).sort()).toEqual(
        [
          ['action.description', s.actionId],
          ['commonThread.description', s.threadId],
          ['finding.text', s.findingIds.named],
          ['themeSession.plenaryReporter', s.sessionId],
          ['themeSession.rationale', s.sessionId],
        ].sort(),
      );

      const [hashes] = await sql<{ password_hash: string }>(
        `select password_hash from app_user where id = $1`,
        [s.person.userId],
      );
      for (const secret of [
        hashes!.password_hash,
        'GEHEIM-TOTP-SECRET',
        'geheime-herstelcode-hash',
      ]) {
        expect(res.text).not.toContain(secret);
      }
      expect(res.text).not.toMatch(/password|totp_secret|recovery/i);

      const log = auditLogPageSchema.parse(
        (
          await s.lead.agent
            .get(`/api/v1/partnerships/${s.p.id}/audit-log?action=person.exported`)
            .expect(200)
        ).body,
      );
      // Both exports above are on record.
      expect(log.items.map((e) => [e.actor?.userId, e.target])).toEqual([
        [s.lead.member.userId, { type: 'user', id: s.person.userId }],
        [s.lead.member.userId, { type: 'user', id: s.person.userId }],
      ]);
    });

    it('exports a former member (known from the audit log), but not someone who was never one', async () => {
      const s = await setup();
      const other = await createPartnership(t.dataSource.manager);
      const stranger = await createMember(t, { partnershipId: other.id, role: 'stuurgroeplid' });
      await s.lead.agent.get(exportUrl(s.p.id, stranger.userId)).expect(404);
      await s.lead.agent.get(exportUrl(s.p.id, '00000000-0000-4000-8000-000000000000')).expect(404);
      await s.lead.agent.get(exportUrl(s.p.id, 'geen-uuid')).expect(404);

      await s.lead.agent
        .delete(`/api/v1/partnerships/${s.p.id}/members/${s.person.userId}`)
        .set('x-csrf-token', s.lead.csrf)
        .expect(204);
      const former = personExportSchema
        .strict()
        .parse((await s.lead.agent.get(exportUrl(s.p.id, s.person.userId)).expect(200)).body);
      expect(former.memberships).toEqual([]);
      expect(former.account.email).toBe(s.email);
    });
  });

  describe('erasure', () => {
    it('refuses a confirmation that is not the person’s name, and changes nothing', async () => {
      const s = await setup();
      for (const confirmName of ['Jan', 'jan de vries', '']) {
        const res = await erase(s.lead, s.p.id, s.person.userId, confirmName).expect(400);
        const problem = problemSchema.parse(res.body);
        expect(problem.errors?.[0]?.path).toEqual(['confirmName']);
        expect(problem.errors?.[0]?.message).toMatch(/naam/);
      }
      await s.lead.agent
        .post(eraseUrl(s.p.id, s.person.userId))
        .set('x-csrf-token', s.lead.csrf)
        .send({})
        .expect(400);
      expect(
        await sql(`select 1 from membership where user_id = $1`, [s.person.userId]),
      ).toHaveLength(2);
      expect(await canSignIn(s.person)).toBe(200);
    });

    it('erases the account, redacts the name from free text and keeps the group outcomes', async () => {
      const s = await setup();
      const res = await erase(s.lead, s.p.id, s.person.userId, `  ${NAME} `).expect(200);
      expect(personErasureSchema.strict().parse(res.body)).toEqual({
        userId: s.person.userId,
        accountErased: true,
        membershipsRemoved: 2,
        invitationsRemoved: 1,
        textsRedacted: 6,
      });

      const findings = await sql<{ id: string; text: string }>(
        `select id, text from finding order by position`,
      );
      expect(findings).toEqual([
        {
          id: s.findingIds.named,
          text: `${REDACTED} heeft de werkplaats opgezet; Jan de Vriesland is iets anders.`,
        },
        { id: s.findingIds.plain, text: 'Feedbackcultuur verder uitbouwen.' },
      ]);
      const [session] = await sql(
        `select facilitator_id, current_placement, desired_placement, rationale, plenary_reporter, notes from theme_session`,
      );
      expect(session).toEqual({
        facilitator_id: null,
        current_placement: '2.5',
        desired_placement: '3.0',
        rationale: `Volgens ${REDACTED} (notulist) zijn we op weg; mail ${REDACTED}.`,
        plenary_reporter: REDACTED,
        notes: 'Geen namen hier.',
      });
      expect(await sql(`select role, current_placement from individual_placement`)).toEqual([
        { role: 'docent', current_placement: '2.0' },
      ]);
      expect(await sql(`select owner_name, description from action`)).toEqual([
        { owner_name: REDACTED, description: `Overleg met ${REDACTED} over de planning.` },
      ]);
      expect(await sql(`select name, description from common_thread`)).toEqual([
        { name: 'Werkplaatsen', description: `Aangedragen door ${REDACTED}.` },
      ]);
      expect(await sql(`select 1 from membership where user_id = $1`, [s.person.userId])).toEqual(
        [],
      );
      expect(await sql(`select 1 from membership_location`)).toEqual([]);
      expect(await sql(`select 1 from invitation`)).toEqual([]);

      const [account] = await sql(
        `select email, name, password_hash, totp_secret, totp_enabled_at, recovery_code_hashes, oidc_subject, erased_at is not null as erased
           from app_user where id = $1`,
        [s.person.userId],
      );
      expect(account).toEqual({
        email: `verwijderd-${s.person.userId}@invalid`,
        name: 'Verwijderde gebruiker',
        password_hash: null,
        totp_secret: null,
        totp_enabled_at: null,
        recovery_code_hashes: [],
        oidc_subject: null,
        erased: true,
      });
      const log = auditLogPageSchema.parse(
        (
          await s.lead.agent
            .get(`/api/v1/partnerships/${s.p.id}/audit-log?action=person.erased`)
            .expect(200)
        ).body,
      );
      expect(log.items).toHaveLength(1);
      expect(log.items[0]).toMatchObject({
        actor: { userId: s.lead.member.userId },
        target: { type: 'user', id: s.person.userId },
      });
      expect(JSON.stringify(log.items[0]!.details)).not.toMatch(/jan|vries|@/i);
      // The address is gone from the audit details too (the invitation, the failed sign-in).
      expect(JSON.stringify(await sql(`select details from audit_log`))).not.toContain(s.email);

      expect(
        await sql(`select 1 from user_session where sess->>'userId' = $1`, [s.person.userId]),
      ).toEqual([]);
      await s.personAgent.agent.get('/api/v1/auth/me').expect(401);
      expect(await canSignIn(s.person)).toBe(401);

      // Gone: no export, no second erasure.
      await s.lead.agent.get(exportUrl(s.p.id, s.person.userId)).expect(404);
      await erase(s.lead, s.p.id, s.person.userId, 'Verwijderde gebruiker').expect(404);
    });

    it('keeps the account of someone who is a member of another partnership too', async () => {
      const s = await setup();
      const other = await createPartnership(t.dataSource.manager, {
        name: 'Opleidingsschool Zuid',
      });
      await sql(
        `insert into membership (user_id, partnership_id, role) values ($1, $2, 'stuurgroeplid')`,
        [s.person.userId, other.id],
      );

      const res = await erase(s.lead, s.p.id, s.person.userId).expect(200);
      expect(personErasureSchema.parse(res.body)).toMatchObject({
        accountErased: false,
        membershipsRemoved: 2,
      });
      expect(
        await sql(`select name, email, erased_at from app_user where id = $1`, [s.person.userId]),
      ).toEqual([{ name: NAME, email: s.email, erased_at: null }]);
      expect(
        await sql(`select partnership_id from membership where user_id = $1`, [s.person.userId]),
      ).toEqual([{ partnership_id: other.id }]);
      // Redacted in this partnership all the same.
      expect(await sql(`select owner_name from action`)).toEqual([{ owner_name: REDACTED }]);

      // Still signed in, and can sign in again (password accepted, then the second factor).
      await s.personAgent.agent.get(`/api/v1/partnerships/${other.id}`).expect(200);
      await s.personAgent.agent.get(`/api/v1/partnerships/${s.p.id}`).expect(404);
      expect(await canSignIn(s.person)).toBe(200);
      await s.lead.agent.get(exportUrl(s.p.id, s.person.userId)).expect(404);
      expect((await readLog())[0]).toMatchObject({ accountErased: false, partnershipId: s.p.id });
    });

    it('does not let a programmaleider erase themselves', async () => {
      const s = await setup();
      const [lead] = await sql<{ name: string }>(`select name from app_user where id = $1`, [
        s.lead.member.userId,
      ]);
      const res = await erase(s.lead, s.p.id, s.lead.member.userId, lead!.name).expect(409);
      expect(problemSchema.parse(res.body).detail).toMatch(/eigen gegevens/);
    });

    it('appends a line to the erasure log that holds neither name nor e-mail address', async () => {
      const s = await setup();
      await erase(s.lead, s.p.id, s.person.userId).expect(200);
      const text = await fs.readFile(erasureLog, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toMatch(/jan de vries(?!land)/i);
      expect(text).not.toContain(s.email);
      const lines = await readLog();
      expect(lines).toHaveLength(1);
      const line = lines[0]!;
      expect(line).toMatchObject({
        userId: s.person.userId,
        partnershipId: s.p.id,
        accountErased: true,
        emailHash: createHash('sha256').update(s.email).digest('hex'),
      });
      expect(Date.parse(line.erasedAt)).toBeLessThanOrEqual(Date.now());
      expect(line.redactions).toContainEqual({
        table: 'finding',
        id: s.findingIds.named,
        column: 'text',
        value: `${REDACTED} heeft de werkplaats opgezet; Jan de Vriesland is iets anders.`,
      });
      expect(line.redactions.map((r) => `${r.table}.${r.column}`).sort()).toEqual(
        [
          'action.description',
          'action.owner_name',
          'audit_log.details',
          'audit_log.details',
          'common_thread.description',
          'finding.text',
          'theme_session.plenary_reporter',
          'theme_session.rationale',
        ].sort(),
      );
    });
  });

  describe('after a restore from backup', () => {
    it('re-applies the erasure and the redactions, once, and leaves later edits alone', async () => {
      const s = await setup();
      const other = await createPartnership(t.dataSource.manager);
      const bystander = await createMember(t, { partnershipId: other.id, role: 'stuurgroeplid' });
      // The "backup": the rows as they were before the erasure.
      const [account] = await sql(`select * from app_user where id = $1`, [s.person.userId]);
      const memberships = await sql(`select * from membership where user_id = $1`, [
        s.person.userId,
      ]);
      const membershipLocations = await sql(`select * from membership_location`);
      const findings = await sql(`select id, text, updated_at from finding`);
      const actions = await sql(`select id, owner_name, description, updated_at from action`);
      const sessions = await sql(
        `select id, facilitator_id, rationale, plenary_reporter, updated_at from theme_session`,
      );
      const invitations = await sql(`select * from invitation`);
      const auditDetails = await sql(`select id, details from audit_log where details ? 'email'`);
      expect(auditDetails).toHaveLength(2);

      await erase(s.lead, s.p.id, s.person.userId).expect(200);

      // "Restore": the old values come back.
      const a = account as Record<string, unknown>;
      await sql(
        `update app_user set email = $2, name = $3, password_hash = $4, totp_secret = $5, totp_enabled_at = $6,
                recovery_code_hashes = $7, erased_at = null, updated_at = $8 where id = $1`,
        [
          a.id,
          a.email,
          a.name,
          a.password_hash,
          a.totp_secret,
          a.totp_enabled_at,
          a.recovery_code_hashes,
          a.updated_at,
        ],
      );
      for (const m of memberships) {
        await sql(
          `insert into membership (id, user_id, partnership_id, role, created_at) values ($1, $2, $3, $4, $5)`,
          [m.id, m.user_id, m.partnership_id, m.role, m.created_at],
        );
      }
      for (const ml of membershipLocations) {
        await sql(
          `insert into membership_location (membership_id, partnership_id, location_id) values ($1, $2, $3)`,
          [ml.membership_id, ml.partnership_id, ml.location_id],
        );
      }
      for (const f of findings)
        await sql(`update finding set text = $2, updated_at = $3 where id = $1`, [
          f.id,
          f.text,
          f.updated_at,
        ]);
      for (const x of actions) {
        await sql(
          `update action set owner_name = $2, description = $3, updated_at = $4 where id = $1`,
          [x.id, x.owner_name, x.description, x.updated_at],
        );
      }
      for (const x of sessions) {
        await sql(
          `update theme_session set facilitator_id = $2, rationale = $3, plenary_reporter = $4, updated_at = $5 where id = $1`,
          [x.id, x.facilitator_id, x.rationale, x.plenary_reporter, x.updated_at],
        );
      }
      for (const i of invitations) {
        await sql(
          `insert into invitation (id, partnership_id, email, name, role, token_hash, expires_at, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            i.id,
            i.partnership_id,
            i.email,
            i.name,
            i.role,
            i.token_hash,
            i.expires_at,
            i.created_at,
          ],
        );
      }
      for (const x of auditDetails)
        await sql(`update audit_log set details = $2 where id = $1`, [
          x.id,
          JSON.stringify(x.details),
        ]);
      expect(await canSignIn(s.person)).toBe(200);
      // Edited after the erasure (on the restored database): stays as it is.
      await sql(
        `update common_thread set description = 'Later herschreven, zonder naam.', updated_at = now()`,
      );

      const replay = t.running.app.get(ErasureReplayService);
      expect(await replay.replay()).toEqual({
        entries: 1,
        accountsErased: 1,
        membershipsRemoved: 2,
        invitationsRemoved: 1,
        facilitatorsCleared: 1,
        textsRedacted: 7,
        redactionsSkipped: 0,
      });

      expect(
        await sql(
          `select name, email, password_hash, erased_at is not null as erased from app_user where id = $1`,
          [s.person.userId],
        ),
      ).toEqual([
        {
          name: 'Verwijderde gebruiker',
          email: `verwijderd-${s.person.userId}@invalid`,
          password_hash: null,
          erased: true,
        },
      ]);
      expect(await sql(`select 1 from membership where user_id = $1`, [s.person.userId])).toEqual(
        [],
      );
      expect(await sql(`select 1 from invitation`)).toEqual([]);
      expect(await sql(`select text from finding where id = $1`, [s.findingIds.named])).toEqual([
        { text: `${REDACTED} heeft de werkplaats opgezet; Jan de Vriesland is iets anders.` },
      ]);
      expect(await sql(`select owner_name, description from action`)).toEqual([
        { owner_name: REDACTED, description: `Overleg met ${REDACTED} over de planning.` },
      ]);
      expect(await sql(`select facilitator_id, plenary_reporter from theme_session`)).toEqual([
        { facilitator_id: null, plenary_reporter: REDACTED },
      ]);
      expect(await sql(`select description from common_thread`)).toEqual([
        { description: 'Later herschreven, zonder naam.' },
      ]);
      expect(JSON.stringify(await sql(`select details from audit_log`))).not.toContain(s.email);
      expect(await canSignIn(s.person)).toBe(401);
      // Nobody else was touched.
      expect(await canSignIn(bystander)).toBe(200);
      expect(
        await sql(`select 1 from membership where user_id = $1`, [s.lead.member.userId]),
      ).toHaveLength(1);

      // Idempotent: a second start finds nothing to do.
      expect(await replay.replay()).toMatchObject({
        entries: 1,
        accountsErased: 0,
        membershipsRemoved: 0,
        invitationsRemoved: 0,
        textsRedacted: 0,
      });
    });

    it('keeps memberships granted after the erasure to someone whose account stayed', async () => {
      const s = await setup();
      const other = await createPartnership(t.dataSource.manager);
      await sql(
        `insert into membership (user_id, partnership_id, role) values ($1, $2, 'stuurgroeplid')`,
        [s.person.userId, other.id],
      );
      await erase(s.lead, s.p.id, s.person.userId).expect(200);
      // Invited again later: a new membership, newer than the erasure.
      await sql(
        `insert into membership (user_id, partnership_id, role) values ($1, $2, 'stuurgroeplid')`,
        [s.person.userId, s.p.id],
      );

      expect(await t.running.app.get(ErasureReplayService).replay()).toMatchObject({
        membershipsRemoved: 0,
        accountsErased: 0,
      });
      expect(
        await sql(`select role from membership where user_id = $1 and partnership_id = $2`, [
          s.person.userId,
          s.p.id,
        ]),
      ).toEqual([{ role: 'stuurgroeplid' }]);
    });
  });

  describe('access', () => {
    it('answers 404 to anyone but the partnership’s programmaleider, and 403 without a CSRF token', async () => {
      const s = await setup();
      const other = await createPartnership(t.dataSource.manager);
      const otherLead = await signInAs(t, 'programmaleider', other.id);
      const steering = await signInAs(t, 'stuurgroeplid', s.p.id);
      for (const who of [otherLead, steering]) {
        await who.agent.get(exportUrl(s.p.id, s.person.userId)).expect(404);
        await erase(who, s.p.id, s.person.userId).expect(404);
      }
      // Through their own partnership, this person does not exist for the other programmaleider.
      await otherLead.agent.get(exportUrl(other.id, s.person.userId)).expect(404);
      await erase(otherLead, other.id, s.person.userId).expect(404);

      const noCsrf = await s.lead.agent
        .post(eraseUrl(s.p.id, s.person.userId))
        .send({ confirmName: NAME })
        .expect(403);
      expect(problemSchema.parse(noCsrf.body).status).toBe(403);
      await request(t.http).get(exportUrl(s.p.id, s.person.userId)).expect(401);

      expect(
        await sql(`select 1 from membership where user_id = $1`, [s.person.userId]),
      ).toHaveLength(2);
      expect(
        await sql(`select 1 from audit_log where action in ('person.exported', 'person.erased')`),
      ).toEqual([]);
    });
  });
});
