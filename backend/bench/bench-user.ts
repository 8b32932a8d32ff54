import { randomBytes } from 'node:crypto';
import { csrfTokenSchema, loginResultSchema } from '@zet/contracts';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/modules/auth/password-hasher';

export type BenchTarget = {
  partnershipId: string;
  partnershipName: string;
  /** The partnership's locatie with the most finalised theme sessions, for the locatie page. */
  locationId: string;
  finalisedSessions: number;
};

/** The partnership with the most finalised theme sessions: the heaviest dashboards. */
export async function pickTarget(dataSource: DataSource): Promise<BenchTarget> {
  const [row] = await dataSource.query<BenchTarget[]>(
    `with busiest as (
       select e.partnership_id, e.location_id, count(*)::int as sessions
         from theme_session ts join evaluation e on e.id = ts.evaluation_id
        where e.status = 'finalised'
        group by e.partnership_id, e.location_id)
     select b.partnership_id as "partnershipId", p.name as "partnershipName",
            (select location_id from busiest l
              where l.partnership_id = b.partnership_id and l.location_id is not null
              order by l.sessions desc, l.location_id limit 1) as "locationId",
            sum(b.sessions)::int as "finalisedSessions"
       from busiest b join partnership p on p.id = b.partnership_id
      group by b.partnership_id, p.name
      order by "finalisedSessions" desc, b.partnership_id
      limit 1`,
  );
  if (!row) throw new Error('The seeded database has no finalised theme sessions');
  return row;
}

/** A programmaleider of the partnership, as an administrator would add one. */
export async function createProgrammaleider(
  dataSource: DataSource,
  partnershipId: string,
): Promise<{ email: string; password: string }> {
  const email = `bench-${randomBytes(4).toString('hex')}@bench.zet`;
  const password = randomBytes(18).toString('base64url');
  const [user] = await dataSource.query<[{ id: string }]>(
    `insert into app_user (email, name, password_hash, is_platform_admin) values ($1, 'Bench Programmaleider', $2, false) returning id`,
    [email, await hashPassword(password)],
  );
  await dataSource.query(
    `insert into membership (user_id, partnership_id, role) values ($1, $2, 'programmaleider')`,
    [user.id, partnershipId],
  );
  return { email, password };
}

/** `name=value` of the session cookie a response sets, if any. */
function sessionCookie(res: Response): string | undefined {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('zet.sid='));
  return header?.split(';')[0];
}

async function expectOk(res: Response, what: string): Promise<unknown> {
  if (!res.ok) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/**
 * Signs in through the real endpoints, as the frontend does: a CSRF token for the anonymous
 * session, the login (which starts a new session), and returns that session's cookie.
 */
export async function signIn(
  baseUrl: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/v1/auth/csrf`);
  const { token } = csrfTokenSchema.parse(await expectOk(csrf, 'GET /auth/csrf'));
  const anonymous = sessionCookie(csrf);
  if (!anonymous) throw new Error('GET /auth/csrf set no session cookie');

  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: anonymous },
    body: JSON.stringify(credentials),
  });
  const result = loginResultSchema.parse(await expectOk(login, 'POST /auth/login'));
  if (result.status !== 'signed_in') throw new Error(`Sign-in stopped at ${result.status}`);
  const cookie = sessionCookie(login);
  if (!cookie) throw new Error('POST /auth/login set no session cookie');
  return cookie;
}
