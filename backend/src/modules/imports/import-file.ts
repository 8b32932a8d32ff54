import { IMPORT_MAX_ROWS, type ImportColumnKey, type ImportIssue } from '@zet/contracts';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { columnForHeader, columnHeader, IMPORT_COLUMNS } from './import-columns';
import { importMessages as m } from './imports.messages';

/**
 * Reading an import file into rows of raw cells, keyed by template column: CSV (UTF-8 with or
 * without BOM, UTF-16, or old Windows text; `;`, `,` or tab separated) and XLSX. Pure apart from
 * exceljs' async load; nothing here knows about the database.
 */

export type RawCell = string | number | Date | null;
export type RawRow = {
  /** As the spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  cells: Partial<Record<ImportColumnKey, RawCell>>;
  /** Set when the row could not be split into cells as the header says. */
  problem?: string;
};
export type ImportFormat = 'csv' | 'xlsx';

export type ReadResult = {
  format: ImportFormat;
  rows: RawRow[];
  /** Problems with the file as a whole; while there is one, `rows` is empty. */
  issues: ImportIssue[];
  notices: string[];
};

/** Refused before reading: not a format the import takes (415). */
export class UnsupportedImportFile extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** Largest total size of an XLSX's unpacked parts: guards against zip bombs. */
export const XLSX_MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
const XLSX_MAX_ENTRIES = 500;

const startsWith = (buffer: Buffer, bytes: readonly number[]) =>
  buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Decides from the content (not the name or the browser's label) how to read the file. */
export function detectFormat(buffer: Buffer): ImportFormat {
  if (startsWith(buffer, ZIP)) return 'xlsx';
  if (startsWith(buffer, OLE)) throw new UnsupportedImportFile(m.oldExcel);
  if (startsWith(buffer, UTF16LE_BOM) || startsWith(buffer, UTF16BE_BOM)) return 'csv';
  // Text has no NUL bytes; images, PDFs and other binaries do (or start with a known signature).
  const head = buffer.subarray(0, 8192);
  if (head.includes(0) || startsWith(buffer, [0x25, 0x50, 0x44, 0x46]))
    throw new UnsupportedImportFile(m.unsupported);
  return 'csv';
}

export async function readImportFile(buffer: Buffer): Promise<ReadResult> {
  const format = detectFormat(buffer);
  return format === 'xlsx' ? readXlsx(buffer) : readCsv(buffer);
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Text of a CSV file: BOMs honoured, UTF-8 preferred, old Windows text (Excel's "CSV") accepted. */
export function decodeText(buffer: Buffer): { text: string; notice?: string } {
  if (startsWith(buffer, UTF8_BOM)) return { text: buffer.subarray(3).toString('utf8') };
  if (startsWith(buffer, UTF16LE_BOM))
    return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)) };
  if (startsWith(buffer, UTF16BE_BOM))
    return { text: new TextDecoder('utf-16be').decode(buffer.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(buffer), notice: m.notWindows1252 };
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes; `;` on a tie. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

export function readCsv(buffer: Buffer): ReadResult {
  const { text, notice } = decodeText(buffer);
  const notices = notice ? [notice] : [];
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    header: false,
    skipEmptyLines: false,
  });
  const unclosed = new Set(
    parsed.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row ?? -1),
  );
  return fromGrid(
    'csv',
    parsed.data.map((cells, index) => ({
      rowNumber: index + 1,
      cells,
      problem: unclosed.has(index) ? m.unclosedQuote : undefined,
    })),
    notices,
  );
}

// ---------------------------------------------------------------------------------------------
// XLSX

/**
 * The total unpacked size the ZIP's central directory declares, or undefined when it cannot be
 * read (not a ZIP, ZIP64, too many parts): checked before exceljs inflates everything in memory.
 */
export function zipUnpackedSize(buffer: Buffer): number | undefined {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) !== EOCD) continue;
    const entries = buffer.readUInt16LE(at + 10);
    const offset = buffer.readUInt32LE(at + 16);
    if (entries > XLSX_MAX_ENTRIES || offset >= buffer.length) return undefined;
    let p = offset;
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL) return undefined;
      const size = buffer.readUInt32LE(p + 24);
      if (size === 0xffffffff) return undefined;
      total += size;
      p +=
        46 +
        buffer.readUInt16LE(p + 28) +
        buffer.readUInt16LE(p + 30) +
        buffer.readUInt16LE(p + 32);
    }
    return total;
  }
  return undefined;
}

/** A cell as the validation reads it: text, a number, a date, or empty. */
export function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result ?? null);
  // A hyperlink's text; some writers store rich text there.
  if ('text' in value) return cellValue(value.text);
  return null;
}

const SHEET_NAMES = new Set(['gegevens', 'import', 'data']);

export async function readXlsx(buffer: Buffer): Promise<ReadResult> {
  const unpacked = zipUnpackedSize(buffer);
  if (unpacked === undefined) return fileProblem('xlsx', m.unreadableXlsx);
  if (unpacked > XLSX_MAX_UNPACKED_BYTES) return fileProblem('xlsx', m.xlsxTooBig);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return fileProblem('xlsx', m.unreadableXlsx);
  }
  const sheets = workbook.worksheets.filter((s) => s.state === 'visible' || s.state === undefined);
  const sheet =
    sheets.find((s) => SHEET_NAMES.has(s.name.trim().toLowerCase())) ??
    sheets.find((s) => s.name.trim().toLowerCase() !== 'toelichting');
  if (!sheet) return fileProblem('xlsx', m.noSheet);

  const grid: GridRow[] = [];
  const width = Math.min(sheet.columnCount, 100);
  let skipped = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    // Past the limit only the count matters (for the message), not the cells.
    if (grid.length > IMPORT_MAX_ROWS + 1 && cells.some((c) => !isEmpty(c))) skipped += 1;
    else grid.push({ rowNumber, cells });
  });
  return fromGrid('xlsx', grid, [], skipped);
}

// ---------------------------------------------------------------------------------------------
// Grid → rows by column

type GridRow = { rowNumber: number; cells: RawCell[]; problem?: string };

const isEmpty = (cell: RawCell | undefined) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const fileProblem = (format: ImportFormat, message: string): ReadResult => ({
  format,
  rows: [],
  issues: [{ rowNumber: null, column: null, message }],
  notices: [],
});

/** Maps the header row to template columns and every later non-empty row to its cells. */
function fromGrid(
  format: ImportFormat,
  grid: GridRow[],
  notices: string[],
  uncounted = 0,
): ReadResult {
  const headerIndex = grid.findIndex((r) => r.cells.some((c) => !isEmpty(c)));
  const header = grid[headerIndex];
  if (!header) return fileProblem(format, m.emptyFile);

  const issues: ImportIssue[] = [];
  const columns = new Map<number, ImportColumnKey>();
  const seen = new Set<ImportColumnKey>();
  header.cells.forEach((cell, index) => {
    if (isEmpty(cell)) return;
    const text = String(cell instanceof Date ? cell.toISOString() : cell)
      .replace(/^\ufeff/, '')
      .trim();
    const key = columnForHeader(text);
    if (!key) {
      notices.push(m.unknownColumn(text));
      return;
    }
    if (seen.has(key)) {
      issues.push({
        rowNumber: header.rowNumber,
        column: columnHeader(key),
        message: m.duplicateColumn(text),
      });
      return;
    }
    seen.add(key);
    columns.set(index, key);
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !seen.has(column.key))
      issues.push({
        rowNumber: header.rowNumber,
        column: column.header,
        message: m.missingColumn(column.header),
      });
  }

  const body = grid.slice(headerIndex + 1).filter((r) => r.cells.some((c) => !isEmpty(c)));
  if (body.length === 0) issues.push({ rowNumber: null, column: null, message: m.noRows });
  if (body.length + uncounted > IMPORT_MAX_ROWS)
    issues.push({
      rowNumber: null,
      column: null,
      message: m.tooManyRows(IMPORT_MAX_ROWS, body.length + uncounted),
    });
  if (issues.length) return { format, rows: [], issues, notices };

  const width = header.cells.length;
  const rows = body.map((row): RawRow => {
    const cells: RawRow['cells'] = {};
    for (const [index, key] of columns) cells[key] = row.cells[index] ?? null;
    const problem =
      row.problem ??
      (row.cells.slice(width).some((c) => !isEmpty(c)) ? m.tooManyFields : undefined);
    return { rowNumber: row.rowNumber, cells, ...(problem ? { problem } : {}) };
  });
  return { format, rows, issues, notices };
}
