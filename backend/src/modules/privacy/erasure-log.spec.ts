import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  emailHash,
  type ErasureLogEntry,
  ErasureLogWriter,
  parseErasureLog,
  readErasureLog,
} from './erasure-log';

const entry = (overrides: Partial<ErasureLogEntry> = {}): ErasureLogEntry => ({
  erasedAt: '2025-03-12T15:04:05.123456Z',
  userId: '6f1c2f5e-8c9a-4b8e-9d7a-1f2e3d4c5b6a',
  partnershipId: '0b6f7c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d',
  accountErased: true,
  emailHash: emailHash('Jan@School.nl'),
  redactions: [
    {
      table: 'finding',
      id: '1b6f7c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d',
      column: 'text',
      value: '[naam verwijderd] deed mee',
    },
  ],
  ...overrides,
});

describe(emailHash.name, () => {
  it('hashes the lower-cased address', () => {
    expect(emailHash(' Jan@School.nl ')).toBe(emailHash('jan@school.nl'));
    expect(emailHash('jan@school.nl')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe(parseErasureLog.name, () => {
  it('reads every valid line and reports the others by line number', () => {
    const text = [
      JSON.stringify(entry()),
      '',
      '{"torn": ',
      JSON.stringify({ ...entry(), userId: 'x' }),
      JSON.stringify(entry({ accountErased: false })),
    ].join('\n');
    const parsed = parseErasureLog(text);
    expect(parsed.entries.map((e) => e.accountErased)).toEqual([true, false]);
    expect(parsed.invalidLines).toEqual([3, 4]);
  });
});

describe(ErasureLogWriter.name, () => {
  it('creates the folder when it is missing and appends one line per erasure', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zet-erasures-'));
    const file = path.join(dir, 'nested', 'erasures.jsonl');
    const writer = new ErasureLogWriter(file);
    await Promise.all([writer.append(entry()), writer.append(entry({ accountErased: false }))]);
    const text = await fs.readFile(file, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect((await readErasureLog(file)).entries.map((e) => e.accountErased)).toEqual([true, false]);
    await fs.rm(dir, { recursive: true });
  });

  it('treats an absent log as empty', async () => {
    expect(
      await readErasureLog(path.join(os.tmpdir(), 'zet-does-not-exist', 'erasures.jsonl')),
    ).toEqual({ entries: [], invalidLines: [] });
  });
});
