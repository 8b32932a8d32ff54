import type { RawRow } from './import-file';
import {
  type CheckedRow,
  checkRow,
  contentHash,
  groupIntoEvaluations,
  type ImportContext,
  markDuplicates,
  naturalKey,
  parseDate,
  parseParticipants,
  parsePlacement,
  parseSchoolYear,
  roleIndex,
  schoolYearOf,
  splitItems,
  type ValidRow,
} from './import-rows';

const NORTH = { id: '00000000-0000-4000-8000-000000000001', name: 'Noorderlicht', archived: false };
const OLD = { id: '00000000-0000-4000-8000-000000000002', name: 'Oude Haven', archived: true };

const context: ImportContext = {
  locations: [NORTH, OLD],
  versions: [
    {
      id: 'passietool-2019',
      name: 'Passietool (2019)',
      publishedOn: '2019-09-01',
      themes: [
        { code: 'visie', name: 'Visie' },
        { code: 'samen-onderzoeken', name: 'Samen onderzoeken' },
      ],
    },
    {
      id: 'zet-2025',
      name: 'ZET Kwaliteitsontwikkeling (2025)',
      publishedOn: '2025-01-01',
      themes: [
        { code: 'visie', name: 'Visie' },
        { code: 'rijke-leeromgeving', name: 'Rijke leeromgeving' },
      ],
    },
  ],
  roles: [
    { code: 'student', name: 'Student (leraar in opleiding)', side: 'beide' },
    { code: 'werkplekbegeleider', name: 'Werkplekbegeleider', side: 'school' },
    { code: 'instituutsopleider', name: 'Instituutsopleider', side: 'instituut' },
    { code: 'schoolleider', name: 'Schoolleider/locatiedirecteur', side: 'school' },
  ],
  today: '2026-01-15',
};
const roles = roleIndex(context.roles);

const raw = (cells: RawRow['cells'], rowNumber = 2): RawRow => ({
  rowNumber,
  cells: {
    datum: '14-03-2023',
    locatie: 'Noorderlicht',
    thema: 'Visie',
    huidig: '2',
    gewenst: '3',
    ...cells,
  },
});
const check = (cells: RawRow['cells']) => checkRow(raw(cells), context, roles);
const messages = (row: CheckedRow) => row.errors.map((e) => [e.column, e.message]);

describe(parseDate.name, () => {
  it.each([
    ['14-03-2023', '2023-03-14'],
    ['4/3/2023', '2023-03-04'],
    ['14.03.2023', '2023-03-14'],
    ['2023-03-14', '2023-03-14'],
    ['14 maart 2023', '2023-03-14'],
    ['14 mrt 2023', '2023-03-14'],
  ])('reads %p as %p', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: iso });
  });

  it('reads Excel dates and day numbers', () => {
    expect(parseDate(new Date(Date.UTC(2023, 2, 14)))).toEqual({ ok: '2023-03-14' });
    expect(parseDate(44999)).toEqual({ ok: '2023-03-14' });
  });

  it('refuses what is no date, and dates that do not exist, in Dutch', () => {
    expect(parseDate('volgende week')).toEqual({
      error: expect.stringContaining('is geen datum') as string,
    });
    expect(parseDate('31-02-2023')).toEqual({ error: 'De datum “31-02-2023” bestaat niet.' });
    expect(parseDate('')).toBeUndefined();
  });
});

describe(schoolYearOf.name, () => {
  it('starts a school year on 1 August', () => {
    expect(schoolYearOf('2023-07-31')).toBe('2022-2023');
    expect(schoolYearOf('2023-08-01')).toBe('2023-2024');
  });
});

describe(parseSchoolYear.name, () => {
  it('accepts 2022-2023 and 2022/2023, and refuses years that do not follow', () => {
    expect(parseSchoolYear('2022/2023')).toEqual({ ok: '2022-2023' });
    expect(parseSchoolYear('2022-2024')).toEqual({
      error: expect.stringContaining('tweede jaar') as string,
    });
    expect(parseSchoolYear('22-23')).toEqual({
      error: expect.stringContaining('geen schooljaar') as string,
    });
  });
});

describe(parsePlacement.name, () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 3 ', 3],
    [1.5, 1.5],
  ])('reads %p as %p', (cell, value) => {
    expect(parsePlacement(cell)).toEqual({ ok: value });
  });

  it.each(['5', '2,25', '0', 'drie', '-1'])('refuses %p as off the scale', (cell) => {
    expect(parsePlacement(cell)).toEqual({
      error: expect.stringContaining('ligt niet op de schaal') as string,
    });
  });
});

describe(splitItems.name, () => {
  it('splits on " | " and on line breaks, dropping empty items', () => {
    expect(splitItems('Een | Twee\nDrie\r\n\r\n| Vier')).toEqual(['Een', 'Twee', 'Drie', 'Vier']);
  });
});

describe(parseParticipants.name, () => {
  it('reads roles by name, short name or code, with the side from the role or written after it', () => {
    expect(
      parseParticipants(
        'Student: 4 | werkplekbegeleider: 5 | Schoolleider: 1 | Instituutsopleider: 2 | Student (instituut): 1',
        roles,
      ),
    ).toEqual({
      ok: [
        { role: 'student', side: 'school', present: 4 },
        { role: 'werkplekbegeleider', side: 'school', present: 5 },
        { role: 'schoolleider', side: 'school', present: 1 },
        { role: 'instituutsopleider', side: 'instituut', present: 2 },
        { role: 'student', side: 'instituut', present: 1 },
      ],
    });
  });

  it('names each entry it cannot read', () => {
    const result = parseParticipants(
      'Student 4 | Directeur: 2 | Werkplekbegeleider (instituut): 1 | Student: veel | Student: 1 | Student: 2',
      roles,
    );
    expect(result).toEqual({
      errors: [
        expect.stringContaining('“Student 4” is niet te lezen'),
        expect.stringContaining('De rol “Directeur” bestaat niet'),
        'De rol Werkplekbegeleider hoort bij de school, niet bij het instituut.',
        expect.stringContaining('moet een heel getal'),
        expect.stringContaining('staat twee keer'),
      ],
    });
  });
});

describe(checkRow.name, () => {
  it('resolves a good row: locatie by name, schooljaar from the date, the version in use then, theme by name', () => {
    const row = check({
      sterkePunten: 'Gedeelde taal | Betrokken leiding',
      ontwikkelpunten: 'Visie in de begeleiding',
      deelnemers: 'Student: 4',
      groep: 'Groep A',
    });
    expect(row.errors).toEqual([]);
    expect(row.valid).toEqual({
      rowNumber: 2,
      schoolYear: '2022-2023',
      heldOn: '2023-03-14',
      location: { id: NORTH.id, name: 'Noorderlicht' },
      contentVersionId: 'passietool-2019',
      round: 1,
      themeCode: 'visie',
      themeName: 'Visie',
      groupLabel: 'Groep A',
      currentPlacement: 2,
      desiredPlacement: 3,
      rationale: '',
      agreements: '',
      findings: [
        { kind: 'strength', text: 'Gedeelde taal' },
        { kind: 'strength', text: 'Betrokken leiding' },
        { kind: 'development', text: 'Visie in de begeleiding' },
      ],
      participants: [{ role: 'student', side: 'school', present: 4 }],
    });
  });

  it('takes an empty locatie as partnership-wide and a version by its name', () => {
    const row = check({
      locatie: '',
      inhoudsversie: 'ZET Kwaliteitsontwikkeling (2025)',
      datum: '2025-03-12',
      thema: 'rijke-leeromgeving',
    });
    expect(row.valid).toMatchObject({
      location: null,
      contentVersionId: 'zet-2025',
      themeCode: 'rijke-leeromgeving',
    });
  });

  it('refuses a locatie outside the partnership and an archived one, without other names', () => {
    expect(messages(check({ locatie: 'Zuiderzon' }))).toEqual([
      [
        'Locatie',
        expect.stringContaining('De locatie “Zuiderzon” bestaat niet in dit partnerschap'),
      ],
    ]);
    expect(messages(check({ locatie: 'oude haven' }))).toEqual([
      ['Locatie', expect.stringContaining('is gearchiveerd')],
    ]);
  });

  it('refuses a theme that is not in the version, pointing at the version that has it', () => {
    expect(messages(check({ thema: 'Rijke leeromgeving' }))).toEqual([
      [
        'Thema',
        'Het thema “Rijke leeromgeving” hoort niet bij Passietool (2019), wel bij zet-2025. Vul die versie in de kolom Inhoudsversie in.',
      ],
    ]);
    expect(messages(check({ thema: 'Onbekend' }))[0]?.[1]).toContain(
      'bestaat niet in Passietool (2019)',
    );
  });

  it('refuses placements off the scale, a missing onderbouwing when desired equals current, and long texts', () => {
    expect(messages(check({ huidig: '5', gewenst: '' }))).toEqual([
      ['Huidig scenario', expect.stringContaining('“5” ligt niet op de schaal')],
      ['Gewenst scenario', expect.stringContaining('Vul de kolom Gewenst scenario in')],
    ]);
    expect(messages(check({ huidig: '2,5', gewenst: '2.5' }))).toEqual([
      ['Onderbouwing', expect.stringContaining('gelijk aan het huidige')],
    ]);
    expect(
      messages(check({ ontwikkelpunten: `Kort | ${'x'.repeat(501)}`, groep: 'g'.repeat(61) })),
    ).toEqual([
      ['Groep', 'Een groepsnaam mag hoogstens 60 tekens lang zijn.'],
      ['Ontwikkelpunten', 'Punt 2 is te lang: hoogstens 500 tekens per punt.'],
    ]);
  });

  it('refuses a date outside its schooljaar, in the future, or missing', () => {
    expect(messages(check({ schooljaar: '2023-2024' }))).toEqual([
      [
        'Datum',
        'Deze datum valt niet in schooljaar 2023-2024 (1 augustus 2023 tot en met 31 juli 2024).',
      ],
    ]);
    expect(messages(check({ datum: '2026-03-01' }))[0]?.[1]).toContain('in de toekomst');
    expect(messages(check({ datum: null }))[0]).toEqual(['Datum', 'Vul de kolom Datum in.']);
  });

  it('reports a row that could not be split into cells as a whole', () => {
    const row = checkRow({ ...raw({}), problem: 'Te veel kolommen.' }, context, roles);
    expect(messages(row)).toEqual([[null, 'Te veel kolommen.']]);
    expect(row.valid).toBeUndefined();
  });
});

describe(markDuplicates.name, () => {
  it('refuses the second row with the same natural key, naming the first', () => {
    const rows = [
      checkRow(raw({}, 2), context, roles),
      checkRow(raw({ groep: 'A' }, 3), context, roles),
      checkRow(raw({ huidig: '1', gewenst: '4' }, 4), context, roles),
    ];
    markDuplicates(rows, (r) => naturalKey('p', r));
    expect(rows.map((r) => Boolean(r.valid))).toEqual([true, true, false]);
    expect(rows[2]!.errors[0]?.message).toContain('regel 2 heeft hetzelfde schooljaar');
  });
});

describe(naturalKey.name, () => {
  const valid = checkRow(raw({ groep: 'Groep A' }), context, roles).valid!;
  it('is the same whatever the placements, and ignores the case of the group name', () => {
    const other: ValidRow = { ...valid, currentPlacement: 1, groupLabel: 'groep a', rowNumber: 9 };
    expect(naturalKey('p', other)).toBe(naturalKey('p', valid));
    expect(contentHash(other)).not.toBe(contentHash(valid));
  });
  it('differs per partnership', () => {
    expect(naturalKey('p1', valid)).not.toBe(naturalKey('p2', valid));
  });
});

describe(groupIntoEvaluations.name, () => {
  it('makes one dagdeel per schooljaar, date, locatie and version, in file order', () => {
    const rows = [
      checkRow(raw({}, 2), context, roles),
      checkRow(raw({ locatie: '' }, 3), context, roles),
      checkRow(raw({ thema: 'samen-onderzoeken' }, 4), context, roles),
    ].map((r) => r.valid!);
    expect(
      groupIntoEvaluations(rows).map((g) => [
        g.location?.name ?? null,
        g.rows.map((r) => r.rowNumber),
      ]),
    ).toEqual([
      ['Noorderlicht', [2, 4]],
      [null, [3]],
    ]);
  });
});
