import {
  auditLogPageSchema,
  CSRF_PROBLEM_TYPE,
  invitationPreviewSchema,
  invitationSchema,
  loginResultSchema,
  meSchema,
  memberSchema,
  peopleListSchema,
  problemSchema,
} from '@zet/contracts';
import request from 'supertest';
import { hashToken } from '../../src/modules/auth/one-time-token';
import { createLocation, createPartnership } from '../factories';
import { createMember, csrfToken, signIn, signInAs, type SignedInAgent } from '../setup/auth';
import { lastMailTo, mailService, mailsTo, tokenFromMail } from '../setup/mail';
import { createTestApp, type TestApp } from '../setup/test-app';

const NEW_PASSWORD = 'een-nieuw-lang-wachtwoord';
let counter = 0;
const newEmail = () => `Nieuw.Persoon${++counter}-${Date.now()}@School.test`;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

describe('People: invitations, roles and access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.truncate();
    mailService(t).clearOutbox();
  });

  async function setup() {
    const db = t.dataSource.manager;
    const p = await createPartnership(db, { name: 'Opleidingsschool Noord' });
    const [north, south] = [
      await createLocation(db, p.id, { name: 'Noorderlicht' }),
      await createLocation(db, p.id, { name: 'Zuiderzon' }),
    ];
    const lead = await signInAs(t, 'programmaleider', p.id);
    return { p, north, south, lead };
  }

  const invite = (lead: SignedInAgent, partnershipId: string, body: Record<string, unknown>) =>
    lead.agent
      .post(`/api/v1/partnerships/${partnershipId}/invitations`)
      .set('x-csrf-token', lead.csrf)
      .send(body);

  async function anonymous() {
    const agent = request.agent(t.http);
    return { agent, csrf: await csrfToken(agent) };
  }

  async function accept(
    token: string,
    body: Record<string, unknown> = { name: 'Nieuwe Collega', password: NEW_PASSWORD },
  ) {
    const { agent, csrf } = await anonymous();
    const res = await agent
      .post('/api/v1/auth/invitations/accept')
      .set('x-csrf-token', csrf)
      .send({ token, ...body });
    return { agent, res };
  }

  async function lookup(token: string, status: number) {
    const { agent, csrf } = await anonymous();
    return agent
      .post('/api/v1/auth/invitations/lookup')
      .set('x-csrf-token', csrf)
      .send({ token })
      .expect(status);
  }

  describe('invitations', () => {
    it('invites a locatie-coördinator; accepting creates the account with its locaties and signs in', async () => {
      const { p, north, lead } = await setup();
      const email = newEmail();
      const res = await invite(lead, p.id, {
        email,
        name: 'Nieuwe Collega',
        role: 'locatiecoordinator',
        locationIds: [north.id],
      }).expect(201);
      const invitation = invitationSchema.strict().parse(res.body);
      expect(invitation).toMatchObject({
        email: email.toLowerCase(),
        role: 'locatiecoordinator',
        locationIds: [north.id],
        status: 'pending',
      });
      const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThanOrEqual(7);

      const mail = lastMailTo(t, email);
      expect(mail.subject).toBe('Uitnodiging voor Opleidingsschool Noord in ZET Monitor');
      expect(mail.text).toContain('als locatie-coördinator');
      expect(mail.text).toMatch(/http:\/\/\S+\/uitnodiging\?token=/);
      const token = tokenFromMail(mail, '/uitnodiging');

      const preview = invitationPreviewSchema.strict().parse((await lookup(token, 200)).body);
      expect(preview).toMatchObject({
        partnershipName: 'Opleidingsschool Noord',
        role: 'locatiecoordinator',
        accountExists: false,
      });

      const { agent, res: accepted } = await accept(token);
      expect(accepted.status).toBe(200);
      expect(loginResultSchema.strict().parse(accepted.body)).toEqual({ status: 'signed_in' });
      const me = meSchema.strict().parse((await agent.get('/api/v1/auth/me').expect(200)).body);
      expect(me.user).toMatchObject({ name: 'Nieuwe Collega', email: email.toLowerCase() });
      expect(me.memberships).toEqual([
        {
          partnershipId: p.id,
          partnershipName: 'Opleidingsschool Noord',
          roles: ['locatiecoordinator'],
          locationIds: [north.id],
        },
      ]);
      await agent.get(`/api/v1/partnerships/${p.id}/locations`).expect(200);

      const people = peopleListSchema
        .strict()
        .parse((await lead.agent.get(`/api/v1/partnerships/${p.id}/people`).expect(200)).body);
      expect(people.invitations).toEqual([]);
      expect(people.members.find((m) => m.email === email.toLowerCase())).toMatchObject({
        name: 'Nieuwe Collega',
        roles: ['locatiecoordinator'],
        locationIds: [north.id],
        invitationStatus: 'accepted',
      });

      // The new account signs in with its own password.
      const member = people.members.find((m) => m.email === email.toLowerCase())!;
      await signIn(t, { userId: member.userId, email }, NEW_PASSWORD);

      const log = auditLogPageSchema.parse(
        (await lead.agent.get(`/api/v1/partnerships/${p.id}/audit-log`).expect(200)).body,
      );
      // Accepting signs the newcomer in; their own sign-in follows; the programmaleider's came first.
      expect(log.items.map((e) => [e.action, e.actor?.userId, e.target])).toEqual([
        ['auth.sign_in', member.userId, null],
        ['auth.sign_in', member.userId, null],
        ['access.role_granted', lead.member.userId, { type: 'user', id: member.userId }],
        ['auth.invitation_accepted', member.userId, { type: 'invitation', id: invitation.id }],
        ['access.invited', lead.member.userId, { type: 'invitation', id: invitation.id }],
        ['auth.sign_in', lead.member.userId, null],
      ]);
    });

    it('accepts a link only once', async () => {
      const { p, lead } = await setup();
      const email = newEmail();
      await invite(lead, p.id, { email, name: 'Eenmalig', role: 'stuurgroeplid' }).expect(201);
      const token = tokenFromMail(lastMailTo(t, email), '/uitnodiging');
      expect((await accept(token)).res.status).toBe(200);

      const again = await accept(token, { name: 'Iemand Anders', password: NEW_PASSWORD });
      expect(again.res.status).toBe(400);
      expect(problemSchema.parse(again.res.body).detail).toMatch(/niet \(meer\) geldig/);
      await lookup(token, 400);
    });

    it('refuses an expired invitation, and resending gives a new link while the old one stops working', async () => {
      const { p, lead } = await setup();
      const email = newEmail();
      const created = invitationSchema.parse(
        (await invite(lead, p.id, { email, name: 'Laat', role: 'procesbegeleider' }).expect(201))
          .body,
      );
      const oldToken = tokenFromMail(lastMailTo(t, email), '/uitnodiging');
      await t.dataSource.query(
        `update invitation set expires_at = now() - interval '1 minute' where id = $1`,
        [created.id],
      );

      const expired = await accept(oldToken);
      expect(expired.res.status).toBe(400);
      expect(problemSchema.parse(expired.res.body).detail).toMatch(/verlopen/);
      const people = peopleListSchema.parse(
        (await lead.agent.get(`/api/v1/partnerships/${p.id}/people`).expect(200)).body,
      );
      expect(people.invitations.map((i) => [i.id, i.status])).toEqual([[created.id, 'expired']]);

      const resent = await lead.agent
        .post(`/api/v1/partnerships/${p.id}/invitations/${created.id}/resend`)
        .set('x-csrf-token', lead.csrf)
        .expect(200);
      expect(invitationSchema.strict().parse(resent.body).status).toBe('pending');
      expect(mailsTo(t, email)).toHaveLength(2);
      const newToken = tokenFromMail(lastMailTo(t, email), '/uitnodiging');
      expect(newToken).not.toBe(oldToken);
      expect((await accept(oldToken)).res.status).toBe(400);
      expect((await accept(newToken)).res.status).toBe(200);
    });

    it('lets an existing account accept only once signed in with the same e-mail address', async () => {
      const { p, lead } = await setup();
      const other = await createPartnership(t.dataSource.manager);
      const existing = await createMember(t, { partnershipId: other.id, role: 'stuurgroeplid' });
      await invite(lead, p.id, {
        email: existing.email,
        name: 'Bestaand',
        role: 'stuurgroeplid',
      }).expect(201);
      const token = tokenFromMail(lastMailTo(t, existing.email), '/uitnodiging');

      expect(invitationPreviewSchema.parse((await lookup(token, 200)).body).accountExists).toBe(
        true,
      );
      const anonymousTry = await accept(token);
      expect(anonymousTry.res.status).toBe(409);
      expect(problemSchema.parse(anonymousTry.res.body).detail).toMatch(/Meld je eerst aan/);

      const someoneElse = await signIn(t, await createMember(t));
      const wrong = await someoneElse.agent
        .post('/api/v1/auth/invitations/accept')
        .set('x-csrf-token', someoneElse.csrf)
        .send({ token })
        .expect(409);
      expect(problemSchema.parse(wrong.body).detail).toMatch(/ander|aangemeld als/);

      const own = await signIn(t, existing);
      const res = await own.agent
        .post('/api/v1/auth/invitations/accept')
        .set('x-csrf-token', own.csrf)
        .send({ token })
        .expect(200);
      expect(loginResultSchema.strict().parse(res.body)).toEqual({ status: 'signed_in' });
      const me = meSchema.parse((await own.agent.get('/api/v1/auth/me').expect(200)).body);
      expect(me.memberships.map((m) => m.partnershipId).sort()).toEqual([p.id, other.id].sort());
    });

    it('asks a new person for a name and a password, in Dutch', async () => {
      const { p, lead } = await setup();
      const email = newEmail();
      await invite(lead, p.id, { email, name: 'Zonder', role: 'stuurgroeplid' }).expect(201);
      const token = tokenFromMail(lastMailTo(t, email), '/uitnodiging');
      const { res } = await accept(token, {});
      expect(res.status).toBe(400);
      const body = problemSchema.parse(res.body);
      expect(body.errors?.map((e) => e.path)).toEqual([['name'], ['password']]);
      const short = await accept(token, { name: 'Kort', password: 'kort' });
      expect(problemSchema.parse(short.res.body).errors?.[0]).toMatchObject({
        path: ['password'],
        message: expect.stringMatching(/minstens 12 tekens/),
      });
      // Nothing was used up by the failed attempts.
      expect((await accept(token)).res.status).toBe(200);
    });

    it('refuses a locatie of another partnership, and a coördinator without locaties', async () => {
      const { p, lead } = await setup();
      const other = await createPartnership(t.dataSource.manager);
      const foreign = await createLocation(t.dataSource.manager, other.id);
      const res = await invite(lead, p.id, {
        email: newEmail(),
        name: 'X',
        role: 'locatiecoordinator',
        locationIds: [foreign.id],
      }).expect(400);
      const body = problemSchema.parse(res.body);
      expect(body.detail).toMatch(/locaties van dit partnerschap/);
      expect(body.errors).toEqual([
        {
          path: ['locationIds', 0],
          message: expect.stringMatching(/hoort niet bij dit partnerschap/),
        },
      ]);

      const none = await invite(lead, p.id, {
        email: newEmail(),
        name: 'X',
        role: 'locatiecoordinator',
        locationIds: [],
      }).expect(400);
      expect(problemSchema.parse(none.body).errors).toEqual([
        {
          path: ['locationIds'],
          message: 'Kies minstens één locatie voor een locatie-coördinator.',
        },
      ]);
      expect(mailService(t).outbox()).toHaveLength(0);
    });

    it('refuses a second open invitation and a role the person already has', async () => {
      const { p, lead } = await setup();
      const email = newEmail();
      await invite(lead, p.id, { email, name: 'Dubbel', role: 'stuurgroeplid' }).expect(201);
      const twice = await invite(lead, p.id, {
        email: email.toUpperCase(),
        name: 'Dubbel',
        role: 'stuurgroeplid',
      }).expect(409);
      expect(problemSchema.parse(twice.body).detail).toMatch(/al een uitnodiging open/);
      const member = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });
      const has = await invite(lead, p.id, {
        email: member.email,
        name: 'Lid',
        role: 'stuurgroeplid',
      }).expect(409);
      expect(problemSchema.parse(has.body).detail).toMatch(/heeft deze rol al/);
    });

    it('revoking an invitation makes its link invalid', async () => {
      const { p, lead } = await setup();
      const email = newEmail();
      const created = invitationSchema.parse(
        (await invite(lead, p.id, { email, name: 'Weg', role: 'stuurgroeplid' }).expect(201)).body,
      );
      await lead.agent
        .delete(`/api/v1/partnerships/${p.id}/invitations/${created.id}`)
        .set('x-csrf-token', lead.csrf)
        .expect(204);
      expect((await accept(tokenFromMail(lastMailTo(t, email), '/uitnodiging'))).res.status).toBe(
        400,
      );
      const people = peopleListSchema.parse(
        (await lead.agent.get(`/api/v1/partnerships/${p.id}/people`).expect(200)).body,
      );
      expect(people.invitations).toEqual([]);
    });

    it('refuses writes without the CSRF token', async () => {
      const { p, lead } = await setup();
      const res = await lead.agent
        .post(`/api/v1/partnerships/${p.id}/invitations`)
        .send({ email: newEmail(), name: 'X', role: 'stuurgroeplid' })
        .expect(403);
      expect(problemSchema.parse(res.body)).toMatchObject({
        type: CSRF_PROBLEM_TYPE,
        detail: expect.stringMatching(/Laad de pagina opnieuw/),
      });
      const accept = await request(t.http)
        .post('/api/v1/auth/invitations/accept')
        .send({ token: 'x'.repeat(43) })
        .expect(403);
      expect(problemSchema.parse(accept.body).status).toBe(403);
    });

    it('keeps one CSRF token per session, so a second tab does not invalidate the first', async () => {
      const { p, lead } = await setup();
      const secondTab = await csrfToken(lead.agent);
      expect(secondTab).toBe(lead.csrf);
      await invite(lead, p.id, {
        email: newEmail(),
        name: 'Eerste tab',
        role: 'stuurgroeplid',
      }).expect(201);
      // A new sign-in is a new session, with a token of its own.
      const again = await signIn(t, lead.member);
      expect(again.csrf).not.toBe(lead.csrf);
    });
  });

  describe('isolation', () => {
    it('lets only the programmaleider of this partnership see or change its people (404 otherwise)', async () => {
      const { p, lead } = await setup();
      const member = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });
      const created = invitationSchema.parse(
        (
          await invite(lead, p.id, { email: newEmail(), name: 'A', role: 'stuurgroeplid' }).expect(
            201,
          )
        ).body,
      );

      const other = await createPartnership(t.dataSource.manager);
      const otherLead = await signInAs(t, 'programmaleider', other.id);
      const otherMember = await createMember(t, { partnershipId: other.id, role: 'stuurgroeplid' });
      const steering = await signInAs(t, 'stuurgroeplid', p.id);

      for (const who of [otherLead, steering]) {
        const a = who.agent;
        const csrf = who.csrf;
        await a.get(`/api/v1/partnerships/${p.id}/people`).expect(404);
        await a
          .post(`/api/v1/partnerships/${p.id}/invitations`)
          .set('x-csrf-token', csrf)
          .send({ email: newEmail(), name: 'B', role: 'stuurgroeplid' })
          .expect(404);
        await a
          .post(`/api/v1/partnerships/${p.id}/invitations/${created.id}/resend`)
          .set('x-csrf-token', csrf)
          .expect(404);
        await a
          .delete(`/api/v1/partnerships/${p.id}/invitations/${created.id}`)
          .set('x-csrf-token', csrf)
          .expect(404);
        await a
          .put(`/api/v1/partnerships/${p.id}/members/${member.userId}`)
          .set('x-csrf-token', csrf)
          .send({ roles: ['programmaleider'] })
          .expect(404);
        await a
          .delete(`/api/v1/partnerships/${p.id}/members/${member.userId}`)
          .set('x-csrf-token', csrf)
          .expect(404);
        await a.get(`/api/v1/partnerships/${p.id}/audit-log`).expect(404);
      }
      // Through one's own partnership, another partnership's people and invitations do not exist either.
      await otherLead.agent
        .put(`/api/v1/partnerships/${other.id}/members/${member.userId}`)
        .set('x-csrf-token', otherLead.csrf)
        .send({ roles: ['stuurgroeplid'] })
        .expect(404);
      await otherLead.agent
        .delete(`/api/v1/partnerships/${other.id}/members/${member.userId}`)
        .set('x-csrf-token', otherLead.csrf)
        .expect(404);
      await otherLead.agent
        .delete(`/api/v1/partnerships/${other.id}/invitations/${created.id}`)
        .set('x-csrf-token', otherLead.csrf)
        .expect(404);
      await otherLead.agent
        .post(`/api/v1/partnerships/${other.id}/invitations/${created.id}/resend`)
        .set('x-csrf-token', otherLead.csrf)
        .expect(404);
      await lead.agent
        .delete(`/api/v1/partnerships/${p.id}/members/geen-uuid`)
        .set('x-csrf-token', lead.csrf)
        .expect(404);

      const otherPeople = peopleListSchema.parse(
        (await otherLead.agent.get(`/api/v1/partnerships/${other.id}/people`).expect(200)).body,
      );
      expect(otherPeople.members.map((m) => m.userId).sort()).toEqual(
        [otherLead.member.userId, otherMember.userId].sort(),
      );
      expect(otherPeople.invitations).toEqual([]);

      // Nothing changed in partnership A.
      const people = peopleListSchema.parse(
        (await lead.agent.get(`/api/v1/partnerships/${p.id}/people`).expect(200)).body,
      );
      expect(people.members.find((m) => m.userId === member.userId)?.roles).toEqual([
        'stuurgroeplid',
      ]);
      expect(people.invitations.map((i) => [i.id, i.status])).toEqual([[created.id, 'pending']]);

      await request(t.http).get(`/api/v1/partnerships/${p.id}/people`).expect(401);
    });
  });

  describe('roles and access', () => {
    it('replaces roles and locaties, and records who granted or revoked what', async () => {
      const { p, north, south, lead } = await setup();
      const member = await createMember(t, {
        partnershipId: p.id,
        role: 'locatiecoordinator',
        locationIds: [north.id],
      });
      const res = await lead.agent
        .put(`/api/v1/partnerships/${p.id}/members/${member.userId}`)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: ['stuurgroeplid', 'locatiecoordinator'], locationIds: [south.id] })
        .expect(200);
      expect(memberSchema.strict().parse(res.body)).toMatchObject({
        userId: member.userId,
        roles: ['locatiecoordinator', 'stuurgroeplid'],
        locationIds: [south.id],
        invitationStatus: null,
      });

      const downgrade = await lead.agent
        .put(`/api/v1/partnerships/${p.id}/members/${member.userId}`)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: ['stuurgroeplid'] })
        .expect(200);
      expect(memberSchema.parse(downgrade.body)).toMatchObject({
        roles: ['stuurgroeplid'],
        locationIds: [],
      });

      const bad = await lead.agent
        .put(`/api/v1/partnerships/${p.id}/members/${member.userId}`)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: [] })
        .expect(400);
      expect(problemSchema.parse(bad.body).errors?.[0]).toMatchObject({
        path: ['roles'],
        message: expect.stringMatching(/minstens één rol/),
      });

      const roleLog = async (action: string) =>
        auditLogPageSchema
          .strict()
          .parse(
            (
              await lead.agent
                .get(`/api/v1/partnerships/${p.id}/audit-log?action=${action}`)
                .expect(200)
            ).body,
          ).items;
      const log = {
        items: [
          ...(await roleLog('access.role_revoked')),
          ...(await roleLog('access.role_granted')),
        ],
      };
      expect(log.items.map((e) => [e.action, e.details.role])).toEqual([
        ['access.role_revoked', 'locatiecoordinator'],
        ['access.role_granted', 'locatiecoordinator'],
        ['access.role_granted', 'stuurgroeplid'],
      ]);
      for (const entry of log.items) {
        expect(entry.actor?.userId).toBe(lead.member.userId);
        expect(entry.target).toEqual({ type: 'user', id: member.userId });
      }
      expect(log.items[1]!.details).toMatchObject({
        locationIds: [south.id],
        previousLocationIds: [north.id],
      });
    });

    it('keeps an archived locatie already assigned, but refuses to assign it anew', async () => {
      const { p, north, south, lead } = await setup();
      const member = await createMember(t, {
        partnershipId: p.id,
        role: 'locatiecoordinator',
        locationIds: [north.id],
      });
      const other = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });
      await t.dataSource.query(`update location set archived_at = now() where id = $1`, [north.id]);

      const kept = await lead.agent
        .put(`/api/v1/partnerships/${p.id}/members/${member.userId}`)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: ['locatiecoordinator'], locationIds: [north.id, south.id] })
        .expect(200);
      expect(memberSchema.parse(kept.body).locationIds.sort()).toEqual([north.id, south.id].sort());

      const refused = await lead.agent
        .put(`/api/v1/partnerships/${p.id}/members/${other.userId}`)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: ['locatiecoordinator'], locationIds: [south.id, north.id] })
        .expect(400);
      expect(problemSchema.parse(refused.body).errors?.map((e) => e.path)).toEqual([
        ['locationIds', 1],
      ]);
    });

    it('keeps at least one programmaleider: one cannot remove one’s own last programmaleider role', async () => {
      const { p, lead } = await setup();
      const self = `/api/v1/partnerships/${p.id}/members/${lead.member.userId}`;
      const res = await lead.agent
        .put(self)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: ['stuurgroeplid'] })
        .expect(409);
      expect(problemSchema.parse(res.body).detail).toMatch(/minstens één programmaleider/);
      await lead.agent.delete(self).set('x-csrf-token', lead.csrf).expect(409);

      await createMember(t, { partnershipId: p.id, role: 'programmaleider' });
      await lead.agent
        .put(self)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: ['programmaleider', 'stuurgroeplid'] })
        .expect(200);
      await lead.agent
        .put(self)
        .set('x-csrf-token', lead.csrf)
        .send({ roles: ['stuurgroeplid'] })
        .expect(200);
      // No longer programmaleider: the page is gone for them.
      await lead.agent.get(`/api/v1/partnerships/${p.id}/people`).expect(404);
    });

    it('revoking access removes the memberships and ends the sessions of someone with no other access', async () => {
      const { p, north, lead } = await setup();
      const member = await createMember(t, {
        partnershipId: p.id,
        role: 'locatiecoordinator',
        locationIds: [north.id],
      });
      const memberAgent = await signIn(t, member);
      const other = await createPartnership(t.dataSource.manager);
      const both = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });
      await t.dataSource.query(
        `insert into membership (user_id, partnership_id, role) values ($1, $2, 'stuurgroeplid')`,
        [both.userId, other.id],
      );
      const bothAgent = await signIn(t, both);
      await bothAgent.agent.get(`/api/v1/partnerships/${p.id}`).expect(200);

      await lead.agent
        .delete(`/api/v1/partnerships/${p.id}/members/${member.userId}`)
        .set('x-csrf-token', lead.csrf)
        .expect(204);
      await lead.agent
        .delete(`/api/v1/partnerships/${p.id}/members/${both.userId}`)
        .set('x-csrf-token', lead.csrf)
        .expect(204);

      const gone = await memberAgent.agent.get('/api/v1/auth/me').expect(401);
      expect(problemSchema.parse(gone.body).detail).toMatch(/aangemeld/);
      // Still a member elsewhere: signed in, but this partnership is gone for them.
      await bothAgent.agent.get('/api/v1/auth/me').expect(200);
      await bothAgent.agent.get(`/api/v1/partnerships/${p.id}`).expect(404);
      await bothAgent.agent.get(`/api/v1/partnerships/${other.id}`).expect(200);

      const people = peopleListSchema.parse(
        (await lead.agent.get(`/api/v1/partnerships/${p.id}/people`).expect(200)).body,
      );
      expect(people.members.map((m) => m.userId)).toEqual([lead.member.userId]);
      const log = auditLogPageSchema.parse(
        (
          await lead.agent
            .get(`/api/v1/partnerships/${p.id}/audit-log?action=access.role_revoked`)
            .expect(200)
        ).body,
      );
      expect(log.items.map((e) => [e.target?.id, e.details.role, e.details.accessRevoked])).toEqual(
        [
          [both.userId, 'stuurgroeplid', true],
          [member.userId, 'locatiecoordinator', true],
        ],
      );
    });
  });

  describe('audit log', () => {
    it('shows the partnership’s entries newest first, filtered by action and date, page by page', async () => {
      const { p, lead } = await setup();
      const emails = [newEmail(), newEmail(), newEmail()];
      for (const email of emails)
        await invite(lead, p.id, { email, name: 'Genodigde', role: 'stuurgroeplid' }).expect(201);
      const other = await createPartnership(t.dataSource.manager);
      const otherLead = await signInAs(t, 'programmaleider', other.id);
      await invite(otherLead, other.id, {
        email: newEmail(),
        name: 'Elders',
        role: 'stuurgroeplid',
      }).expect(201);

      const url = `/api/v1/partnerships/${p.id}/audit-log`;
      const first = auditLogPageSchema
        .strict()
        .parse((await lead.agent.get(`${url}?action=access.invited&limit=2`).expect(200)).body);
      expect(first.items.map((e) => e.details.email)).toEqual([
        emails[2]!.toLowerCase(),
        emails[1]!.toLowerCase(),
      ]);
      expect(first.items[0]).toMatchObject({
        action: 'access.invited',
        actor: { userId: lead.member.userId, name: expect.any(String) },
      });
      expect(first.nextCursor).toBe(first.items[1]!.id);

      const second = auditLogPageSchema
        .strict()
        .parse(
          (
            await lead.agent
              .get(`${url}?action=access.invited&limit=2&cursor=${first.nextCursor}`)
              .expect(200)
          ).body,
        );
      expect(second.items.map((e) => e.details.email)).toEqual([emails[0]!.toLowerCase()]);
      expect(second.nextCursor).toBeNull();

      // Unfiltered, the log also holds the programmaleider's own sign-in.
      const all = auditLogPageSchema.parse((await lead.agent.get(url).expect(200)).body);
      expect(all.items.map((e) => e.action)).toEqual([
        'access.invited',
        'access.invited',
        'access.invited',
        'auth.sign_in',
      ]);

      const day = today();
      expect(
        auditLogPageSchema.parse(
          (await lead.agent.get(`${url}?from=${day}&to=${day}`).expect(200)).body,
        ).items,
      ).toHaveLength(4);
      expect(
        auditLogPageSchema.parse((await lead.agent.get(`${url}?to=2020-01-01`).expect(200)).body)
          .items,
      ).toEqual([]);

      const wrongOrder = await lead.agent.get(`${url}?from=${day}&to=2020-01-01`).expect(400);
      expect(problemSchema.parse(wrongOrder.body).errors?.[0]).toMatchObject({
        path: ['to'],
        message: 'De einddatum ligt vóór de begindatum.',
      });
      const badAction = await lead.agent.get(`${url}?action=drop-table`).expect(400);
      expect(problemSchema.parse(badAction.body).errors?.[0]?.path).toEqual(['action']);
      await lead.agent.get(`${url}?limit=0`).expect(400);
      await lead.agent.get(`${url}?cursor=abc`).expect(400);

      // A cursor from another partnership's log leads nowhere.
      const foreignLog = auditLogPageSchema.parse(
        (await otherLead.agent.get(`/api/v1/partnerships/${other.id}/audit-log`).expect(200)).body,
      );
      expect(foreignLog.items.map((e) => e.action)).toEqual(['access.invited', 'auth.sign_in']);
      expect(
        auditLogPageSchema.parse(
          (await lead.agent.get(`${url}?cursor=${foreignLog.items[0]!.id}`).expect(200)).body,
        ).items,
      ).toEqual([]);
    });

    it('shows sign-ins and failed sign-ins of the partnership’s members, not of others', async () => {
      const { p, lead } = await setup();
      const member = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });
      const other = await createPartnership(t.dataSource.manager);
      const outsider = await createMember(t, { partnershipId: other.id, role: 'stuurgroeplid' });
      for (const who of [member, outsider]) {
        const { agent, csrf } = await anonymous();
        await agent
          .post('/api/v1/auth/login')
          .set('x-csrf-token', csrf)
          .send({ email: who.email, password: 'niet-het-goede-wachtwoord' })
          .expect(401);
        await signIn(t, who);
      }

      const url = `/api/v1/partnerships/${p.id}/audit-log`;
      const entries = async (action: string) =>
        auditLogPageSchema.parse((await lead.agent.get(`${url}?action=${action}`).expect(200)).body)
          .items;
      expect((await entries('auth.sign_in')).map((e) => e.actor?.userId)).toEqual([
        member.userId,
        lead.member.userId,
      ]);
      const failed = await entries('auth.sign_in_failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        actor: { userId: member.userId },
        details: { email: member.email.toLowerCase() },
      });
    });
  });
});

describe('Invitations when programmaleiders must use two-factor sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TOTP_REQUIRED_FOR: 'programmaleider' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs a new programmaleider in only to set up two-factor first', async () => {
    const p = await createPartnership(t.dataSource.manager);
    const existing = await createMember(t, { partnershipId: p.id, role: 'stuurgroeplid' });
    const db = t.dataSource.manager;
    const newcomer = newEmail();
    for (const email of [newcomer, existing.email]) {
      await db.query(
        `insert into invitation (partnership_id, email, name, role, token_hash, expires_at)
         values ($1, $2, 'Leider', 'programmaleider', $3, now() + interval '1 day')`,
        [p.id, email.toLowerCase(), hashToken(`token-voor-${email.toLowerCase()}`)],
      );
    }

    const agent = request.agent(t.http);
    const csrf = await csrfToken(agent);
    const res = await agent
      .post('/api/v1/auth/invitations/accept')
      .set('x-csrf-token', csrf)
      .send({
        token: `token-voor-${newcomer.toLowerCase()}`,
        name: 'Nieuwe Leider',
        password: NEW_PASSWORD,
      })
      .expect(200);
    expect(loginResultSchema.strict().parse(res.body)).toEqual({ status: 'totp_setup_required' });
    await agent.get(`/api/v1/partnerships/${p.id}`).expect(403);
    expect(
      meSchema.parse((await agent.get('/api/v1/auth/me').expect(200)).body).mustEnrolTotp,
    ).toBe(true);

    // Already signed in as a stuurgroeplid: the new role asks for two-factor from now on.
    const own = await signIn(t, existing);
    const upgraded = await own.agent
      .post('/api/v1/auth/invitations/accept')
      .set('x-csrf-token', own.csrf)
      .send({ token: `token-voor-${existing.email.toLowerCase()}` })
      .expect(200);
    expect(upgraded.body).toEqual({ status: 'totp_setup_required' });
    await own.agent.get(`/api/v1/partnerships/${p.id}`).expect(403);
  });
});
