import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { IMPORT_COLUMNS, IMPORT_RULES } from './import-columns';

/** The downloadable template: CSV as Dutch Excel opens it, and a workbook with instructions. */

export type TemplateFile = { body: Buffer; contentType: string; fileName: string };

export type TemplateReference = {
  /** Per content version, oldest first, its themes. */
  versions: readonly {
    id: string;
    name: string;
    publishedOn: string;
    themes: readonly { code: string; name: string }[];
  }[];
  roles: readonly { code: string; name: string; side: string }[];
};

const BASENAME = 'zet-import-sjabloon';

/** Semicolons and a byte-order mark, so Dutch Excel opens it in columns with the accents intact. */
export function templateCsv(): TemplateFile {
  const csv = Papa.unparse(
    {
      fields: IMPORT_COLUMNS.map((c) => c.header),
      data: [0, 1].map((i) => IMPORT_COLUMNS.map((c) => c.examples[i as 0 | 1])),
    },
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  return {
    body: Buffer.from(`\ufeff${csv}\r\n`, 'utf8'),
    contentType: 'text/csv; charset=utf-8',
    fileName: `${BASENAME}.csv`,
  };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SIDES: Record<string, string> = {
  school: 'school',
  instituut: 'instituut',
  beide: 'school of instituut',
};

/** An example value as a spreadsheet cell: dates as dates, placements and rounds as numbers. */
function exampleCell(key: string, value: string): ExcelJS.CellValue {
  if (value === '') return null;
  if (key === 'datum') {
    const [day, month, year] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day));
  }
  if (key === 'huidig' || key === 'gewenst' || key === 'ronde')
    return Number(value.replace(',', '.'));
  return value;
}

export async function templateXlsx(reference: TemplateReference): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ZET Monitor';

  const data = workbook.addWorksheet('Gegevens');
  data.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'onderbouwing' || c.key === 'deelnemers' ? 48 : c.key.length > 8 ? 28 : 16,
    style: c.key === 'datum' ? { numFmt: 'dd-mm-yyyy' } : {},
  }));
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  for (const i of [0, 1] as const) {
    data.addRow(
      Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, exampleCell(c.key, c.examples[i])])),
    );
  }
  // Schooljaar, groep and the texts stay text, whatever is typed in them.
  for (const key of [
    'schooljaar',
    'locatie',
    'thema',
    'groep',
    'sterkePunten',
    'ontwikkelpunten',
    'deelnemers',
  ])
    data.getColumn(key).numFmt = '@';

  const help = workbook.addWorksheet('Toelichting');
  help.columns = [{ width: 22 }, { width: 12 }, { width: 90 }, { width: 40 }];
  help.addRow(['Importeren van eerdere ZET-rondes']).font = { bold: true, size: 14 };
  help.addRow([]);
  for (const rule of IMPORT_RULES) help.addRow(['•', '', rule]);
  help.addRow([]);
  help.addRow(['Kolom', 'Verplicht', 'Uitleg', 'Voorbeeld']).font = { bold: true };
  for (const c of IMPORT_COLUMNS)
    help.addRow([
      c.header,
      c.required ? 'ja' : 'nee',
      c.description,
      c.examples[0] || c.examples[1],
    ]);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const themes = workbook.addWorksheet("Thema's");
  themes.columns = [
    { header: 'Inhoudsversie', width: 20 },
    { header: 'In gebruik vanaf', width: 18 },
    { header: 'Code', width: 36 },
    { header: 'Naam', width: 48 },
  ];
  themes.getRow(1).font = { bold: true };
  for (const version of reference.versions)
    for (const theme of version.themes)
      themes.addRow([version.id, version.publishedOn, theme.code, theme.name]);

  const roles = workbook.addWorksheet('Rollen');
  roles.columns = [
    { header: 'Rol', width: 36 },
    { header: 'Code', width: 26 },
    { header: 'Kant', width: 20 },
  ];
  roles.getRow(1).font = { bold: true };
  for (const role of reference.roles)
    roles.addRow([role.name, role.code, SIDES[role.side] ?? role.side]);

  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: XLSX_TYPE,
    fileName: `${BASENAME}.xlsx`,
  };
}
