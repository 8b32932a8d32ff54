import {
  auditLogPageSchema,
  listOf,
  peopleListSchema,
  platformPartnershipSchema,
  problemSchema,
  targetGroupSchema,
} from '@zet/contracts';
import request from 'supertest';
import { ContentService } from '../../src/modules/content/content.service';
import { createCycle, createEvaluation, createLocation, createPartnership } from '../factories';
import { createMember, csrfToken, signIn, signInAs } from '../setup/auth';
import { lastMailTo, mailService, tokenFromMail } from '../setup/mail';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('Platform administration', () => {
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

  const signInAdmin = async () => signIn(t, await createMember(t, { isPlatformAdmin: true }));

  it('lists every partnership with names and counts only', async () => {
    const db = t.dataSource.manager;
    const a = await createPartnership(db, { name: 'Alfa Opleidingsschool' });
    const b = await createPartnership(db, { name: 'Bèta Academie' });
    const loc = await createLocation(db, a.id);
    await createLocation(db, a.id, { archivedAt: new Date() });
    const cycle = await createCycle(db, a.id, '2024-2025');
    await createEvaluation(db, { partnershipId: a.id, cycleId: cycle.id, locationId: loc.id });
    await createMember(t, { partnershipId: a.id, role: 'programmaleider' });
    const both = await createMember(t, { partnershipId: a.id, role: 'stuurgroeplid' });
    await db.query(
      `insert into membership (user_id, partnership_id, role) values ($1, $2, 'locatiecoordinator')`,
      [both.userId, a.id],
    );

    const admin = await signInAdmin();
    const res = await admin.agent.get('/api/v1/platform/partnerships').expect(200);
    const body = listOf(platformPartnershipSchema.strict()).parse(res.body);
    expect(body.items.map(({ createdAt: _, ...rest }) => rest)).toEqual([
      {
        id: a.id,
        name: 'Alfa Opleidingsschool',
        locationCount: 1,
        memberCount: 2,
        evaluationCount: 1,
        openInvitationCount: 0,
      },
      {
        id: b.id,
        name: 'Bèta Academie',
        locationCount: 0,
        memberCount: 0,
        evaluationCount: 0,
        openInvitationCount: 0,
      },
    ]);

    // Not a member: no access to the partnership's own content.
    await admin.agent.get(`/api/v1/partnerships/${a.id}`).expect(404);
    await admin.agent.get(`/api/v1/partnerships/${a.id}/evaluations`).expect(404);
    await admin.agent.get(`/api/v1/partnerships/${a.id}/people`).expect(404);
  });

  it('creates a partnership with its default doelgroepen and invites its first programmaleider', async () => {
    const admin = await signInAdmin();
    const res = await admin.agent
      .post('/api/v1/platform/partnerships')
      .set('x-csrf-token', admin.csrf)
      .send({
        name: '  Opleidingsschool Rivierenland ',
        programmaleider: { email: 'Leider@Rivierenland.test', name: 'Lotte Leider' },
      })
      .expect(201);
    const created = platformPartnershipSchema.strict().parse(res.body);
    expect(created).toMatchObject({
      name: 'Opleidingsschool Rivierenland',
      memberCount: 0,
      openInvitationCount: 1,
    });

    const mail = lastMailTo(t, 'leider@rivierenland.test');
    expect(mail.text).toContain('als programmaleider');
    expect(mail.text).toContain('Opleidingsschool Rivierenland');
    const agent = request.agent(t.http);
    const csrf = await csrfToken(agent);
    const accepted = await agent
      .post('/api/v1/auth/invitations/accept')
      .set('x-csrf-token', csrf)
      .send({
        token: tokenFromMail(mail, '/uitnodiging'),
        name: 'Lotte Leider',
        password: 'rivierenland-wachtwoord',
      })
      .expect(200);
    expect(accepted.body).toEqual({ status: 'signed_in' });

    const targetGroups = listOf(targetGroupSchema.strict()).parse(
      (await agent.get(`/api/v1/partnerships/${created.id}/target-groups`).expect(200)).body,
    );
    const content = t.running.app.get(ContentService);
    expect(targetGroups.items.map((g) => g.code).sort()).toEqual(
      content.bundle.framework.targetGroups.map((g) => g.code).sort(),
    );
    expect(targetGroups.items.length).toBeGreaterThan(0);

    const people = peopleListSchema.parse(
      (await agent.get(`/api/v1/partnerships/${created.id}/people`).expect(200)).body,
    );
    expect(people.members).toMatchObject([
      { name: 'Lotte Leider', roles: ['programmaleider'], invitationStatus: 'accepted' },
    ]);

    const log = auditLogPageSchema.parse(
      (await agent.get(`/api/v1/partnerships/${created.id}/audit-log`).expect(200)).body,
    );
    expect(log.items.map((e) => e.action).reverse()).toEqual([
      'partnership.created',
      'access.invited',
      'auth.invitation_accepted',
      'access.role_granted',
      'auth.sign_in',
    ]);
    // The platform admin is not a member: named by id only.
    expect(log.items.find((e) => e.action === 'partnership.created')?.actor).toEqual({
      userId: admin.member.userId,
      name: null,
    });

    const list = listOf(platformPartnershipSchema).parse(
      (await admin.agent.get('/api/v1/platform/partnerships').expect(200)).body,
    );
    expect(list.items).toMatchObject([{ id: created.id, memberCount: 1, openInvitationCount: 0 }]);
  });

  it('refuses a name in use and a bad e-mail address, in Dutch', async () => {
    await createPartnership(t.dataSource.manager, { name: 'Bestaande School' });
    const admin = await signInAdmin();
    const taken = await admin.agent
      .post('/api/v1/platform/partnerships')
      .set('x-csrf-token', admin.csrf)
      .send({ name: 'bestaande school', programmaleider: { email: 'a@b.test', name: 'A' } })
      .expect(409);
    expect(problemSchema.parse(taken.body).detail).toMatch(/bestaat al een partnerschap/);

    const bad = await admin.agent
      .post('/api/v1/platform/partnerships')
      .set('x-csrf-token', admin.csrf)
      .send({ name: 'Nieuwe School', programmaleider: { email: 'geen-adres', name: '' } })
      .expect(400);
    expect(problemSchema.parse(bad.body).errors).toEqual([
      { path: ['programmaleider', 'email'], message: 'Vul een geldig e-mailadres in.' },
      { path: ['programmaleider', 'name'], message: 'Vul een naam in.' },
    ]);
    expect(mailService(t).outbox()).toEqual([]);
  });

  it('is for platform admins only (404 for everyone else), and needs the CSRF token', async () => {
    const p = await createPartnership(t.dataSource.manager);
    const lead = await signInAs(t, 'programmaleider', p.id);
    await lead.agent.get('/api/v1/platform/partnerships').expect(404);
    await lead.agent
      .post('/api/v1/platform/partnerships')
      .set('x-csrf-token', lead.csrf)
      .send({ name: 'Stiekem', programmaleider: { email: 'a@b.test', name: 'A' } })
      .expect(404);
    await request(t.http).get('/api/v1/platform/partnerships').expect(401);

    const admin = await signInAdmin();
    await admin.agent
      .post('/api/v1/platform/partnerships')
      .send({ name: 'Zonder token', programmaleider: { email: 'a@b.test', name: 'A' } })
      .expect(403);
  });
});
