import { describe, expect, it } from '@jest/globals';
import { buildDraft } from './capture-fixtures';
import {
  clearLocalCapture,
  draftStorageKey,
  hasLocalCapture,
  readLocalCapture,
  writeLocalCapture,
  type KeyValueStorage,
  type StoredCapture,
} from './draft-store';

const SESSION = '44444444-4444-4444-8444-444444444444';
const OTHER = '55555555-5555-4555-8555-555555555555';

/** An in-memory Storage; `full` makes every write fail as a full quota does. */
class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function entry(overrides: Partial<StoredCapture> = {}): StoredCapture {
  return {
    sessionId: SESSION,
    baseVersion: 3,
    base: buildDraft(),
    draft: buildDraft({ rationale: 'offline getypt' }),
    editedAt: '2026-04-21T09:30:00.000Z',
    ...overrides,
  };
}

describe(writeLocalCapture.name, () => {
  it('keeps the draft under the session id and version', () => {
    const storage = new MemoryStorage();
    expect(writeLocalCapture(storage, entry())).toBe(true);
    expect(storage.getItem(draftStorageKey(SESSION, 3))).toContain('offline getypt');
    expect(readLocalCapture(storage, SESSION)).toEqual(entry());
  });

  it('replaces the entry of an older version of the same session, and leaves other sessions alone', () => {
    const storage = new MemoryStorage();
    writeLocalCapture(storage, entry({ sessionId: OTHER }));
    writeLocalCapture(storage, entry({ baseVersion: 3 }));
    writeLocalCapture(storage, entry({ baseVersion: 4, draft: buildDraft({ notes: 'later' }) }));
    expect(storage.getItem(draftStorageKey(SESSION, 3))).toBeNull();
    expect(readLocalCapture(storage, SESSION)?.draft.notes).toBe('later');
    expect(hasLocalCapture(storage, OTHER)).toBe(true);
  });

  it('says so when the browser refuses to store', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(writeLocalCapture(storage, entry())).toBe(false);
  });
});

describe(readLocalCapture.name, () => {
  it('skips an unreadable entry and falls back to an older readable one', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftStorageKey(SESSION, 2), JSON.stringify(entry({ baseVersion: 2 })));
    storage.setItem(draftStorageKey(SESSION, 5), '{"not": "a draft"');
    expect(readLocalCapture(storage, SESSION)?.baseVersion).toBe(2);
  });

  it('returns null when nothing is kept for the session', () => {
    expect(readLocalCapture(new MemoryStorage(), SESSION)).toBeNull();
  });
});

describe(clearLocalCapture.name, () => {
  it('removes every entry of the session once the server has the edits', () => {
    const storage = new MemoryStorage();
    writeLocalCapture(storage, entry());
    clearLocalCapture(storage, SESSION);
    expect(hasLocalCapture(storage, SESSION)).toBe(false);
  });
});
