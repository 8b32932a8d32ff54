import { escapeFormula, type ExportTable, toCsv } from './safeguard-export';

const table = (rows: ExportTable['rows']): ExportTable => ({
  key: 'resultaten',
  sheet: 'Resultaten',
  title: 'Resultaten',
  headers: ['Locatie', 'Huidig'],
  rows,
});

describe(toCsv.name, () => {
  it('writes semicolons, decimal commas and a byte-order mark for Dutch spreadsheets', () => {
    expect(
      toCsv(
        table([
          ['School', 2.5],
          ['Leeg', null],
        ]),
      ),
    ).toBe('\ufeffLocatie;Huidig\r\nSchool;2,5\r\nLeeg;\r\n');
  });

  it('prefixes text a spreadsheet would run as a formula with a quote', () => {
    const csv = toCsv(
      table([
        ['=1+1', 1],
        ['+31', 2],
        ['-x', 3],
        ['@SUM(A1)', 4],
      ]),
    );
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      '"\'=1+1";1',
      '"\'+31";2',
      '"\'-x";3',
      '"\'@SUM(A1)";4',
    ]);
  });
});

describe(escapeFormula.name, () => {
  it('leaves ordinary text alone', () => {
    expect(escapeFormula('Gewone school')).toBe('Gewone school');
    expect(escapeFormula('=A1')).toBe("'=A1");
  });
});
