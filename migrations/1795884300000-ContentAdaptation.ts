import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partnership's adaptation of the ZET texts: overrides on top of a base content version, one
 * row per adapted part of a theme (`path`, e.g. `scenarios.3.description`), scoped to the
 * partnership by row-level security like every other partnership table. Theme codes and base
 * versions point at the content mirror, so an override cannot name a theme that does not exist.
 * Doelgroepen a partnership adds get a description, as the ZET's own doelgroepen have.
 */
export class ContentAdaptation1795884300000 implements MigrationInterface {
  name = 'ContentAdaptation1795884300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table content_adaptation (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        base_version_id varchar(60) not null,
        theme_code varchar(80) not null,
        path varchar(200) not null,
        value jsonb not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        updated_by uuid,
        version integer not null default 1,
        constraint fk_content_adaptation_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
        constraint fk_content_adaptation_theme foreign key (base_version_id, theme_code) references content_theme (content_version_id, code) on delete restrict,
        constraint fk_content_adaptation_updated_by foreign key (updated_by) references app_user (id) on delete set null,
        constraint uq_content_adaptation_path unique (partnership_id, base_version_id, theme_code, path),
        constraint ck_content_adaptation_path check (path ~ '^[a-zA-Z0-9.-]+$'),
        constraint ck_content_adaptation_value_size check (pg_column_size(value) <= 65536),
        constraint ck_content_adaptation_version check (version >= 1)
      )`);
    await q.query(
      `create index ix_content_adaptation_theme on content_adaptation (base_version_id, theme_code)`,
    );
    await q.query(
      `create index ix_content_adaptation_updated_by on content_adaptation (updated_by) where updated_by is not null`,
    );

    // Granted explicitly as well as by the default privileges of AccessControl, so the table is
    // reachable for zet_app whichever role runs this migration.
    await q.query(`grant select, insert, update, delete on content_adaptation to zet_app`);
    await q.query(`alter table content_adaptation enable row level security`);
    await q.query(`alter table content_adaptation force row level security`);
    await q.query(`
      create policy partnership_isolation on content_adaptation
        using (partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid)
        with check (partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid)`);

    await q.query(`
      alter table target_group
        add column description text,
        add constraint ck_target_group_description_length check (length(description) <= 2000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `alter table target_group drop constraint ck_target_group_description_length, drop column description`,
    );
    await q.query(`drop policy partnership_isolation on content_adaptation`);
    await q.query(`drop table content_adaptation`);
  }
}
