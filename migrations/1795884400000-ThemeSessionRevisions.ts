import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Planning order of the groups in a round, and corrections after finalisation: a corrected theme
 * session keeps each earlier state as a numbered revision with its reason. Scoped by partnership
 * like every other table, with row-level security.
 */
export class ThemeSessionRevisions1795884400000 implements MigrationInterface {
  name = 'ThemeSessionRevisions1795884400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table theme_session add column position smallint not null default 0`);
    await q.query(`
      alter table theme_session
        add constraint ck_theme_session_position check (position between 0 and 1000)`);

    await q.query(`
      create table theme_session_revision (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        theme_session_id uuid not null,
        revision integer not null,
        snapshot jsonb not null,
        reason text not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        constraint fk_theme_session_revision_session foreign key (partnership_id, theme_session_id) references theme_session (partnership_id, id) on delete cascade,
        constraint fk_theme_session_revision_created_by foreign key (created_by) references app_user (id) on delete set null,
        constraint uq_theme_session_revision_number unique (theme_session_id, revision),
        constraint ck_theme_session_revision_number check (revision >= 1),
        constraint ck_theme_session_revision_reason check (length(btrim(reason)) between 1 and 1000)
      )`);
    await q.query(`alter table theme_session_revision enable row level security`);
    await q.query(`alter table theme_session_revision force row level security`);
    await q.query(`
      create policy partnership_isolation on theme_session_revision
        using (partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid)
        with check (partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid)`);
    // Default privileges cover new tables, but only those created by the role that set them: be explicit.
    await q.query(`grant select, insert, update, delete on theme_session_revision to zet_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table theme_session_revision`);
    await q.query(`alter table theme_session drop constraint ck_theme_session_position`);
    await q.query(`alter table theme_session drop column position`);
  }
}
