import type { MigrationInterface, QueryRunner } from 'typeorm';

const ISOLATION = `partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid`;

/**
 * Imports of earlier ZET rounds and files with theme sessions.
 *
 * `import_batch` records each committed import (file hash, who, counts); `imported_row` keeps the
 * hash of every imported row's natural key (schooljaar, locatie, datum, thema, groep) under a
 * unique key per partnership, so importing the same or an overlapping file again creates nothing
 * twice. `attachment` holds photos and PDFs of flip-overs and werkbladen as bytea, so the database
 * backup covers them. All three are scoped by partnership with row-level security.
 */
export class ImportsAndAttachments1795884500000 implements MigrationInterface {
  name = 'ImportsAndAttachments1795884500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table import_batch (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        file_name varchar(255) not null,
        file_sha256 char(64) not null,
        format varchar(4) not null,
        row_count integer not null,
        imported_rows integer not null,
        skipped_rows integer not null,
        evaluations_created integer not null,
        evaluations_extended integer not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        constraint fk_import_batch_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
        constraint fk_import_batch_created_by foreign key (created_by) references app_user (id) on delete set null,
        constraint uq_import_batch_partnership_id unique (partnership_id, id),
        constraint ck_import_batch_format check (format in ('csv', 'xlsx')),
        constraint ck_import_batch_sha256 check (file_sha256 ~ '^[0-9a-f]{64}$'),
        constraint ck_import_batch_counts check (
          row_count >= 0 and imported_rows >= 0 and skipped_rows >= 0
          and evaluations_created >= 0 and evaluations_extended >= 0)
      )`);
    await q.query(
      `create index ix_import_batch_partnership_time on import_batch (partnership_id, created_at desc)`,
    );
    await q.query(
      `create index ix_import_batch_created_by on import_batch (created_by) where created_by is not null`,
    );

    // A row's session goes with its key: once an imported dagdeel is removed, importing it again restores it.
    await q.query(`
      create table imported_row (
        partnership_id uuid not null,
        key_sha256 char(64) not null,
        content_sha256 char(64) not null,
        import_batch_id uuid not null,
        theme_session_id uuid not null,
        row_number integer not null,
        constraint pk_imported_row primary key (partnership_id, key_sha256),
        constraint fk_imported_row_batch foreign key (partnership_id, import_batch_id) references import_batch (partnership_id, id) on delete cascade,
        constraint fk_imported_row_session foreign key (partnership_id, theme_session_id) references theme_session (partnership_id, id) on delete cascade,
        constraint ck_imported_row_key check (key_sha256 ~ '^[0-9a-f]{64}$' and content_sha256 ~ '^[0-9a-f]{64}$'),
        constraint ck_imported_row_number check (row_number >= 2)
      )`);
    await q.query(`create index ix_imported_row_batch on imported_row (import_batch_id)`);
    await q.query(`create index ix_imported_row_session on imported_row (theme_session_id)`);

    await q.query(`
      create table attachment (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        theme_session_id uuid not null,
        filename varchar(255) not null,
        content_type varchar(40) not null,
        size integer not null,
        sha256 char(64) not null,
        content bytea not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        constraint fk_attachment_session foreign key (partnership_id, theme_session_id) references theme_session (partnership_id, id) on delete cascade,
        constraint fk_attachment_created_by foreign key (created_by) references app_user (id) on delete set null,
        constraint uq_attachment_session_sha256 unique (theme_session_id, sha256),
        constraint ck_attachment_content_type check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
        constraint ck_attachment_size check (size between 1 and 8388608 and octet_length(content) = size),
        constraint ck_attachment_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
        constraint ck_attachment_filename check (length(btrim(filename)) > 0)
      )`);
    await q.query(
      `create index ix_attachment_created_by on attachment (created_by) where created_by is not null`,
    );

    for (const table of ['import_batch', 'imported_row', 'attachment']) {
      // Granted explicitly as well as by the default privileges of AccessControl, so the table is
      // reachable for zet_app whichever role runs this migration.
      await q.query(`grant select, insert, update, delete on ${table} to zet_app`);
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`alter table ${table} force row level security`);
      await q.query(`
        create policy partnership_isolation on ${table}
          using (${ISOLATION})
          with check (${ISOLATION})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table attachment`);
    await q.query(`drop table imported_row`);
    await q.query(`drop table import_batch`);
  }
}
