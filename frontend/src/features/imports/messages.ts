import type { ImportEvaluation } from '@zet/contracts';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const rows = (n: number) => plural(n, 'regel', 'regels');

/** Dutch texts of the import page: template, check (proefimport) and import. */
export const importMessages = {
  title: 'Eerdere resultaten importeren',
  lead: 'Heb je ZET-dagdelen gehouden voordat jullie ZET Monitor gebruikten? Zet de uitkomsten per themagesprek in het sjabloon en importeer ze. Ze worden vastgestelde dagdelen en tellen mee in de dashboards.',
  link: 'Eerdere resultaten importeren',
  linkLead: 'Resultaten van vóór ZET Monitor op papier of in Excel?',

  templateTitle: '1. Vul het sjabloon in',
  templateLead:
    'Download het sjabloon als Excel-bestand of als CSV-bestand. Het Excel-sjabloon bevat ook een toelichting en de thema’s en rollen die je kunt invullen.',
  downloadXlsx: 'Sjabloon downloaden (Excel)',
  downloadCsv: 'Sjabloon downloaden (CSV)',
  requiredColumns: (headers: string) => `Verplichte kolommen: ${headers}.`,
  columnsToggle: 'Uitleg per kolom en regels voor het bestand',
  columnsCaption: 'Kolommen van het sjabloon',
  columnHeaders: {
    column: 'Kolom',
    required: 'Verplicht',
    description: 'Uitleg',
    example: 'Voorbeeld',
  },
  yes: 'Ja',
  no: 'Nee',
  rulesTitle: 'Regels voor het bestand',

  uploadTitle: '2. Controleer en importeer',
  uploadLead:
    'Controleer het bestand eerst. Daarbij wordt nog niets opgeslagen: je ziet wat er geïmporteerd zou worden en welke regels niet kloppen. Klopt alles, dan importeer je het bestand in één keer.',
  fileLabel: 'Bestand met resultaten',
  fileHint: 'Een Excel-bestand (.xlsx) of CSV-bestand van hoogstens 2 MB en 1000 regels.',
  fileMissing: 'Kies eerst een Excel- of CSV-bestand.',
  fileTooLarge: (megabytes: number) =>
    `Dit bestand is te groot: hoogstens ${megabytes} MB. Splits de gegevens over meer bestanden.`,
  check: 'Controleren',
  checking: 'Bezig met controleren…',
  commit: 'Importeren',
  committing: 'Bezig met importeren…',
  commitHint:
    'Er wordt alles of niets geïmporteerd. Geïmporteerde dagdelen zijn meteen vastgesteld.',
  checkFailed: 'Het bestand kon niet worden gecontroleerd.',
  commitFailed: 'Er is niets geïmporteerd.',

  status: {
    checking: 'Het bestand wordt gecontroleerd…',
    committing: 'Het bestand wordt geïmporteerd…',
    checked: (n: number, errors: number) =>
      `Controle klaar: ${rows(n)}, ${errors === 0 ? 'geen fouten' : plural(errors, 'fout', 'fouten')}.`,
    committed: (n: number) => `Import klaar: ${rows(n)} toegevoegd.`,
  },

  previewTitle: (fileName: string) => `Controle van ${fileName}`,
  resultTitle: (fileName: string) => `Import van ${fileName}`,
  outcome: {
    blocked: (errors: number) =>
      `Er ${errors === 1 ? 'is 1 fout' : `zijn ${errors} fouten`} gevonden. Herstel ${errors === 1 ? 'die' : 'ze'} in het bestand en controleer het opnieuw; zolang er een fout in staat, kan er niets worden geïmporteerd.`,
    ready: (n: number) =>
      `Alles klopt. Bij importeren ${n === 1 ? 'wordt 1 regel' : `worden ${n} regels`} toegevoegd. Er is nog niets opgeslagen.`,
    nothingNew:
      'Alles klopt, maar alle regels zijn al eerder geïmporteerd. Importeren voegt niets toe.',
    imported: (n: number) =>
      `Geïmporteerd: ${rows(n)} toegevoegd. De dagdelen zijn vastgesteld en staan bij de evaluaties van het partnerschap.`,
    unchanged:
      'Er is niets nieuws toegevoegd: alle regels waren al eerder geïmporteerd. Er is niets dubbel opgeslagen.',
  },

  countsLabel: 'In dit bestand',
  counts: {
    rows: 'Regels met gegevens',
    new: { preview: 'Nieuw te importeren', result: 'Toegevoegd' },
    alreadyImported: 'Al eerder geïmporteerd (overgeslagen)',
    invalid: 'Regels met fouten',
    evaluationsCreated: { preview: 'Nieuwe dagdelen', result: 'Nieuwe dagdelen' },
    evaluationsExtended: {
      preview: 'Eerder geïmporteerde dagdelen die worden aangevuld',
      result: 'Eerder geïmporteerde dagdelen aangevuld',
    },
    sessions: 'Themagesprekken',
  },

  errorsCaption: (n: number) => `Fouten (${n})`,
  errorHeaders: { row: 'Regel', column: 'Kolom', message: 'Wat er niet klopt' },
  wholeFile: 'Hele bestand',
  wholeRow: 'Hele regel',

  evaluationsCaption: {
    preview: 'Dagdelen die worden geïmporteerd',
    result: 'Geïmporteerde dagdelen',
  },
  evaluationHeaders: {
    heldOn: 'Datum',
    schoolYear: 'Schooljaar',
    location: 'Locatie',
    contentVersion: 'Inhoudsversie',
    sessions: 'Themagesprekken',
    action: 'Wat er gebeurt',
    rows: 'Regels',
  },
  partnershipWide: 'Partnerschapsbreed',
  action: {
    preview: { create: 'Nieuw dagdeel', extend: 'Wordt aangevuld' },
    result: { create: 'Nieuw dagdeel', extend: 'Aangevuld' },
  } satisfies Record<'preview' | 'result', Record<ImportEvaluation['action'], string>>,
  openEvaluation: 'Bekijk het dagdeel',

  skippedCaption: (n: number) => `Overgeslagen regels (${n})`,
  skippedHeaders: { row: 'Regel', what: 'Thema en groep', note: 'Toelichting' },
  noticesTitle: 'Goed om te weten',
} as const;
