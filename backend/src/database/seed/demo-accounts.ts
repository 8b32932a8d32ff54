import type { MembershipRole } from '@zet/contracts';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/password-hasher';
import { bulkInsert } from '../bulk-insert';

/** Published in the README and printed at start-up: refused in production (see AuthService). */
export const DEMO_PASSWORD = 'zet-demo-wachtwoord';

export type DemoAccount = {
  email: string;
  name: string;
  description: string;
  role: MembershipRole | 'platform_admin';
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'programmaleider@demo.zet',
    name: 'Marieke de Vries',
    role: 'programmaleider',
    description: 'programmaleider: alles binnen het partnerschap',
  },
  {
    email: 'stuurgroep@demo.zet',
    name: 'Hans Bakker',
    role: 'stuurgroeplid',
    description: 'stuurgroeplid: alles lezen, rapporten exporteren',
  },
  {
    email: 'locatie@demo.zet',
    name: 'Fatima El Amrani',
    role: 'locatiecoordinator',
    description: 'locatie-coördinator van twee locaties',
  },
  {
    email: 'procesbegeleider@demo.zet',
    name: 'Joost Verbeek',
    role: 'procesbegeleider',
    description: 'procesbegeleider van de themagesprekken van dit schooljaar',
  },
  {
    email: 'beheer@demo.zet',
    name: 'Sanne Jansen',
    role: 'platform_admin',
    description: 'platformbeheerder: partnerschappen aanmaken',
  },
];

/** One demo account per role for the demo partnership; two-factor is off for them. */
export async function insertDemoAccounts(db: EntityManager, partnershipId: string): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const [user] = await db.query<[{ id: string }]>(
      `insert into app_user (email, name, password_hash, is_platform_admin, demo) values ($1, $2, $3, $4, true) returning id`,
      [account.email, account.name, passwordHash, account.role === 'platform_admin'],
    );
    if (account.role === 'platform_admin') continue;
    const [membership] = await db.query<[{ id: string }]>(
      `insert into membership (user_id, partnership_id, role) values ($1, $2, $3) returning id`,
      [user.id, partnershipId, account.role],
    );
    if (account.role === 'locatiecoordinator') {
      const locations = await db.query<{ id: string }[]>(
        `select id from location where partnership_id = $1 and kind <> 'instituut' order by name limit 2`,
        [partnershipId],
      );
      await bulkInsert(
        db,
        'membership_location',
        ['membership_id', 'partnership_id', 'location_id'],
        locations.map((l) => [membership.id, partnershipId, l.id]),
      );
    }
    if (account.role === 'procesbegeleider') {
      // Assigned to the sessions of the newest evaluations that are still being captured.
      await db.query(
        `update theme_session set facilitator_id = $1
          where evaluation_id in (select id from evaluation where partnership_id = $2 and status = 'draft')`,
        [user.id, partnershipId],
      );
    }
  }
}
