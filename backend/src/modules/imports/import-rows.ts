import {
  AGREEMENTS_MAX_LENGTH,
  FINDING_MAX_LENGTH,
  type ImportColumnKey,
  type ImportIssue,
  PLACEMENT_VALUES,
  RATIONALE_MAX_LENGTH,
  schoolYearBounds,
} from '@zet/contracts';
import { createHash } from 'node:crypto';
import { type RoleDefinition, roleProblem } from '../evaluations/evaluation-rules';
import { columnHeader } from './import-columns';
import type { RawCell, RawRow } from './import-file';
import { importMessages as m } from './imports.messages';

/**
 * Checking one import row against the partnership and the content, as a pure function: every
 * problem becomes a Dutch message on the row and column that caused it.
 */

export type ImportContext = {
  locations: readonly { id: string; name: string; archived: boolean }[];
  /** Oldest first, as the content bundle keeps them. */
  versions: readonly {
    id: string;
    name: string;
    publishedOn: string;
    themes: readonly { code: string; name: string }[];
  }[];
  roles: readonly RoleDefinition[];
  /** Today in the Netherlands (YYYY-MM-DD): later dates are refused. */
  today: string;
};

export type Side = 'school' | 'instituut';

/** A row that can be imported, resolved against the partnership and the content. */
export type ValidRow = {
  rowNumber: number;
  schoolYear: string;
  heldOn: string;
  location: { id: string; name: string } | null;
  contentVersionId: string;
  round: number;
  themeCode: string;
  themeName: string;
  groupLabel: string;
  currentPlacement: number;
  desiredPlacement: number;
  rationale: string;
  agreements: string;
  findings: { kind: 'strength' | 'development'; text: string }[];
  participants: { role: string; side: Side; present: number }[];
};

/** What a row was read as, also when it is invalid (null where it could not be read). */
export type RowEcho = {
  schoolYear: string | null;
  heldOn: string | null;
  location: { id: string; name: string } | null;
  themeCode: string | null;
  themeName: string | null;
  groupLabel: string;
};

export type CheckedRow = {
  rowNumber: number;
  echo: RowEcho;
  errors: ImportIssue[];
  /** Set exactly when `errors` is empty. */
  valid?: ValidRow;
};

// ---- cell readers ----

/** Text of a cell, trimmed; a spreadsheet's formula guard (a leading quote before = + - @) is removed. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = (typeof cell === 'number' ? String(cell) : cell).trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** Lower case, without accents, with runs of spaces, hyphens and underscores as one space. */
export function looseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

function isoIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Days from 1899-12-30, as Excel counts dates in a cell without a date format. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export type DateResult = { ok: string } | { error: string };

/** A date as ISO text: an Excel date, 14-03-2023, 14/3/2023, 2023-03-14 or 14 maart 2023. */
export function parseDate(cell: RawCell | undefined): DateResult | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { error: m.dateFormat(String(cell)) };
    return { ok: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell > 30_000 && cell < 80_000)
      return { ok: new Date(EXCEL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10) };
    return { error: m.dateFormat(String(cell)) };
  }
  const text = cellText(cell);
  if (text === '') return undefined;
  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const written = /^(\d{1,2})\s+([a-z]{3,})\.?\s+(\d{4})$/i.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dutch) parts = [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])];
  else if (written) {
    const word = written[2]!.toLowerCase();
    // "mrt" is the usual Dutch abbreviation of maart; the others are the month's first letters.
    const month = word === 'mrt' ? 2 : MONTHS.findIndex((name) => name.startsWith(word));
    if (month >= 0) parts = [Number(written[3]), month + 1, Number(written[1])];
  }
  if (!parts) return { error: m.dateFormat(text) };
  const real = isoIfReal(...parts);
  return real ? { ok: real } : { error: m.dateDoesNotExist(text) };
}

/** The school year a date falls in (1 August to 31 July). */
export function schoolYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const first = isoDate.slice(5) >= '08-01' ? year : year - 1;
  return `${first}-${first + 1}`;
}

export type ParsedValue<T> = { ok: T } | { error: string };

export function parseSchoolYear(text: string): ParsedValue<string> {
  const match = /^(\d{4})\s*[-/–]\s*(\d{4})$/.exec(text);
  if (!match) return { error: m.schoolYearFormat(text) };
  const [first, second] = [Number(match[1]), Number(match[2])];
  if (second !== first + 1) return { error: m.schoolYearOrder(text) };
  return { ok: `${first}-${second}` };
}

/** A placement on the scale: 1 to 4 in halves, written 2,5 or 2.5. */
export function parsePlacement(cell: RawCell | undefined): ParsedValue<number> | undefined {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  if (text === '') return undefined;
  const normalised = text.replace(',', '.');
  const value = /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
  return (PLACEMENT_VALUES as readonly number[]).includes(value)
    ? { ok: value }
    : { error: m.placementInvalid(text) };
}

/** Items separated by " | " or on their own lines; empty items dropped. */
export function splitItems(text: string): string[] {
  return text
    .split(/\s*\|\s*|\r?\n|\r/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export type RoleIndex = ReadonlyMap<string, RoleDefinition>;

/** Roles by code, by name, and by the first part of a long name ("Schoolleider/locatiedirecteur"). */
export function roleIndex(roles: readonly RoleDefinition[]): RoleIndex {
  const index = new Map<string, RoleDefinition>();
  for (const role of roles) {
    const short = role.name.split(/\s*[/(]/)[0] ?? role.name;
    for (const key of [short, role.name, role.code]) index.set(looseKey(key), role);
  }
  return index;
}

export type Participant = { role: string; side: Side; present: number };

/** "Student: 4 | Onderzoeksbegeleider (instituut): 1": present counts by role and side. */
export function parseParticipants(
  text: string,
  roles: RoleIndex,
): { ok: Participant[] } | { errors: string[] } {
  const errors: string[] = [];
  const participants: Participant[] = [];
  const seen = new Set<string>();
  for (const entry of text.split(/\s*[|;]\s*|\r?\n|\r/).filter((e) => e.trim() !== '')) {
    const match = /^(.+?)\s*[:=]\s*(\S+)$/.exec(entry.trim());
    if (!match) {
      errors.push(m.participantFormat(entry.trim()));
      continue;
    }
    const [, rolePart = '', countPart = ''] = match;
    const sided = /^(.*?)\s*\((school|instituut)\)$/i.exec(rolePart);
    const roleName = (sided ? sided[1] : rolePart)?.trim() ?? '';
    const role = roles.get(looseKey(roleName));
    if (!role) {
      errors.push(m.unknownRole(roleName));
      continue;
    }
    const side: Side = sided
      ? (sided[2]!.toLowerCase() as Side)
      : role.side === 'instituut'
        ? 'instituut'
        : 'school';
    const sideProblem = roleProblem(role, side);
    if (sideProblem) {
      errors.push(sideProblem.text);
      continue;
    }
    const count = /^\d{1,3}$/.test(countPart) ? Number(countPart) : Number.NaN;
    if (!(count >= 0 && count <= 100)) {
      errors.push(m.participantCount(roleName));
      continue;
    }
    const key = `${role.code}|${side}`;
    if (seen.has(key)) {
      errors.push(m.duplicateParticipant(roleName));
      continue;
    }
    seen.add(key);
    participants.push({ role: role.code, side, present: count });
  }
  return errors.length ? { errors } : { ok: participants };
}

// ---- one row ----

const GROUP_MAX_LENGTH = 60;

/** Checks one row; `roles` is `roleIndex(context.roles)`, built once per file. */
export function checkRow(raw: RawRow, context: ImportContext, roles: RoleIndex): CheckedRow {
  const errors: ImportIssue[] = [];
  const fail = (column: ImportColumnKey | null, message: string) =>
    errors.push({
      rowNumber: raw.rowNumber,
      column: column ? columnHeader(column) : null,
      message,
    });
  const text = (column: ImportColumnKey) => {
    const value = cellText(raw.cells[column]);
    if (value.includes('\u0000')) {
      fail(column, m.nul);
      return '';
    }
    return value;
  };

  const echo: RowEcho = {
    schoolYear: null,
    heldOn: null,
    location: null,
    themeCode: null,
    themeName: null,
    groupLabel: text('groep'),
  };
  if (raw.problem) {
    fail(null, raw.problem);
    return { rowNumber: raw.rowNumber, echo, errors };
  }

  // Datum and schooljaar.
  const date = parseDate(raw.cells.datum);
  if (!date) fail('datum', m.required(columnHeader('datum')));
  else if ('error' in date) fail('datum', date.error);
  else if (date.ok < '1990-01-01' || date.ok > '2099-12-31') fail('datum', m.dateOutOfRange);
  else if (date.ok > context.today) fail('datum', m.dateInFuture);
  else echo.heldOn = date.ok;

  const yearText = text('schooljaar');
  if (yearText !== '') {
    const year = parseSchoolYear(yearText);
    if ('error' in year) fail('schooljaar', year.error);
    else echo.schoolYear = year.ok;
  } else if (echo.heldOn) {
    echo.schoolYear = schoolYearOf(echo.heldOn);
  }
  if (echo.heldOn && echo.schoolYear) {
    const { from, to } = schoolYearBounds(echo.schoolYear);
    if (echo.heldOn < from || echo.heldOn > to) {
      fail('datum', m.dateOutsideSchoolYear(echo.schoolYear));
    }
  }

  // Locatie: by name, within this partnership only.
  const locationName = text('locatie');
  let locationOk = true;
  if (locationName !== '') {
    const wanted = looseKey(locationName);
    const location = context.locations.find((l) => looseKey(l.name) === wanted);
    if (!location) fail('locatie', m.unknownLocation(locationName));
    else if (location.archived) fail('locatie', m.archivedLocation(location.name));
    else echo.location = { id: location.id, name: location.name };
    locationOk = echo.location !== null;
  }

  // Inhoudsversie: named, or the one in use on the date.
  const versionText = text('inhoudsversie');
  let version: ImportContext['versions'][number] | undefined;
  if (versionText !== '') {
    const wanted = looseKey(versionText);
    version = context.versions.find(
      (v) => looseKey(v.id) === wanted || looseKey(v.name) === wanted,
    );
    if (!version)
      fail(
        'inhoudsversie',
        m.unknownVersion(
          versionText,
          context.versions.map((v) => v.id),
        ),
      );
  } else if (echo.heldOn) {
    const heldOn = echo.heldOn;
    version =
      [...context.versions].reverse().find((v) => v.publishedOn <= heldOn) ?? context.versions[0];
  }

  // Ronde.
  const roundText = text('ronde');
  const roundMatch = /^(?:ronde\s*)?(\d{1,2})$/i.exec(roundText);
  const round = roundText === '' ? 1 : roundMatch ? Number(roundMatch[1]) : Number.NaN;
  if (!(round >= 1 && round <= 10)) fail('ronde', m.roundFormat);

  // Thema: code or name within the version.
  const themeText = text('thema');
  if (themeText === '') fail('thema', m.required(columnHeader('thema')));
  else if (version) {
    const wanted = looseKey(themeText);
    const matches = (t: { code: string; name: string }) =>
      looseKey(t.code) === wanted || looseKey(t.name) === wanted;
    const theme = version.themes.find(matches);
    if (theme) {
      echo.themeCode = theme.code;
      echo.themeName = theme.name;
    } else {
      const other = context.versions.find((v) => v !== version && v.themes.some(matches));
      fail(
        'thema',
        other
          ? m.themeOfOtherVersion(themeText, version.name, other.id)
          : m.unknownTheme(themeText, version.name),
      );
    }
  }

  // Groep.
  if (echo.groupLabel.length > GROUP_MAX_LENGTH) fail('groep', m.groupTooLong);

  // Placements and onderbouwing.
  const placement = (column: 'huidig' | 'gewenst') => {
    const parsed = parsePlacement(raw.cells[column]);
    if (!parsed) fail(column, m.placementMissing(columnHeader(column)));
    else if ('error' in parsed) fail(column, parsed.error);
    else return parsed.ok;
    return undefined;
  };
  const current = placement('huidig');
  const desired = placement('gewenst');
  const rationale = text('onderbouwing');
  if (rationale.length > RATIONALE_MAX_LENGTH)
    fail('onderbouwing', m.textTooLong(RATIONALE_MAX_LENGTH));
  else if (current !== undefined && current === desired && rationale === '')
    fail('onderbouwing', m.rationaleRequired);
  const agreements = text('afspraken');
  if (agreements.length > AGREEMENTS_MAX_LENGTH)
    fail('afspraken', m.textTooLong(AGREEMENTS_MAX_LENGTH));

  // Sterke punten and ontwikkelpunten.
  const findings: ValidRow['findings'] = [];
  for (const [column, kind] of [
    ['sterkePunten', 'strength'],
    ['ontwikkelpunten', 'development'],
  ] as const) {
    splitItems(text(column)).forEach((item, i) => {
      if (item.length > FINDING_MAX_LENGTH) fail(column, m.findingTooLong(i + 1));
      else findings.push({ kind, text: item });
    });
  }
  if (findings.length > 100) fail('ontwikkelpunten', m.tooManyFindings);

  // Deelnemers.
  let participants: Participant[] = [];
  const participantText = text('deelnemers');
  if (participantText !== '') {
    const parsed = parseParticipants(participantText, roles);
    if ('errors' in parsed) parsed.errors.forEach((e) => fail('deelnemers', e));
    else participants = parsed.ok;
  }

  if (
    errors.length ||
    !echo.heldOn ||
    !echo.schoolYear ||
    !version ||
    !echo.themeCode ||
    !echo.themeName ||
    !locationOk ||
    current === undefined ||
    desired === undefined
  ) {
    return { rowNumber: raw.rowNumber, echo, errors };
  }
  return {
    rowNumber: raw.rowNumber,
    echo,
    errors,
    valid: {
      rowNumber: raw.rowNumber,
      schoolYear: echo.schoolYear,
      heldOn: echo.heldOn,
      location: echo.location,
      contentVersionId: version.id,
      round,
      themeCode: echo.themeCode,
      themeName: echo.themeName,
      groupLabel: echo.groupLabel,
      currentPlacement: current,
      desiredPlacement: desired,
      rationale,
      agreements,
      findings,
      participants,
    },
  };
}

// ---- across rows ----

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * The natural key of an imported result: partnership, schooljaar, locatie, datum, thema and
 * groep. Importing a row whose key exists creates nothing.
 */
export function naturalKey(partnershipId: string, row: ValidRow): string {
  return sha256([
    partnershipId,
    row.schoolYear,
    row.location?.id ?? '',
    row.heldOn,
    row.themeCode,
    looseKey(row.groupLabel),
  ]);
}

/** What the row says; when a re-imported row's hash differs, the file changed since. */
export function contentHash(row: ValidRow): string {
  const { rowNumber: _, ...content } = row;
  return sha256(content);
}

/** The second and later rows with the same natural key get an error naming the first. */
export function markDuplicates(rows: CheckedRow[], keyOf: (row: ValidRow) => string): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (!row.valid) continue;
    const key = keyOf(row.valid);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row.rowNumber);
      continue;
    }
    row.errors.push({
      rowNumber: row.rowNumber,
      column: columnHeader('groep'),
      message: m.duplicateRow(earlier),
    });
    delete row.valid;
  }
}

export type PlannedEvaluation = {
  schoolYear: string;
  heldOn: string;
  location: { id: string; name: string } | null;
  contentVersionId: string;
  rows: ValidRow[];
};

/** Rows with the same schooljaar, datum, locatie and inhoudsversie form one dagdeel, in file order. */
export function groupIntoEvaluations(rows: readonly ValidRow[]): PlannedEvaluation[] {
  const groups = new Map<string, PlannedEvaluation>();
  for (const row of rows) {
    const key = [row.schoolYear, row.heldOn, row.location?.id ?? '', row.contentVersionId].join(
      '|',
    );
    let group = groups.get(key);
    if (!group) {
      group = {
        schoolYear: row.schoolYear,
        heldOn: row.heldOn,
        location: row.location,
        contentVersionId: row.contentVersionId,
        rows: [],
      };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}
