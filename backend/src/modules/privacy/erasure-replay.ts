import type { ErasureLogEntry } from './erasure-log';
import { findRedactableColumn, isValidRowId, type RedactableColumn } from './redaction';

/** What re-applying needs from the database; one transaction per entry. */
export type ReplayStore = {
  /** Erases the account if it exists and is not erased yet; true when it did. */
  eraseAccount(userId: string): Promise<boolean>;
  deleteMemberships(partnershipId: string, userId: string, upTo: string): Promise<number>;
  deleteInvitations(partnershipId: string, emailHash: string, upTo: string): Promise<number>;
  clearFacilitator(partnershipId: string, userId: string): Promise<number>;
  /** True when the value had to be written again. */
  restoreRedaction(
    column: RedactableColumn,
    id: string,
    value: string,
    erasedAt: string,
  ): Promise<boolean>;
};

export type ReplayTotals = {
  entries: number;
  accountsErased: number;
  membershipsRemoved: number;
  invitationsRemoved: number;
  facilitatorsCleared: number;
  textsRedacted: number;
  /** Redactions naming a table, column or id outside the closed list: skipped. */
  redactionsSkipped: number;
};

export const emptyTotals = (): ReplayTotals => ({
  entries: 0,
  accountsErased: 0,
  membershipsRemoved: 0,
  invitationsRemoved: 0,
  facilitatorsCleared: 0,
  textsRedacted: 0,
  redactionsSkipped: 0,
});

/**
 * Does one erasure again, as far as a restore undid it. Idempotent: on a database that still
 * holds the erasure every step finds nothing to do. Only what the backup brought back is undone:
 * memberships and invitations from before the erasure, texts not edited since.
 */
export async function replayEntry(
  entry: ErasureLogEntry,
  store: ReplayStore,
): Promise<ReplayTotals> {
  const totals = emptyTotals();
  totals.entries = 1;
  totals.membershipsRemoved = await store.deleteMemberships(
    entry.partnershipId,
    entry.userId,
    entry.erasedAt,
  );
  totals.invitationsRemoved = await store.deleteInvitations(
    entry.partnershipId,
    entry.emailHash,
    entry.erasedAt,
  );
  totals.facilitatorsCleared = await store.clearFacilitator(entry.partnershipId, entry.userId);
  if (entry.accountErased && (await store.eraseAccount(entry.userId))) totals.accountsErased = 1;
  for (const redaction of entry.redactions) {
    const column = findRedactableColumn(redaction.table, redaction.column);
    if (!column || !isValidRowId(column, redaction.id)) {
      totals.redactionsSkipped += 1;
      continue;
    }
    if (await store.restoreRedaction(column, redaction.id, redaction.value, entry.erasedAt))
      totals.textsRedacted += 1;
  }
  return totals;
}

export function addTotals(a: ReplayTotals, b: ReplayTotals): ReplayTotals {
  return {
    entries: a.entries + b.entries,
    accountsErased: a.accountsErased + b.accountsErased,
    membershipsRemoved: a.membershipsRemoved + b.membershipsRemoved,
    invitationsRemoved: a.invitationsRemoved + b.invitationsRemoved,
    facilitatorsCleared: a.facilitatorsCleared + b.facilitatorsCleared,
    textsRedacted: a.textsRedacted + b.textsRedacted,
    redactionsSkipped: a.redactionsSkipped + b.redactionsSkipped,
  };
}

export const reappliedAnything = (t: ReplayTotals) =>
  t.accountsErased +
    t.membershipsRemoved +
    t.invitationsRemoved +
    t.facilitatorsCleared +
    t.textsRedacted >
  0;

/** One line for the operator's log. */
export function summariseReplay(t: ReplayTotals, invalidLines: readonly number[]): string {
  const checked = `Erasure log: ${t.entries} ${t.entries === 1 ? 'erasure' : 'erasures'} checked`;
  const reapplied = reappliedAnything(t)
    ? `re-applied ${t.accountsErased} account(s), ${t.membershipsRemoved} membership(s), ${t.invitationsRemoved} invitation(s), ` +
      `${t.facilitatorsCleared} facilitator link(s), ${t.textsRedacted} redacted text(s)`
    : 'nothing to re-apply';
  const problems = [
    invalidLines.length > 0
      ? `${invalidLines.length} unreadable line(s) skipped (${invalidLines.join(', ')})`
      : '',
    t.redactionsSkipped > 0
      ? `${t.redactionsSkipped} redaction(s) naming an unknown column or id skipped`
      : '',
  ].filter(Boolean);
  return [`${checked}, ${reapplied}`, ...problems].join('; ');
}
