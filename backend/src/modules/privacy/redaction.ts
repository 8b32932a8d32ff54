import type { PersonMentionField } from '@zet/contracts';

/** What a person's name (or e-mail address) becomes in free text after erasure. */
export const REDACTED_NAME = '[naam verwijderd]';
/** What an erased e-mail address becomes in audit log details. */
export const REDACTED_EMAIL = '[e-mailadres verwijderd]';
export const ERASED_NAME = 'Verwijderde gebruiker';
export const erasedEmail = (userId: string) => `verwijderd-${userId}@invalid`;

/**
 * The free-text columns of a partnership that may name a person. A closed list: the replay of
 * the erasure log writes only to these, so a tampered log cannot reach other tables or columns.
 * `maxLength` mirrors the column's limit, since the marker can be longer than the name it replaces.
 */
export const REDACTABLE_TEXT = [
  { table: 'finding', column: 'text', maxLength: 500, field: 'finding.text' },
  { table: 'theme_session', column: 'rationale', maxLength: 4000, field: 'themeSession.rationale' },
  {
    table: 'theme_session',
    column: 'agreements',
    maxLength: 4000,
    field: 'themeSession.agreements',
  },
  {
    table: 'theme_session',
    column: 'plenary_reporter',
    maxLength: 200,
    field: 'themeSession.plenaryReporter',
  },
  { table: 'theme_session', column: 'notes', maxLength: 8000, field: 'themeSession.notes' },
  { table: 'action', column: 'owner_name', maxLength: 200, field: null },
  { table: 'action', column: 'description', maxLength: null, field: 'action.description' },
  { table: 'action', column: 'review_note', maxLength: null, field: 'action.reviewNote' },
  { table: 'common_thread', column: 'name', maxLength: 200, field: 'commonThread.name' },
  {
    table: 'common_thread',
    column: 'description',
    maxLength: null,
    field: 'commonThread.description',
  },
] as const satisfies readonly {
  table: string;
  column: string;
  maxLength: number | null;
  /** How the export names the field; null when the export lists it elsewhere (action owners). */
  field: PersonMentionField | null;
}[];

export type RedactableText = (typeof REDACTABLE_TEXT)[number];

/** Every column the erasure log may name, with how a replay compares and guards it. */
export type RedactableColumn = {
  table: string;
  column: string;
  type: 'text' | 'jsonb';
  idType: 'uuid' | 'bigint';
  hasUpdatedAt: boolean;
};

export const REDACTABLE_COLUMNS: readonly RedactableColumn[] = [
  ...REDACTABLE_TEXT.map((c) => ({
    table: c.table,
    column: c.column,
    type: 'text' as const,
    idType: 'uuid' as const,
    hasUpdatedAt: true,
  })),
  // E-mail addresses in audit details (invitations, failed sign-ins); the log is append-only.
  { table: 'audit_log', column: 'details', type: 'jsonb', idType: 'bigint', hasUpdatedAt: false },
];

const ID_FORMAT: Record<RedactableColumn['idType'], RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  bigint: /^[0-9]{1,18}$/,
};

export const isValidRowId = (column: RedactableColumn, id: string) =>
  ID_FORMAT[column.idType].test(id);

export function findRedactableColumn(table: string, column: string): RedactableColumn | undefined {
  return REDACTABLE_COLUMNS.find((c) => c.table === table && c.column === column);
}

/** Escapes every character that means something in a PostgreSQL (ARE) regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/**
 * A PostgreSQL regular expression (use case-insensitively) that finds the full name or the
 * e-mail address as a whole word: not inside a longer word, whatever characters the name starts
 * or ends with. Any run of white space in the name matches any run in the text, so a line break
 * or double space between first and last name does not hide it.
 */
export function personPattern(name: string, email: string): string {
  const alternatives = [name, email]
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => s.split(/\s+/).map(escapeRegex).join('\\s+'));
  if (alternatives.length === 0) throw new Error('personPattern needs a name or an e-mail address');
  return `(?<![[:alnum:]_])(?:${alternatives.join('|')})(?![[:alnum:]_])`;
}

/** Names compare as typed, apart from surrounding and repeated white space. */
export function sameName(a: string, b: string): boolean {
  const normalise = (s: string) => s.trim().replace(/\s+/g, ' ');
  return normalise(a) === normalise(b);
}

/** `persoonsgegevens-<name>.json` with the name reduced to plain ASCII for the header. */
export function exportFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `persoonsgegevens-${slug || 'persoon'}.json`;
}
