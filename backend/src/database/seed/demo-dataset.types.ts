/**
 * Plain-object shape of the generated demo dataset (see demo-dataset.ts). The database seeder maps
 * these onto entities; ids are deterministic UUID v4 strings, dates are ISO `YYYY-MM-DD`.
 *
 * Optional fields beyond the agreed shape are marked "extra"; the seeder may ignore them.
 */

export type DemoParams = {
  seed: number;
  partnerships: number;
  locationsPerPartnership: number;
  schoolYears: number;
  lastSchoolYear: string /* e.g. '2025-2026' */;
  /** extra: how many of the oldest school years use the older content version (default 2, at most schoolYears - 1). */
  legacyYears?: number;
};

export type DemoPartnership = {
  id: string;
  name: string;
  vision: string;
  coreConcepts: string[];
  openComparison: boolean;
  locations: DemoLocation[];
  targetGroups: DemoTargetGroup[];
  cycles: DemoCycle[];
  evaluations: DemoEvaluation[];
  actions: DemoAction[];
  /** extra: fictional people for demo logins, one per role that needs one. */
  people?: { role: string; name: string; locationId: string | null }[];
};

export type DemoLocation = {
  id: string;
  name: string;
  kind: 'school_po' | 'school_vo' | 'school_mbo' | 'instituut';
};

export type DemoTargetGroup = { id: string; code: string; name: string };

export type DemoCycle = {
  id: string;
  schoolYear: string;
  pdcaPhase: 'plan' | 'do' | 'check' | 'act';
};

export type DemoEvaluation = {
  id: string;
  cycleId: string;
  locationId: string | null;
  title: string;
  heldOn: string /* ISO date */;
  contentVersionId: string;
  status: 'draft' | 'finalised';
  targetGroupIds: string[];
  rounds: DemoRound[];
};

export type DemoRound = { id: string; number: number; sessions: DemoThemeSession[] };

export type DemoThemeSession = {
  id: string;
  themeCode: string;
  groupLabel: string;
  currentPlacement: number | null;
  desiredPlacement: number | null;
  rationale: string;
  agreements: string;
  plenaryReporter: string;
  reflectionCards: string[];
  participants: { role: string; side: 'school' | 'instituut'; count: number }[];
  individualPlacements: { role: string; current: number; desired: number }[];
  findings: {
    id: string;
    kind: 'strength' | 'development';
    text: string;
    /** extra: ground truth for text similarity, `<zet-2025 theme>/<issue slug>`; paraphrases of one issue share it. */
    issueKey?: string;
  }[];
};

export type DemoAction = {
  id: string;
  cycleId: string;
  locationId: string | null;
  findingId: string | null;
  themeCode: string | null;
  title: string;
  description: string;
  ownerRole: string;
  ownerName: string;
  dueOn: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  pdcaPhase: 'plan' | 'do' | 'check' | 'act';
  imwrElement: 'inspireren' | 'mobiliseren' | 'waarderen' | 'reflecteren' | null;
};
