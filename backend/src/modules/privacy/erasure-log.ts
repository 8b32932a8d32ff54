import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * One erasure, as a line in the erasure log: what to do again after a restore from a backup
 * made before it. Never holds the name or e-mail address itself; only a hash of the address (to
 * find the person's invitations again) and the texts as they were written after redaction.
 */
export const erasureLogEntrySchema = z.object({
  /** The erasing transaction's timestamp, to the microsecond, as PostgreSQL gave it. */
  erasedAt: z.iso.datetime({ offset: true }),
  userId: z.uuid(),
  partnershipId: z.uuid(),
  accountErased: z.boolean(),
  emailHash: z.string().regex(/^[0-9a-f]{64}$/),
  redactions: z.array(
    z.object({
      table: z.string(),
      id: z.string().min(1),
      column: z.string(),
      value: z.string(),
    }),
  ),
});
export type ErasureLogEntry = z.infer<typeof erasureLogEntrySchema>;
export type Redaction = ErasureLogEntry['redactions'][number];

export const emailHash = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex');

export type ParsedErasureLog = { entries: ErasureLogEntry[]; invalidLines: number[] };

/**
 * Reads the log's lines; a line that is not a valid entry (a write torn by a crash, a hand edit)
 * is reported by number and skipped rather than stopping the others.
 */
export function parseErasureLog(text: string): ParsedErasureLog {
  const entries: ErasureLogEntry[] = [];
  const invalidLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      invalidLines.push(index + 1);
      return;
    }
    const parsed = erasureLogEntrySchema.safeParse(json);
    if (parsed.success) entries.push(parsed.data);
    else invalidLines.push(index + 1);
  });
  return { entries, invalidLines };
}

/** The whole log; an absent file is an empty log (no erasures yet). */
export async function readErasureLog(file: string): Promise<ParsedErasureLog> {
  try {
    return parseErasureLog(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { entries: [], invalidLines: [] };
    throw error;
  }
}

/**
 * Appends one line with a single write to a file opened for appending, and waits until it is on
 * disk. Creates the folder when it is missing. Appends of one process are queued, so lines never
 * interleave.
 */
export class ErasureLogWriter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  append(entry: ErasureLogEntry): Promise<void> {
    const line = `${JSON.stringify(erasureLogEntrySchema.parse(entry))}\n`;
    const write = this.queue.then(() => appendDurably(this.file, line));
    this.queue = write.catch(() => undefined);
    return write;
  }
}

async function appendDurably(file: string, line: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const isNew = await fs.access(file).then(
    () => false,
    () => true,
  );
  const handle = await fs.open(file, 'a', 0o600);
  try {
    await handle.write(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A new file's name lives in the folder: sync that too (not possible on every platform).
  if (isNew) await syncDirectory(dir).catch(() => undefined);
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
