import type { MigrationInterface, QueryRunner } from 'typeorm';

const ISOLATION = `partnership_id = nullif(current_setting('app.partnership_id', true), '')::uuid`;

/**
 * Tables whose rows can change a dashboard answer, each with its partnership column. Membership
 * is not among them: who sees what is part of the cache key, not of the data version. Content
 * adaptations are not read by the dashboards.
 */
const CHILD_TABLES = [
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
];

const EVENTS = [
  { event: 'insert', short: 'ins', transition: 'new table as new_rows' },
  { event: 'update', short: 'upd', transition: 'new table as new_rows' },
  { event: 'delete', short: 'del', transition: 'old table as old_rows' },
] as const;

/**
 * A version per partnership that every write to its dashboard data bumps, in the writing
 * transaction, so app processes can cache dashboard answers per (partnership, version) and never
 * serve one older than the data. Statement-level triggers with transition tables bump once per
 * statement, whatever the number of rows.
 *
 * The trigger functions are SECURITY DEFINER with a fixed search_path, and `zet_app` may only
 * read the table (its own partnership's row, by row-level security): the app cannot set a
 * version back and make a process serve an answer it cached earlier. The transition tables hold
 * only rows the writer was allowed to write, so a bump can only reach the writer's partnership;
 * the definer is bound by the same forced policy. Deletes only bump an existing row: inserting
 * one while a partnership is being deleted would violate the foreign key.
 */
export class DashboardDataVersion1795884900000 implements MigrationInterface {
  name = 'DashboardDataVersion1795884900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table dashboard_data_version (
        partnership_id uuid not null,
        version bigint not null default 1,
        constraint pk_dashboard_data_version primary key (partnership_id),
        constraint fk_dashboard_data_version_partnership foreign key (partnership_id) references partnership (id) on delete cascade
      )`);
    await q.query(`insert into dashboard_data_version (partnership_id) select id from partnership`);

    await q.query(`revoke all on dashboard_data_version from public`);
    await q.query(`revoke insert, update, delete, truncate on dashboard_data_version from zet_app`);
    await q.query(`grant select on dashboard_data_version to zet_app`);
    await q.query(`alter table dashboard_data_version enable row level security`);
    await q.query(`alter table dashboard_data_version force row level security`);
    await q.query(`
      create policy partnership_isolation on dashboard_data_version
        using (${ISOLATION})
        with check (${ISOLATION})`);

    await q.query(`
      create function bump_dashboard_data_version() returns trigger
        language plpgsql security definer set search_path = public, pg_temp
      as $$
      begin
        if tg_op = 'DELETE' then
          update public.dashboard_data_version v set version = v.version + 1
           where v.partnership_id in (select distinct partnership_id from old_rows);
        else
          insert into public.dashboard_data_version (partnership_id)
          select distinct partnership_id from new_rows
          on conflict (partnership_id) do update set version = dashboard_data_version.version + 1;
        end if;
        return null;
      end
      $$`);
    // The partnership row itself (its settings, its name); deleting it cascades to its version.
    await q.query(`
      create function bump_dashboard_data_version_of_partnership() returns trigger
        language plpgsql security definer set search_path = public, pg_temp
      as $$
      begin
        insert into public.dashboard_data_version (partnership_id)
        select distinct id from new_rows
        on conflict (partnership_id) do update set version = dashboard_data_version.version + 1;
        return null;
      end
      $$`);
    await q.query(`revoke all on function bump_dashboard_data_version() from public`);
    await q.query(
      `revoke all on function bump_dashboard_data_version_of_partnership() from public`,
    );

    for (const { event, short, transition } of EVENTS.slice(0, 2)) {
      await q.query(`
        create trigger tr_partnership_dashboard_version_${short}
          after ${event} on partnership referencing ${transition}
          for each statement execute function bump_dashboard_data_version_of_partnership()`);
    }
    for (const table of CHILD_TABLES) {
      for (const { event, short, transition } of EVENTS) {
        await q.query(`
          create trigger tr_${table}_dashboard_version_${short}
            after ${event} on ${table} referencing ${transition}
            for each statement execute function bump_dashboard_data_version()`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CHILD_TABLES) {
      for (const { short } of EVENTS) {
        await q.query(`drop trigger tr_${table}_dashboard_version_${short} on ${table}`);
      }
    }
    for (const { short } of EVENTS.slice(0, 2)) {
      await q.query(`drop trigger tr_partnership_dashboard_version_${short} on partnership`);
    }
    await q.query(`drop function bump_dashboard_data_version_of_partnership()`);
    await q.query(`drop function bump_dashboard_data_version()`);
    await q.query(`drop policy partnership_isolation on dashboard_data_version`);
    await q.query(`drop table dashboard_data_version`);
  }
}
