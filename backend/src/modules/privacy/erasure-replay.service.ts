import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { readErasureLog } from './erasure-log';
import {
  addTotals,
  emptyTotals,
  reappliedAnything,
  replayEntry,
  type ReplayStore,
  type ReplayTotals,
  summariseReplay,
} from './erasure-replay';
import {
  clearFacilitatorOfNonMember,
  deleteInvitationsByEmailHash,
  deleteMembershipsUpTo,
  eraseAccount,
  restoreRedaction,
} from './privacy.queries';

const sqlStore = (db: EntityManager): ReplayStore => ({
  eraseAccount: (userId) => eraseAccount(db, userId),
  deleteMemberships: (partnershipId, userId, upTo) =>
    deleteMembershipsUpTo(db, partnershipId, userId, upTo),
  deleteInvitations: (partnershipId, hash, upTo) =>
    deleteInvitationsByEmailHash(db, partnershipId, hash, upTo),
  clearFacilitator: (partnershipId, userId) =>
    clearFacilitatorOfNonMember(db, partnershipId, userId),
  restoreRedaction: (column, id, value, erasedAt) =>
    restoreRedaction(db, column, id, value, erasedAt),
});

/**
 * Re-applies every erasure in the erasure log, which lives outside the database: after a
 * restore from a backup made before an erasure, the person is erased again before anyone can
 * sign in. Runs at start-up, after the migrations, as the connecting role (system work across
 * partnerships, like the migrations themselves).
 */
@Injectable()
export class ErasureReplayService {
  private readonly logger = new Logger('Erasures');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A failing entry stops the start: better no app than one that shows erased people again. */
  async replay(): Promise<ReplayTotals> {
    const log = await readErasureLog(this.config.erasureLog);
    let totals = emptyTotals();
    for (const entry of log.entries) {
      totals = addTotals(
        totals,
        await this.dataSource.transaction((db) => replayEntry(entry, sqlStore(db))),
      );
    }
    const summary = summariseReplay(totals, log.invalidLines);
    if (reappliedAnything(totals) || log.invalidLines.length > 0 || totals.redactionsSkipped > 0)
      this.logger.warn(summary);
    else this.logger.log(summary);
    return totals;
  }
}
