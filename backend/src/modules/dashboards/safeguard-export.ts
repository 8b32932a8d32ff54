import type { SafeguardExportTable, Safeguards } from '@zet/contracts';
import { PLACEMENT_VALUES } from '@zet/contracts';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { SafeguardResultRow } from './dashboard.queries';

export type Cell = string | number | null;
export type ExportTable = {
  key: SafeguardExportTable;
  sheet: string;
  title: string;
  headers: string[];
  rows: Cell[][];
};

/** What the numbers rest on, stated in every export and report. */
export type ReportBasis = {
  partnershipName: string;
  createdAt: Date;
  filters: { label: string; value: string }[];
  period: string;
  contentVersions: string[];
  locations: number;
  sessions: number;
  /** Per role: participants present at the table, and individual placements recorded. */
  roles: { name: string; present: number; placements: number }[];
};

export const placementLabel = (v: number) => String(v).replace('.', ',');

/** The four tables of "the underlying numbers"; the results table only holds locaties the caller may see by name. */
export function exportTables(
  view: Safeguards,
  results: SafeguardResultRow[],
  safeguardName: (code: string) => string,
  themeName: (code: string) => string,
): ExportTable[] {
  return [
    {
      key: 'verdeling',
      sheet: 'Verdeling',
      title: 'Verdeling per waarborg en schooljaar',
      headers: [
        'Waarborg',
        'Schooljaar',
        'Resultaten (n)',
        'Locaties (n)',
        'Mediaan huidig',
        'Mediaan gewenst',
        ...PLACEMENT_VALUES.map((p) => `Scenario ${placementLabel(p)}`),
      ],
      rows: view.safeguards.flatMap((s) =>
        s.years.map((y) => [
          s.safeguard.name,
          y.schoolYear,
          y.results,
          y.locations,
          y.median,
          y.desiredMedian,
          ...y.distribution.map((d) => d.count),
        ]),
      ),
    },
    {
      key: 'themas',
      sheet: "Thema's",
      title: "Thema's per waarborg in het laatste schooljaar",
      headers: [
        'Waarborg',
        'Thema',
        'Schooljaar',
        'Mediaan',
        'Laagste',
        'Hoogste',
        'Locaties (n)',
        'Sterkst of zwakst',
      ],
      rows: view.safeguards.flatMap((s) =>
        s.themeRanking.map((t) => [
          s.safeguard.name,
          t.theme.name,
          s.latestYear,
          t.median,
          t.low,
          t.high,
          t.locations,
          s.strongest.includes(t.theme.code)
            ? 'sterkst'
            : s.weakest.includes(t.theme.code)
              ? 'zwakst'
              : '',
        ]),
      ),
    },
    {
      key: 'resultaten',
      sheet: 'Resultaten',
      title: 'Resultaten per locatie, thema en schooljaar',
      headers: [
        'Waarborg',
        'Schooljaar',
        'Thema',
        'Locatie',
        'Huidig',
        'Gewenst',
        'Laagste groep',
        'Hoogste groep',
        'Groepen',
      ],
      rows: results.map((r) => [
        safeguardName(r.safeguard),
        r.school_year,
        themeName(r.theme),
        r.location_name,
        r.current,
        r.desired,
        r.current_low,
        r.current_high,
        r.groups,
      ]),
    },
    {
      key: 'rode-lijnen',
      sheet: 'Rode lijnen',
      title: 'Bevestigde rode lijnen',
      headers: ['Waarborg', 'Rode lijn', 'Schooljaar', "Thema's"],
      rows: view.safeguards.flatMap((s) =>
        s.commonThreads.map((t) => [
          s.safeguard.name,
          t.name,
          t.schoolYear,
          t.themes.map(themeName).join(', '),
        ]),
      ),
    },
  ];
}

/**
 * CSV as Dutch spreadsheets open it: semicolons, decimal commas, a byte-order mark. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with a quote.
 */
export function toCsv(table: ExportTable): string {
  const data = table.rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? placementLabel(cell) : (cell ?? ''))),
  );
  return `\ufeff${Papa.unparse({ fields: table.headers, data }, { delimiter: ';', newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** Text a spreadsheet could take for a formula gets a leading quote, as papaparse does for CSV. */
export const escapeFormula = (value: string): string =>
  /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

export async function toXlsx(tables: ExportTable[], basis: ReportBasis): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ZET Monitor';
  workbook.created = basis.createdAt;

  const about = workbook.addWorksheet('Verantwoording');
  about.columns = [{ width: 34 }, { width: 60 }, { width: 16 }];
  const line = (cells: Cell[]) =>
    about.addRow(cells.map((c) => (typeof c === 'string' ? escapeFormula(c) : c)));
  line(['Kwaliteit per waarborg', basis.partnershipName]).font = { bold: true };
  line(['Gemaakt op', basis.createdAt.toISOString().slice(0, 10)]);
  for (const f of basis.filters) line([f.label, f.value]);
  line(['Periode', basis.period]);
  line(['Inhoudsversie(s)', basis.contentVersions.join(', ') || '—']);
  line(['Locaties (n)', basis.locations]);
  line(['Themagesprekken (n)', basis.sessions]);
  line([]);
  line(['Rol', 'Deelnemers aanwezig', 'Individuele plaatsingen']).font = { bold: true };
  for (const r of basis.roles) line([r.name, r.present, r.placements]);

  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.columns = table.headers.map((h) => ({
      header: escapeFormula(h),
      width: Math.max(12, Math.min(40, h.length + 4)),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows)
      sheet.addRow(row.map((c) => (typeof c === 'string' ? escapeFormula(c) : c)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
