import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations, password resets and the audit log as the people-management pages use them: at
 * most one open invitation per person and role, and indexes for the lookups they make.
 */
export class AccountManagement1795882860698 implements MigrationInterface {
  name = 'AccountManagement1795882860698';

  async up(q: QueryRunner): Promise<void> {
    // Revoke any duplicate open invitations first, keeping the newest, so the unique index can be built.
    await q.query(`
      update invitation i set revoked_at = now()
       where i.accepted_at is null and i.revoked_at is null
         and exists (
           select 1 from invitation newer
            where newer.partnership_id = i.partnership_id and lower(newer.email) = lower(i.email) and newer.role = i.role
              and newer.accepted_at is null and newer.revoked_at is null
              and (newer.created_at, newer.id) > (i.created_at, i.id))`);
    await q.query(`
      create unique index uq_invitation_open_per_role on invitation (partnership_id, lower(email), role)
       where accepted_at is null and revoked_at is null`);
    await q.query(
      `create index ix_invitation_partnership_email on invitation (partnership_id, lower(email))`,
    );
    await q.query(`create index ix_password_reset_user on password_reset (user_id)`);
    await q.query(
      `create index ix_audit_log_partnership_action_time on audit_log (partnership_id, action, occurred_at desc)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_audit_log_partnership_action_time`);
    await q.query(`drop index ix_password_reset_user`);
    await q.query(`drop index ix_invitation_partnership_email`);
    await q.query(`drop index uq_invitation_open_per_role`);
  }
}
