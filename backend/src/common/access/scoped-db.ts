import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../database-errors';
import type { PartnershipScope } from './request-scope';

/**
 * Narrows an open transaction to one partnership, as `zet_app`, for the rest of the transaction.
 * `run` does this first; cross-partnership work (accepting an invitation, creating a
 * partnership) does it once the unscoped part is done, so both commit together.
 */
export async function enterPartnershipScope(
  db: EntityManager,
  partnershipId: string,
): Promise<void> {
  await db.query(`select set_config('app.partnership_id', $1, true)`, [partnershipId]);
  await db.query('set local role zet_app');
}

/**
 * The only way partnership data is read or written: a transaction that runs as the non-owner
 * role `zet_app` with the partnership set, so row-level security hides every other partnership
 * even if a query forgets its where-clause.
 */
@Injectable()
export class ScopedDb {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(
    scope: Pick<PartnershipScope, 'partnershipId'>,
    work: (db: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.withRetry(() =>
      this.dataSource.transaction(async (db) => {
        await enterPartnershipScope(db, scope.partnershipId);
        return work(db);
      }),
    );
  }

  /** Cross-partnership work that is not a tenant's: sign-in, platform administration, seeding. */
  unscoped<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.withRetry(() => this.dataSource.transaction(work));
  }

  /**
   * One unscoped statement outside a transaction (a transaction would add two round trips):
   * `work` must send a single query, e.g. the access check every request makes.
   */
  read<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.withRetry(() => work(this.dataSource.manager));
  }

  /**
   * A connection the database dropped fails the next query once, and a deadlock aborts one of
   * the two transactions; either way the transaction rolled back, so one retry is safe (work
   * inside a transaction has no side effects outside the database: mails go after commit). A
   * second failure becomes 503 in the problem filter.
   */
  private async withRetry<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return attempt();
    }
  }
}
