import { describePlacement, describeSpread, formatPlacement } from '../../lib/placement';

/** Dutch texts of the charts and their table alternatives. */
export const chartMessages = {
  showTable: 'Toon als tabel',
  hideTable: 'Verberg tabel',
  current: 'huidig',
  desired: 'gewenst',
  median: 'mediaan partnerschap',
  medianCurrent: 'mediaan partnerschap (huidig)',
  medianDesired: 'mediaan partnerschap (gewenst)',
  band: 'spreiding tussen locaties (laagste–hoogste)',
  spread: 'spreiding tussen locaties',
  legend: 'Legenda',
  noResult: 'geen resultaat',
  n: (n: number) => `n = ${n}`,
  nLocations: (n: number) => (n === 1 ? '1 locatie' : `${n} locaties`),
  groups: (n: number) => (n === 1 ? '1 groep' : `${n} groepen`),
  scenarioAxis: 'Scenario',
  schoolYearAxis: 'Schooljaar',
  scenarioTick: (level: number, name: string | undefined) =>
    name ? `${level} ${name}` : `${level}`,

  trajectoryCaption: (theme: string) =>
    `${theme}: huidig en gewenst scenario per locatie en schooljaar, met de mediaan van het partnerschap`,
  trajectoryTableCaption: (theme: string) =>
    `${theme}: huidig en gewenst scenario per locatie en schooljaar`,
  tableLocation: 'Locatie',
  tableScroll: 'Tabel, scrol horizontaal voor meer schooljaren',
  cellCurrent: (value: number | null) => `huidig ${formatPlacement(value)}`,
  cellDesired: (value: number | null) => `gewenst ${formatPlacement(value)}`,
  cellSpread: (low: number | null, high: number | null) =>
    low === null || high === null
      ? 'geen spreiding'
      : `spreiding ${formatPlacement(low)}–${formatPlacement(high)}`,

  /** The summary a screen reader hears on the chart itself. */
  trajectorySummary: (
    theme: string,
    years: { schoolYear: string; median: number | null; locations: number }[],
    shownLocations: number,
  ) => {
    const first = years[0]?.schoolYear;
    const last = years.at(-1)?.schoolYear;
    const range = first && last ? `, schooljaren ${first} tot en met ${last}` : '';
    const medians = years
      .map((y) => `${y.schoolYear}: ${describePlacement(y.median)} (n = ${y.locations})`)
      .join('; ');
    const shown =
      shownLocations === 0
        ? 'Er zijn geen locaties gekozen; alleen de mediaan is te zien.'
        : `${shownLocations === 1 ? '1 locatie' : `${shownLocations} locaties`} als lijn getoond.`;
    return `Lijngrafiek van de ontwikkeling van ${theme}${range}. Mediaan partnerschap, huidig: ${medians}. ${shown} Gebruik de pijltjestoetsen om per schooljaar de waarden te horen, of open de tabel.`;
  },
  spreadWords: describeSpread,
} as const;
