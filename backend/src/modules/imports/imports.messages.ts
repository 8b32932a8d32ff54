import { FINDING_MAX_LENGTH } from '@zet/contracts';

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** Every Dutch text of the import, in one place. */
export const importMessages = {
  // ---- the file as a whole ----
  noFile: 'Kies een CSV- of Excel-bestand om te importeren.',
  tooLarge: 'Dit bestand is te groot om te importeren',
  unsupported:
    'Dit bestandsformaat kan niet worden geïmporteerd. Upload een Excel-bestand (.xlsx) of een CSV-bestand.',
  oldExcel:
    'Oude Excel-bestanden (.xls) kunnen niet worden gelezen. Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV UTF-8 en probeer het opnieuw.',
  unreadableXlsx:
    'Dit Excel-bestand kan niet worden gelezen. Is het beschadigd of met een wachtwoord beveiligd? Sla het opnieuw op als Excel-werkmap (.xlsx).',
  xlsxTooBig:
    'Dit Excel-bestand is uitgepakt te groot om te verwerken. Verwijder overbodige werkbladen of afbeeldingen, of sla de gegevens op als CSV.',
  noSheet: 'Dit Excel-bestand bevat geen werkblad met gegevens.',
  notWindows1252:
    'Het bestand was niet opgeslagen als UTF-8 en is gelezen als Windows-tekst. Controleer of letters met accenten (zoals ë en é) goed zijn overgekomen; sla het anders op als "CSV UTF-8".',
  emptyFile:
    'Het bestand is leeg. De eerste regel moet de kolomnamen bevatten, de regels daaronder de gegevens.',
  noRows: 'Het bestand bevat alleen een kopregel en geen gegevens.',
  tooManyRows: (max: number, found: number) =>
    `Het bestand bevat ${found} regels met gegevens; hoogstens ${max} kunnen in één keer worden geïmporteerd. Splits het bestand in delen.`,
  missingColumn: (header: string) =>
    `De kolom ${quote(header)} ontbreekt in de kopregel. Gebruik de kolomnamen van het sjabloon.`,
  duplicateColumn: (header: string) =>
    `De kolom ${quote(header)} staat twee keer in de kopregel. Laat één van de twee weg.`,
  unknownColumn: (header: string) =>
    `De kolom ${quote(header)} hoort niet bij het sjabloon en wordt overgeslagen.`,
  unclosedQuote:
    'Deze regel bevat een aanhalingsteken (") dat niet wordt afgesloten. Controleer de tekst in deze regel.',
  tooManyFields:
    'Deze regel heeft meer kolommen dan de kopregel. Staat er een komma in een getal (2,5) of in een tekst zonder aanhalingstekens? Zet de tekst tussen aanhalingstekens, of sla het bestand op met een puntkomma als scheidingsteken.',

  // ---- one row ----
  required: (header: string) => `Vul de kolom ${header} in.`,
  nul: 'Deze cel bevat een teken dat niet kan worden opgeslagen.',
  textTooLong: (max: number) => `Deze tekst is te lang: hoogstens ${max} tekens.`,
  dateFormat: (given: string) =>
    `${quote(given)} is geen datum. Schrijf de datum als 14-03-2023 of 2023-03-14.`,
  dateDoesNotExist: (given: string) => `De datum ${quote(given)} bestaat niet.`,
  dateOutOfRange: 'Kies een datum tussen 1990 en 2099.',
  dateInFuture:
    'Deze datum ligt in de toekomst. Importeer alleen dagdelen die al hebben plaatsgevonden; een nieuw dagdeel plan je in ZET Monitor zelf.',
  schoolYearFormat: (given: string) =>
    `${quote(given)} is geen schooljaar. Schrijf het schooljaar als 2022-2023.`,
  schoolYearOrder: (given: string) =>
    `In ${quote(given)} volgt het tweede jaar niet direct op het eerste. Schrijf het schooljaar als 2022-2023.`,
  dateOutsideSchoolYear: (schoolYear: string) =>
    `Deze datum valt niet in schooljaar ${schoolYear} (1 augustus ${schoolYear.slice(0, 4)} tot en met 31 juli ${schoolYear.slice(5, 9)}).`,
  unknownLocation: (name: string) =>
    `De locatie ${quote(name)} bestaat niet in dit partnerschap. Schrijf de naam zoals die in ZET Monitor staat, of laat de cel leeg voor een partnerschapsbreed dagdeel.`,
  archivedLocation: (name: string) =>
    `De locatie ${quote(name)} is gearchiveerd. Zet haar eerst terug als actieve locatie om er eerdere dagdelen bij te importeren.`,
  unknownVersion: (given: string, known: readonly string[]) =>
    `De inhoudsversie ${quote(given)} bestaat niet. Kies ${list(known)}, of laat de cel leeg.`,
  roundFormat:
    'Vul als ronde een heel getal van 1 tot en met 10 in, of laat de cel leeg voor ronde 1.',
  unknownTheme: (given: string, versionName: string) =>
    `Het thema ${quote(given)} bestaat niet in ${versionName}. Gebruik de code of de naam van een thema uit die versie, bijvoorbeeld visie.`,
  themeOfOtherVersion: (given: string, versionName: string, otherVersion: string) =>
    `Het thema ${quote(given)} hoort niet bij ${versionName}, wel bij ${otherVersion}. Vul die versie in de kolom Inhoudsversie in.`,
  groupTooLong: 'Een groepsnaam mag hoogstens 60 tekens lang zijn.',
  placementMissing: (header: string) =>
    `Vul de kolom ${header} in: 1, 2, 3 of 4, of precies ertussen (zoals 2,5).`,
  placementInvalid: (given: string) =>
    `${quote(given)} ligt niet op de schaal. Kies 1, 2, 3 of 4, of precies ertussen: 1,5; 2,5 of 3,5.`,
  rationaleRequired:
    'Het gewenste scenario is gelijk aan het huidige. Vul dan een onderbouwing in: waarom wil de groep hier blijven?',
  findingTooLong: (position: number) =>
    `Punt ${position} is te lang: hoogstens ${FINDING_MAX_LENGTH} tekens per punt.`,
  tooManyFindings: 'Geef samen hoogstens 100 sterke punten en ontwikkelpunten per regel.',
  participantFormat: (entry: string) =>
    `${quote(entry)} is niet te lezen. Schrijf per rol de naam en het aantal, zoals "Student: 4 | Werkplekbegeleider: 5".`,
  unknownRole: (role: string) =>
    `De rol ${quote(role)} bestaat niet. Gebruik een rol van ZET Monitor, zoals Student, Werkplekbegeleider, Schoolopleider of Instituutsopleider.`,
  participantCount: (role: string) =>
    `Het aantal bij ${quote(role)} moet een heel getal van 0 tot en met 100 zijn.`,
  duplicateParticipant: (role: string) =>
    `De rol ${quote(role)} staat twee keer bij de deelnemers. Tel ze samen op.`,
  duplicateRow: (first: number) =>
    `Deze regel staat dubbel in het bestand: regel ${first} heeft hetzelfde schooljaar, dezelfde locatie, datum, thema en groep. Geef groepen die hetzelfde thema bespraken elk een eigen groepsnaam.`,

  // ---- already imported ----
  alreadyImported: (on: string) =>
    `Al geïmporteerd op ${dutchDate(on)}; deze regel wordt overgeslagen.`,
  alreadyImportedChanged: (on: string) =>
    `Al geïmporteerd op ${dutchDate(on)}; deze regel wordt overgeslagen. Let op: de gegevens in dit bestand wijken af van wat toen is geïmporteerd. Pas het dagdeel aan met een correctie.`,

  // ---- committing ----
  refused:
    'Er is niets geïmporteerd: niet alle regels kloppen. Herstel de gemelde regels en importeer het bestand opnieuw.',
  concurrent:
    'Iemand anders importeerde tegelijk (een deel van) dezelfde gegevens. Er is niets opgeslagen; doe eerst opnieuw een proefimport.',
  extendedReason: (sessions: number, fileName: string) =>
    `Aangevuld met ${sessions === 1 ? '1 themagesprek' : `${sessions} themagesprekken`} uit de import van ${fileName}.`,
} as const;
