import { emailHash, type ErasureLogEntry } from './erasure-log';
import { type ReplayStore, replayEntry, summariseReplay } from './erasure-replay';

const USER = '6f1c2f5e-8c9a-4b8e-9d7a-1f2e3d4c5b6a';
const PARTNERSHIP = '0b6f7c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d';
const FINDING = '1b6f7c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d';

const entry = (overrides: Partial<ErasureLogEntry> = {}): ErasureLogEntry => ({
  erasedAt: '2025-03-12T15:04:05.123456Z',
  userId: USER,
  partnershipId: PARTNERSHIP,
  accountErased: true,
  emailHash: emailHash('jan@school.nl'),
  redactions: [
    { table: 'finding', id: FINDING, column: 'text', value: '[naam verwijderd] deed mee' },
    {
      table: 'audit_log',
      id: '17',
      column: 'details',
      value: '{"email": "[e-mailadres verwijderd]"}',
    },
  ],
  ...overrides,
});

/** A store over an in-memory "database" that records what was asked of it. */
function fakeStore(state: {
  accountErased: boolean;
  memberships: number;
  texts: Map<string, string>;
}) {
  const calls: string[] = [];
  const store: ReplayStore = {
    eraseAccount: (userId) => {
      calls.push(`eraseAccount ${userId}`);
      const did = !state.accountErased;
      state.accountErased = true;
      return Promise.resolve(did);
    },
    deleteMemberships: (partnershipId, userId, upTo) => {
      calls.push(`deleteMemberships ${partnershipId} ${userId} ${upTo}`);
      const n = state.memberships;
      state.memberships = 0;
      return Promise.resolve(n);
    },
    deleteInvitations: () => Promise.resolve(0),
    clearFacilitator: () => Promise.resolve(0),
    restoreRedaction: (column, id, value) => {
      const key = `${column.table}.${column.column}:${id}`;
      calls.push(`restore ${key}`);
      if (state.texts.get(key) === value) return Promise.resolve(false);
      state.texts.set(key, value);
      return Promise.resolve(true);
    },
  };
  return { store, calls };
}

describe(replayEntry.name, () => {
  it('erases the account again, removes restored memberships and writes the redacted texts back after a restore', async () => {
    const state = {
      accountErased: false,
      memberships: 2,
      texts: new Map([[`finding.text:${FINDING}`, 'Jan de Vries deed mee']]),
    };
    const { store, calls } = fakeStore(state);
    const totals = await replayEntry(entry(), store);
    expect(totals).toMatchObject({
      entries: 1,
      accountsErased: 1,
      membershipsRemoved: 2,
      textsRedacted: 2,
      redactionsSkipped: 0,
    });
    expect(state.texts.get(`finding.text:${FINDING}`)).toBe('[naam verwijderd] deed mee');
    expect(calls).toContain(`deleteMemberships ${PARTNERSHIP} ${USER} 2025-03-12T15:04:05.123456Z`);
  });

  it('does nothing the second time', async () => {
    const state = { accountErased: false, memberships: 1, texts: new Map<string, string>() };
    const { store } = fakeStore(state);
    await replayEntry(entry(), store);
    const again = await replayEntry(entry(), store);
    expect(again).toMatchObject({ accountsErased: 0, membershipsRemoved: 0, textsRedacted: 0 });
  });

  it('leaves the account alone when the erasure kept it (member elsewhere)', async () => {
    const { store, calls } = fakeStore({ accountErased: false, memberships: 0, texts: new Map() });
    await replayEntry(entry({ accountErased: false }), store);
    expect(calls.some((c) => c.startsWith('eraseAccount'))).toBe(false);
  });

  it('skips redactions naming a column outside the list or a malformed id', async () => {
    const { store, calls } = fakeStore({ accountErased: true, memberships: 0, texts: new Map() });
    const totals = await replayEntry(
      entry({
        redactions: [
          { table: 'app_user', id: USER, column: 'password_hash', value: 'x' },
          { table: 'finding', id: "1' or '1'='1", column: 'text', value: 'x' },
        ],
      }),
      store,
    );
    expect(totals.redactionsSkipped).toBe(2);
    expect(calls.filter((c) => c.startsWith('restore'))).toEqual([]);
  });
});

describe(summariseReplay.name, () => {
  it('says in one line what was re-applied and what was skipped', () => {
    const line = summariseReplay(
      {
        entries: 3,
        accountsErased: 1,
        membershipsRemoved: 2,
        invitationsRemoved: 0,
        facilitatorsCleared: 0,
        textsRedacted: 5,
        redactionsSkipped: 0,
      },
      [7],
    );
    expect(line).toBe(
      'Erasure log: 3 erasures checked, re-applied 1 account(s), 2 membership(s), 0 invitation(s), 0 facilitator link(s), 5 redacted text(s); 1 unreadable line(s) skipped (7)',
    );
    expect(line).not.toContain('\n');
  });

  it('says so when there was nothing to do', () => {
    expect(
      summariseReplay(
        {
          entries: 1,
          accountsErased: 0,
          membershipsRemoved: 0,
          invitationsRemoved: 0,
          facilitatorsCleared: 0,
          textsRedacted: 0,
          redactionsSkipped: 0,
        },
        [],
      ),
    ).toBe('Erasure log: 1 erasure checked, nothing to re-apply');
  });
});
