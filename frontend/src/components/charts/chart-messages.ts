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
  withheld: 'niet getoond: te weinig andere locaties',
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

  srCurrent: (value: number | null) => `huidig: ${describePlacement(value)}`,
  srDesired: (value: number | null) => `gewenst: ${describePlacement(value)}`,
  wholePartnership: 'Partnerschap als geheel',
  wholePartnershipLine: 'partnerschap als geheel (huidig)',
  tableTheme: 'Thema',
  tableGroups: 'Groepen',
  tableResults: 'Resultaten (n)',
  nResults: (n: number) => (n === 1 ? 'n = 1 resultaat' : `n = ${n} resultaten`),
  nParticipants: (n: number) => (n === 1 ? 'n = 1 deelnemer' : `n = ${n} deelnemers`),
  medianShort: (value: number) => `mediaan ${formatPlacement(value)}`,
  scalePoint: (value: number) =>
    Number.isInteger(value)
      ? `scenario ${value}`
      : `tussen ${Math.floor(value)} en ${Math.floor(value) + 1}`,
  scalePointShort: (value: number) => formatPlacement(value),

  // Heatmap
  heatmapSummaryRow: 'Partnerschap (mediaan, spreiding, n)',

  // Coverage
  coverageSummaryRow: 'Geëvalueerd (van n locaties)',
  coverageEvaluated: (evaluated: number, locations: number) => `${evaluated} van ${locations}`,
  coverageStaleCount: (n: number) => `${n} 2+ jaar niet`,
  coverageNever: 'nooit',
  coverageLast: (schoolYear: string) => `laatst in ${schoolYear}`,
  coverageYearsAgo: (years: number) => (years === 1 ? '1 jaar' : `${years} jaar`),
  coverageSessions: (n: number) => `${n} gesprekken`,
  coverageEvaluatedHead: 'Geëvalueerd',
  coverageStaleHead: '2 jaar of langer niet (of nooit)',
  coverageWhereHead: 'Waar 2 jaar of langer niet (of nooit)',
  coverageNone: 'overal recent geëvalueerd',

  // Transitions
  transitionFrom: 'Van',
  transitionTo: 'Naar',
  transitionFromPoint: (value: number) => `van ${describePlacement(value)}`,
  transitionToPoint: (value: number) => `naar ${describePlacement(value)}`,
  transitionSentence: (count: number, from: number, to: number) =>
    `${count} keer van ${describePlacement(from)} naar ${describePlacement(to)}`,
  transitionNone: 'geen',
  transitionDirectionHead: 'Richting',
  transitionCountHead: 'Aantal keer',
  transitionDirection: { up: 'omhoog', same: 'gelijk gebleven', down: 'omlaag' },

  // Distribution
  distributionSummary: (
    subject: string,
    rows: { schoolYear: string; results: number; median: number | null }[],
  ) =>
    `Gestapelde staafgrafiek: verdeling van de resultaten van ${subject} over de scenario's per schooljaar. ${rows
      .map(
        (row) =>
          `${row.schoolYear}: ${row.results === 0 ? 'geen resultaten' : `mediaan ${describePlacement(row.median)}, n = ${row.results}`}`,
      )
      .join('; ')}. Open de tabel voor de aantallen.`,

  // Gaps
  gap: 'afstand huidig–gewenst',
  gapLegend: 'afstand (in scenario-stappen, rechts van de balk)',
  gapMedian: 'Mediaan afstand',
  gapSpread: 'Afstand tussen locaties (kleinste … grootste)',
  gapDistribution: 'Verdeling over locaties',
  gapDistributionItem: (gap: string, locations: number) =>
    `${gap}: ${locations === 1 ? '1 locatie' : `${locations} locaties`}`,
  gapSummary: (
    schoolYear: string,
    rows: { name: string; current: number | null; desired: number | null; locations: number }[],
  ) =>
    `Afstand tussen huidig en gewenst per thema in ${schoolYear}. ${rows
      .map((row) =>
        row.locations === 0
          ? `${row.name}: geen resultaat`
          : `${row.name}: huidig ${describePlacement(row.current)}, gewenst ${describePlacement(row.desired)}, n = ${row.locations}`,
      )
      .join('; ')}.`,

  // Role perspectives
  roleHead: 'Rol',
  roleParticipantsHead: 'Deelnemers (n)',
  roleMedian: 'Mediaan',
  roleRange: 'Laagste–hoogste',
  roleGap: 'Verschil met de groep',
  roleLegendRole: 'rol: mediaan en laagste–hoogste',
  roleLegendSide: 'schoolkant / instituutskant',
  roleLegendGroup: 'plaatsing van de groep',
  roleSummary: (
    subject: string,
    group: number | null,
    rows: { label: string; median: number; participants: number }[],
  ) =>
    `Rolperspectieven bij ${subject}. Groepsplaatsing: ${describePlacement(group)}. ${rows
      .map(
        (row) => `${row.label}: mediaan ${describePlacement(row.median)}, n = ${row.participants}`,
      )
      .join('; ')}.`,
} as const;
