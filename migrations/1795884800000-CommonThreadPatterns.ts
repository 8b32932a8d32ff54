import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rode lijnen: which pattern a suggestion came from (so a refresh recognises it and a confirmed
 * placement thread can be followed with the right measure), and indexes for listing a cycle's
 * threads and for finding the threads of a finding.
 */
export class CommonThreadPatterns1795884800000 implements MigrationInterface {
  name = 'CommonThreadPatterns1795884800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table common_thread add column pattern varchar(20)`);
    await q.query(`
      alter table common_thread
        add constraint ck_common_thread_pattern check (pattern in ('recurring_finding', 'low_placement', 'widening_gap')),
        add constraint ck_common_thread_pattern_kind check (pattern is null or (kind = 'finding') = (pattern = 'recurring_finding'))`);
    await q.query(
      `create index ix_common_thread_partnership_cycle on common_thread (partnership_id, cycle_id)`,
    );
    await q.query(
      `create index ix_common_thread_finding_finding on common_thread_finding (finding_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_common_thread_finding_finding`);
    await q.query(`drop index ix_common_thread_partnership_cycle`);
    await q.query(
      `alter table common_thread drop constraint ck_common_thread_pattern_kind, drop constraint ck_common_thread_pattern`,
    );
    await q.query(`alter table common_thread drop column pattern`);
  }
}
