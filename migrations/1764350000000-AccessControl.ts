import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to one partnership: row-level security scopes them by `partnership_id`. */
export const PARTNERSHIP_SCOPED_TABLES = [
  'location',
  'target_group',
  'cycle',
  'evaluation',
  'evaluation_target_group',
  'evaluation_round',
  'theme_session',
  'session_participant',
  'individual_placement',
  'finding',
  'action',
  'common_thread',
  'common_thread_finding',
  'membership',
  'membership_location',
  'invitation',
  'audit_log',
];

/**
 * Accounts (two-factor, invitations, one-time tokens) and defence in depth: requests run as the
 * non-owner role `zet_app` with `app.partnership_id` set per transaction, and row-level security
 * (forced, so even the table owner is bound) hides every other partnership's rows.
 */
export class AccessControl1764350000000 implements MigrationInterface {
  name = 'AccessControl1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user
        add column demo boolean not null default false,
        add column totp_enabled_at timestamptz,
        add column recovery_code_hashes text[] not null default '{}',
        add column last_sign_in_at timestamptz,
        add column oidc_subject varchar(255)`);
    await q.query(
      `create unique index uq_app_user_oidc_subject on app_user (oidc_subject) where oidc_subject is not null`,
    );

    await q.query(`
      create table invitation (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        email varchar(320) not null,
        name varchar(200) not null,
        role varchar(20) not null,
        location_ids uuid[] not null default '{}',
        token_hash varchar(64) not null,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        revoked_at timestamptz,
        invited_by uuid,
        created_at timestamptz not null default now(),
        constraint fk_invitation_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
        constraint fk_invitation_invited_by foreign key (invited_by) references app_user (id) on delete set null,
        constraint uq_invitation_token_hash unique (token_hash),
        constraint ck_invitation_role check (role in ('programmaleider', 'stuurgroeplid', 'locatiecoordinator', 'procesbegeleider'))
      )`);
    await q.query(`create index ix_invitation_partnership on invitation (partnership_id)`);

    await q.query(`
      create table password_reset (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null,
        token_hash varchar(64) not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint fk_password_reset_user foreign key (user_id) references app_user (id) on delete cascade,
        constraint uq_password_reset_token_hash unique (token_hash)
      )`);

    // A procesbegeleider is assigned to theme sessions; their access follows from it.
    await q.query(
      `create index ix_theme_session_facilitator on theme_session (facilitator_id) where facilitator_id is not null`,
    );
    await q.query(`create index ix_membership_user on membership (user_id)`);

    // Roles are cluster-wide: create it once, tolerate it existing (several test databases share a server).
    await q.query(`
      do $$ begin
        create role zet_app nologin;
      exception when duplicate_object then null;
      end $$`);
    await q.query(`grant usage on schema public to zet_app`);
    await q.query(`grant select, insert, update, delete on all tables in schema public to zet_app`);
    await q.query(`grant usage, select on all sequences in schema public to zet_app`);
    // Tables of later migrations get the same grants without each migration repeating them.
    await q.query(
      `alter default privileges in schema public grant select, insert, update, delete on tables to zet_app`,
    );
    await q.query(
      `alter default privileges in schema public grant usage, select on sequences to zet_app`,
    );

    for (const table of PARTNERSHIP_SCOPED_TABLES) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`alter table ${table} force row level security`);
      await q.query(`
        create policy partnership_isolation on ${table}
          using (partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid)
          with check (partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid)`);
    }
    // The partnership row itself: visible only as the scoped partnership.
    await q.query(`alter table partnership enable row level security`);
    await q.query(`alter table partnership force row level security`);
    await q.query(`
      create policy partnership_isolation on partnership
        using (id = nullif(current_setting('app.partnership_id', true), '')::uuid)
        with check (id = nullif(current_setting('app.partnership_id', true), '')::uuid)`);
    // Inside a partnership, only its members' accounts are visible; accounts are written unscoped.
    await q.query(`alter table app_user enable row level security`);
    await q.query(`
      create policy member_visibility on app_user for select to zet_app
        using (exists (select 1 from membership m where m.user_id = app_user.id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop policy member_visibility on app_user`);
    await q.query(`alter table app_user disable row level security`);
    await q.query(`alter default privileges in schema public revoke all on tables from zet_app`);
    await q.query(`alter default privileges in schema public revoke all on sequences from zet_app`);
    for (const table of ['partnership', ...PARTNERSHIP_SCOPED_TABLES]) {
      await q.query(`drop policy partnership_isolation on ${table}`);
      await q.query(`alter table ${table} no force row level security`);
      await q.query(`alter table ${table} disable row level security`);
    }
    await q.query(`revoke all on all tables in schema public from zet_app`);
    await q.query(`revoke all on all sequences in schema public from zet_app`);
    await q.query(`revoke usage on schema public from zet_app`);
    // The role itself stays: it is cluster-wide and other databases on the server may use it.
    await q.query(`drop index ix_membership_user`);
    await q.query(`drop index ix_theme_session_facilitator`);
    await q.query(`drop table password_reset`);
    await q.query(`drop table invitation`);
    await q.query(`drop index uq_app_user_oidc_subject`);
    await q.query(`
      alter table app_user
        drop column demo, drop column totp_enabled_at, drop column recovery_code_hashes,
        drop column last_sign_in_at, drop column oidc_subject`);
  }
}
