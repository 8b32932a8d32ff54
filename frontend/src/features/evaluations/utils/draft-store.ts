import { z } from 'zod';
import type { CaptureDraft } from './capture-draft';

/**
 * Capture kept in the browser until the server has it: one entry per theme session, keyed by the
 * session id and the server version the edits were made on. Autosave sends the whole document,
 * so the "queue" of unsent edits is the latest draft; it stays until a save of exactly that draft
 * succeeds, and a reload (or a return after going offline) picks it up again.
 */
export type StoredCapture = {
  sessionId: string;
  /** The server version the draft was edited on. */
  baseVersion: number;
  /** The server's document at that version, for a three-way merge when the server moved on. */
  base: CaptureDraft;
  draft: CaptureDraft;
  /** When this browser last changed the draft (ISO date-time). */
  editedAt: string;
};

export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

const PREFIX = 'zet-monitor:capture:';

export function draftStorageKey(sessionId: string, baseVersion: number): string {
  return `${PREFIX}${sessionId}:v${baseVersion}`;
}

const placement = z.number().nullable();
const draftSchema = z.object({
  participants: z.array(
    z.object({ role: z.string(), side: z.enum(['school', 'instituut']), present: z.number() }),
  ),
  individualPlacements: z.array(
    z.object({ key: z.string(), role: z.string(), current: z.number(), desired: placement }),
  ),
  findings: z.array(
    z.object({
      key: z.string(),
      id: z.string().optional(),
      kind: z.enum(['strength', 'development']),
      text: z.string(),
    }),
  ),
  reflectionCards: z.array(z.string()),
  currentPlacement: placement,
  desiredPlacement: placement,
  rationale: z.string(),
  agreements: z.string(),
  plenaryReporter: z.string(),
  notes: z.string(),
}) satisfies z.ZodType<CaptureDraft>;

const storedSchema = z.object({
  sessionId: z.string(),
  baseVersion: z.number().int(),
  base: draftSchema,
  draft: draftSchema,
  editedAt: z.string(),
});

function keysOf(storage: KeyValueStorage, sessionId: string): { key: string; version: number }[] {
  const prefix = `${PREFIX}${sessionId}:v`;
  const keys: { key: string; version: number }[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) {
      const version = Number(key.slice(prefix.length));
      if (Number.isInteger(version)) keys.push({ key, version });
    }
  }
  return keys;
}

/**
 * Keeps the draft; older entries of the same session go. False when the browser refused
 * (storage full or switched off): the page then says edits live only in this tab.
 */
export function writeLocalCapture(storage: KeyValueStorage, entry: StoredCapture): boolean {
  const key = draftStorageKey(entry.sessionId, entry.baseVersion);
  try {
    storage.setItem(key, JSON.stringify(entry));
  } catch {
    return false;
  }
  for (const other of keysOf(storage, entry.sessionId)) {
    if (other.key !== key) storage.removeItem(other.key);
  }
  return true;
}

/** The kept draft of a session (the newest, if there are several); null when none is readable. */
export function readLocalCapture(
  storage: KeyValueStorage,
  sessionId: string,
): StoredCapture | null {
  const candidates = keysOf(storage, sessionId).sort((a, b) => b.version - a.version);
  for (const { key } of candidates) {
    let json: unknown;
    try {
      json = JSON.parse(storage.getItem(key) ?? 'null');
    } catch {
      continue;
    }
    const parsed = storedSchema.safeParse(json);
    if (parsed.success && parsed.data.sessionId === sessionId) return parsed.data;
  }
  return null;
}

export function clearLocalCapture(storage: KeyValueStorage, sessionId: string): void {
  for (const { key } of keysOf(storage, sessionId)) storage.removeItem(key);
}

/** Whether this browser holds edits of the session that the server has not confirmed. */
export function hasLocalCapture(storage: KeyValueStorage, sessionId: string): boolean {
  return keysOf(storage, sessionId).length > 0;
}

/** The browser's localStorage, or null where it is unavailable (private mode, blocked). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
