import ExcelJS from 'exceljs';
import {
  decodeText,
  detectDelimiter,
  detectFormat,
  readCsv,
  readImportFile,
  readXlsx,
  UnsupportedImportFile,
  zipUnpackedSize,
} from './import-file';
import { templateCsv, templateXlsx } from './import-template';

const csv = (text: string, bom = true) =>
  Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);

describe(detectFormat.name, () => {
  it('tells XLSX, CSV and what the import refuses apart by content', () => {
    expect(detectFormat(Buffer.from('PK\u0003\u0004rest'))).toBe('xlsx');
    expect(detectFormat(csv('Datum;Thema'))).toBe('csv');
    expect(() =>
      detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).toThrow(
      expect.objectContaining({ detail: expect.stringContaining('(.xls)') as string }) as Error,
    );
    expect(() => detectFormat(Buffer.from('%PDF-1.7\n'))).toThrow(UnsupportedImportFile);
    expect(() => detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toThrow(
      UnsupportedImportFile,
    );
  });
});

describe(decodeText.name, () => {
  it('drops a UTF-8 BOM, reads UTF-16 and falls back to Windows text with a notice', () => {
    expect(decodeText(csv('Geïmporteerd'))).toEqual({ text: 'Geïmporteerd' });
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Eén', 'utf16le')])),
    ).toEqual({
      text: 'Eén',
    });
    const latin = decodeText(Buffer.from([0x45, 0xe9, 0x6e]));
    expect(latin.text).toBe('Eén');
    expect(latin.notice).toContain('Windows-tekst');
  });
});

describe(detectDelimiter.name, () => {
  it('reads the separator from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('Datum;Thema;Huidig scenario\n1,5;2,5')).toBe(';');
    expect(detectDelimiter('Datum,Thema,"Een; twee"\n')).toBe(',');
    expect(detectDelimiter('Datum\tThema\n')).toBe('\t');
  });
});

describe(readCsv.name, () => {
  it('maps headers to columns whatever their order and case, and numbers rows as a spreadsheet does', () => {
    const read = readCsv(
      csv(
        'thema;DATUM;Huidig scenario;Gewenst scenario;Opmerking\r\nVisie;14-03-2023;2,5;3;x\r\n\r\nBeoordelen;15-03-2023;2;2;\r\n',
      ),
    );
    expect(read.issues).toEqual([]);
    expect(read.notices).toEqual([
      expect.stringContaining('“Opmerking” hoort niet bij het sjabloon'),
    ]);
    expect(read.rows).toEqual([
      { rowNumber: 2, cells: { thema: 'Visie', datum: '14-03-2023', huidig: '2,5', gewenst: '3' } },
      {
        rowNumber: 4,
        cells: { thema: 'Beoordelen', datum: '15-03-2023', huidig: '2', gewenst: '2' },
      },
    ]);
  });

  it('keeps line breaks inside quoted cells and flags a row with more cells than the header', () => {
    const read = readCsv(
      csv(
        'Datum,Thema,Huidig scenario,Gewenst scenario,Sterke punten\n14-03-2023,Visie,2,3,"Een\nTwee"\n14-03-2023,Visie,2,5,3,x\n',
        false,
      ),
    );
    expect(read.rows[0]?.cells.sterkePunten).toBe('Een\nTwee');
    expect(read.rows[1]).toMatchObject({
      rowNumber: 3,
      problem: expect.stringContaining('meer kolommen') as string,
    });
  });

  it('lists missing required columns and refuses a file without data rows', () => {
    expect(readCsv(csv('Datum;Locatie\n')).issues.map((i) => i.message)).toEqual([
      expect.stringContaining('“Thema” ontbreekt'),
      expect.stringContaining('“Huidig scenario” ontbreekt'),
      expect.stringContaining('“Gewenst scenario” ontbreekt'),
      'Het bestand bevat alleen een kopregel en geen gegevens.',
    ]);
    expect(readCsv(csv('')).issues.map((i) => i.message)).toEqual([
      expect.stringContaining('leeg'),
    ]);
  });

  it('refuses more than 1000 rows in one file', () => {
    const body = Array.from({ length: 1001 }, () => '14-03-2023;Visie;2;3').join('\n');
    const read = readCsv(csv(`Datum;Thema;Huidig scenario;Gewenst scenario\n${body}`));
    expect(read.rows).toEqual([]);
    expect(read.issues[0]?.message).toContain('1001 regels');
  });

  it('reads the CSV template back into its example rows', () => {
    const read = readCsv(templateCsv().body);
    expect(read.issues).toEqual([]);
    expect(read.notices).toEqual([]);
    expect(read.rows).toHaveLength(2);
    expect(read.rows[1]?.cells).toMatchObject({
      thema: 'beoordelen',
      huidig: '2,5',
      groep: 'Groep A',
    });
  });
});

describe(readXlsx.name, () => {
  const reference = {
    versions: [
      {
        id: 'zet-2025',
        name: 'ZET',
        publishedOn: '2025-01-01',
        themes: [{ code: 'visie', name: 'Visie' }],
      },
    ],
    roles: [{ code: 'student', name: 'Student', side: 'beide' }],
  };

  it('reads the data sheet of the template, with dates as dates and placements as numbers', async () => {
    const read = await readXlsx((await templateXlsx(reference)).body);
    expect(read.issues).toEqual([]);
    expect(read.rows).toHaveLength(2);
    expect(read.rows[0]).toMatchObject({
      rowNumber: 2,
      cells: { datum: new Date(Date.UTC(2023, 2, 14)), huidig: 2, gewenst: 3, thema: 'Visie' },
    });
  });

  it('reads rich text and formula results as their text and value', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Datum', 'Thema', 'Huidig scenario', 'Gewenst scenario']);
    sheet.addRow([
      '14-03-2023',
      { richText: [{ text: 'Vi' }, { text: 'sie', font: { bold: true } }] },
      { formula: '1+1', result: 2 },
      3,
    ]);
    const read = await readImportFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.format).toBe('xlsx');
    expect(read.rows[0]?.cells).toEqual({
      datum: '14-03-2023',
      thema: 'Visie',
      huidig: 2,
      gewenst: 3,
    });
  });

  it('refuses a damaged workbook with a Dutch message instead of failing', async () => {
    const read = await readImportFile(Buffer.from('PK\u0003\u0004 niet echt een zip'));
    expect(read.issues[0]?.message).toContain('kan niet worden gelezen');
  });
});

describe(zipUnpackedSize.name, () => {
  it('adds up what the central directory declares, before anything is unpacked', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRow(['x'.repeat(10_000)]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(zipUnpackedSize(buffer)).toBeGreaterThan(10_000);
    expect(zipUnpackedSize(Buffer.from('geen zip'))).toBeUndefined();
  });
});
