import {
  FINDING_MAX_LENGTH,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportColumnKey,
  type ImportTemplate,
} from '@zet/contracts';

/** One column of the import template: its header, whether it must be filled, and its documentation. */
export type ImportColumn = {
  key: ImportColumnKey;
  header: string;
  required: boolean;
  description: string;
  /** Two example rows' values. */
  examples: [string, string];
  /** Other headers read as this column (lower case, without accents). */
  aliases?: string[];
};

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'schooljaar',
    header: 'Schooljaar',
    required: false,
    description:
      'Het schooljaar, bijvoorbeeld 2022-2023. Leeg laten mag: dan volgt het uit de datum (een schooljaar loopt van 1 augustus tot en met 31 juli).',
    examples: ['2022-2023', '2022-2023'],
  },
  {
    key: 'datum',
    header: 'Datum',
    required: true,
    description:
      'De dag van het ZET-dagdeel, als 14-03-2023 of 2023-03-14. Een datumcel in Excel mag ook.',
    examples: ['14-03-2023', '14-03-2023'],
    aliases: ['dag'],
  },
  {
    key: 'locatie',
    header: 'Locatie',
    required: false,
    description:
      'De naam van de locatie precies zoals die in ZET Monitor staat. Leeg laten voor een partnerschapsbreed dagdeel.',
    examples: ['De Voorbeeldschool', 'De Voorbeeldschool'],
    aliases: ['school'],
  },
  {
    key: 'inhoudsversie',
    header: 'Inhoudsversie',
    required: false,
    description:
      'De versie van de ZET-inhoud, zoals zet-2025 of passietool-2019. Leeg laten mag: dan geldt de versie die op de datum in gebruik was.',
    examples: ['passietool-2019', 'passietool-2019'],
    aliases: ['versie', 'content versie', 'zet versie'],
  },
  {
    key: 'ronde',
    header: 'Ronde',
    required: false,
    description: 'Het nummer van de gespreksronde (1 tot en met 10). Leeg laten betekent ronde 1.',
    examples: ['1', '1'],
  },
  {
    key: 'thema',
    header: 'Thema',
    required: true,
    description:
      'De code of de naam van het thema in die inhoudsversie, bijvoorbeeld visie of Visie.',
    examples: ['Visie', 'beoordelen'],
  },
  {
    key: 'groep',
    header: 'Groep',
    required: false,
    description:
      'De naam van de groep, als hetzelfde thema in meer groepen is besproken (bijvoorbeeld Groep A). Anders leeg.',
    examples: ['', 'Groep A'],
    aliases: ['groepsnaam'],
  },
  {
    key: 'huidig',
    header: 'Huidig scenario',
    required: true,
    description:
      'Waar de groep nu staat: 1, 2, 3 of 4, of precies ertussen (1,5; 2,5 of 3,5). 2,5 en 2.5 mogen allebei.',
    examples: ['2', '2,5'],
    aliases: ['huidige plaatsing', 'huidig', 'nu'],
  },
  {
    key: 'gewenst',
    header: 'Gewenst scenario',
    required: true,
    description: 'Waar de groep naartoe wil, op dezelfde schaal als het huidige scenario.',
    examples: ['3', '2,5'],
    aliases: ['gewenste plaatsing', 'gewenst'],
  },
  {
    key: 'onderbouwing',
    header: 'Onderbouwing',
    required: false,
    description:
      'Waarom de groep zich zo plaatst. Verplicht als het gewenste scenario gelijk is aan het huidige. Hoogstens 4000 tekens.',
    examples: [
      'Iedereen kent de visie, maar die stuurt het werk nog weinig.',
      'De beoordeling is goed geregeld; we willen dit niveau vasthouden.',
    ],
  },
  {
    key: 'sterkePunten',
    header: 'Sterke punten',
    required: false,
    description: `Eén of meer sterke punten, gescheiden door " | " of elk op een eigen regel in de cel. Hoogstens ${FINDING_MAX_LENGTH} tekens per punt.`,
    examples: [
      'Gedeelde taal over opleiden | Betrokken schoolleiding',
      'Heldere beoordelingscriteria',
    ],
  },
  {
    key: 'ontwikkelpunten',
    header: 'Ontwikkelpunten',
    required: false,
    description: `Eén of meer ontwikkelpunten, gescheiden door " | " of elk op een eigen regel in de cel. Hoogstens ${FINDING_MAX_LENGTH} tekens per punt.`,
    examples: ['Visie vertalen naar de dagelijkse begeleiding', ''],
  },
  {
    key: 'afspraken',
    header: 'Afspraken',
    required: false,
    description: 'Wat de groep heeft afgesproken. Hoogstens 4000 tekens.',
    examples: ['', 'Schoolopleider agendeert kalibreren in het teamoverleg.'],
  },
  {
    key: 'deelnemers',
    header: 'Deelnemers',
    required: false,
    description:
      'Wie er aan tafel zat, per rol: rol en aantal, gescheiden door " | ", bijvoorbeeld "Student: 4 | Werkplekbegeleider: 5". Een rol die op school en op het instituut kan zitten krijgt zo nodig de kant erbij: "Onderzoeksbegeleider (instituut): 1"; zonder kant geldt school.',
    examples: [
      'Student: 4 | Werkplekbegeleider: 5 | Instituutsopleider: 2',
      'Schoolopleider: 2 | Instituutsopleider: 2 | Student: 6',
    ],
  },
];

/** General rules of the import, shown with the template and in its instructions sheet. */
export const IMPORT_RULES: readonly string[] = [
  'Eén regel per themagesprek: de uitkomst van één groep over één thema op één dagdeel.',
  'Regels met dezelfde datum, locatie en inhoudsversie worden samen één vastgesteld ZET-dagdeel.',
  'De eerste regel bevat de kolomnamen. De volgorde van de kolommen maakt niet uit; kolommen die niet verplicht zijn mag je weglaten.',
  'Upload een Excel-bestand (.xlsx) of een CSV-bestand. Bij CSV mag het scheidingsteken een puntkomma (zoals Nederlandse Excel opslaat) of een komma zijn; sla het bij voorkeur op als "CSV UTF-8".',
  `Het bestand is hoogstens ${IMPORT_MAX_BYTES / (1024 * 1024)} MB groot en bevat hoogstens ${IMPORT_MAX_ROWS} regels. Splits een grotere geschiedenis over meer bestanden.`,
  'Controleer eerst met een proefimport: die toont per regel wat er gebeurt en wat er niet klopt, en slaat niets op.',
  'Er wordt alles of niets geïmporteerd: zolang één regel niet klopt, wordt niets opgeslagen.',
  'Een regel die al eerder is geïmporteerd (zelfde schooljaar, locatie, datum, thema en groep) wordt overgeslagen. Hetzelfde bestand nog eens importeren maakt dus niets dubbel.',
  'Geïmporteerde dagdelen worden meteen vastgesteld. Een fout achteraf herstel je met een correctie in het dagdeel.',
];

export function importTemplate(): ImportTemplate {
  return {
    columns: IMPORT_COLUMNS.map((c) => ({
      key: c.key,
      header: c.header,
      required: c.required,
      description: c.description,
      example: c.examples[0] || c.examples[1],
    })),
    rules: [...IMPORT_RULES],
  };
}

/** A header as written by a person: lower case, without accents, punctuation or double spaces. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const HEADER_INDEX: ReadonlyMap<string, ImportColumnKey> = new Map(
  IMPORT_COLUMNS.flatMap((c) =>
    [c.header, c.key, ...(c.aliases ?? [])].map((h) => [normaliseHeader(h), c.key] as const),
  ),
);

/** The column a header names, if any. */
export function columnForHeader(header: string): ImportColumnKey | undefined {
  return HEADER_INDEX.get(normaliseHeader(header));
}

export const columnHeader = (key: ImportColumnKey): string =>
  IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
