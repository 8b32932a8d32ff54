/**
 * Deterministic generator of realistic demo data for ZET Monitor, as plain objects.
 *
 * `generatePartnership(index, params)` is pure: the same seed and index always give the same
 * partnership, and partnerships do not depend on each other, so a benchmark can stream the national
 * scale (100 partnerships x 25 locaties x 10 schooljaren) one partnership at a time. All work is
 * linear in the size of the output.
 *
 * What the data looks like (handleiding ch. 4, DESIGN.md §2 and §5):
 * - a partnership with a vision and kernbegrippen, 1–3 instituten and VO/MBO schools (or a PO
 *   partnership with a pabo, for about one in six partnerships);
 * - per locatie per schooljaar one ZET-dagdeel (sometimes skipped: a gap) on 3–6 themes in 2 rounds,
 *   sometimes two groups on one theme; in some years a partnership-wide evaluation as well;
 * - each year the partnership chooses 2–3 jaarthema's that every locatie discusses, so the same
 *   issue recurs at several locaties in different words (the "rode lijnen");
 * - placements rise slowly over the years, with setbacks after a merger, staff turnover and the
 *   like; desired placements are at or above the current one;
 * - the oldest school years use the Passietool (passietool-2019), later ones zet-2025;
 * - in the last school year part of the evaluations is still a draft, some of their theme
 *   sessions not yet captured (no placements, findings or individual placements);
 * - verbeteracties follow from development points, in every status.
 */
import type {
  DemoAction,
  DemoCycle,
  DemoEvaluation,
  DemoLocation,
  DemoParams,
  DemoPartnership,
  DemoRound,
  DemoTargetGroup,
  DemoThemeSession,
} from './demo-dataset.types';
import {
  AGREEMENT_CLOSERS,
  CORE_CONCEPTS,
  CYCLE_ACTIONS,
  DESIRED_AT_TOP,
  DESIRED_EQUAL,
  DESIRED_HIGHER,
  DESIRED_HIGHER_SAME_LEVEL,
  FIRST_NAMES,
  GROUPS_PO,
  INSTITUTE_NAMES,
  LAST_NAMES,
  LOCATION_EVALUATION_TITLES,
  MBO_SCHOOL_NAMES,
  PABO_NAMES,
  PARTNERSHIP_EVALUATION_TITLES,
  PARTNERSHIP_PREFIXES,
  PARTNERSHIP_PREFIXES_PO,
  PLACEMENT_BETWEEN,
  PLACEMENT_WHOLE,
  PO_SCHOOL_NAMES,
  REGIONS,
  ROLE_CODES,
  ROLE_LABELS,
  SCENARIO_NAMES,
  SETBACK_EVENTS,
  SETBACK_SENTENCES,
  SITE_SUFFIXES,
  SUBJECTS_MBO,
  SUBJECTS_VO,
  THEME_CONCEPTS,
  THEME_PHRASES,
  VISION_CLOSINGS,
  VISION_OPENINGS,
  VO_SCHOOL_NAMES,
  ZET_2025_THEME_CODES,
  type ActionTemplate,
  type CoreConcept,
  type ImwrElement,
  type IssueBank,
  type RoleCode,
  type SetbackKind,
  type ThemeCode,
} from './demo-phrases';

export const DEMO_PARAMS: DemoParams = {
  seed: 2026,
  partnerships: 1,
  locationsPerPartnership: 8,
  schoolYears: 5,
  lastSchoolYear: '2025-2026',
};

/** The national scale of the benchmark (DESIGN.md §8). */
export const NATIONAL_PARAMS: DemoParams = {
  seed: 2026,
  partnerships: 100,
  locationsPerPartnership: 25,
  schoolYears: 10,
  lastSchoolYear: '2025-2026',
};

// --- Content codes: the one place to adjust when the content files change ---------------------

export const CURRENT_CONTENT_VERSION = 'zet-2025';
export const LEGACY_CONTENT_VERSION = 'passietool-2019';

/**
 * passietool-2019 theme code -> the zet-2025 theme it continues as. Mirrors `predecessorMapping`
 * in content/data/versions/zet-2025/version.yaml; the keys are the old version's themes.
 */
export const LEGACY_THEME_MAPPING: Readonly<Record<string, ThemeCode>> = {
  visie: 'visie',
  'gespreid-leiderschap': 'gespreid-leiderschap',
  kwaliteitsontwikkeling: 'kwaliteitsontwikkeling',
  professionalisering: 'professionalisering',
  'theorie-persoon-praktijk': 'theorie-praktijk-persoon',
  'onderzoekende-houding': 'onderzoekende-houding',
  'samen-onderzoeken': 'onderzoekende-houding',
  'contextrijke-leeromgeving': 'rijke-leeromgeving',
  'coachen-en-feedback': 'coachen-en-feedback',
  'regie-op-leren': 'regie-op-leren',
  beoordelen: 'beoordelen',
};

/**
 * Reflection card codes per content version and theme, from
 * content/data/versions/<version>/themes/<theme>.yaml. A theme without cards gets none.
 */
export const REFLECTION_CARDS: Readonly<
  Record<string, Readonly<Record<string, readonly string[]>>>
> = {
  'zet-2025': {
    visie: ['eigenaarschap-van-de-visie', 'van-papier-naar-praktijk', 'visie-als-kompas'],
    'gespreid-leiderschap': [
      'leiderschap-als-samenspel',
      'visie-geeft-ruimte',
      'van-losse-onderdelen-naar-geheel',
    ],
    kwaliteitsontwikkeling: [
      'verbeteren-en-verantwoorden',
      'informatie-die-ertoe-doet',
      'de-cirkel-rond-maken',
      'kwaliteitsgeletterdheid',
    ],
    professionalisering: [
      'effectieve-professionalisering',
      'professionaliseren-vanuit-de-visie',
      'vertragen-om-te-versnellen',
      'samen-leren',
    ],
    'theorie-praktijk-persoon': ['realistisch-opleiden', 'ui-model-persoon', 'derde-ruimte'],
    'onderzoekende-houding': ['onderzoekscyclus', 'onderbouwd-werken', 'samen-onderzoeken'],
    'rijke-leeromgeving': [
      'ruime-of-beperkte-leeromgeving',
      'uitdaging-steun-vertrouwen',
      'menukaart-leermogelijkheden',
    ],
    'rijke-leeromgeving-regie-op-leren': [
      'ruime-leeromgeving-kiezen',
      'keuzeruimte-en-steun',
      'menukaart-en-leerwerkplan',
    ],
    'coachen-en-feedback': [
      'feed-up-back-forward',
      'zone-van-naaste-ontwikkeling',
      'begeleidingsrollen',
    ],
    'regie-op-leren': [
      'voorwaarden-voor-regie',
      'cyclus-van-zelfsturing',
      'sturing-geleidelijk-overdragen',
    ],
    beoordelen: ['kalibreren', 'triangulatie-werkplekbeoordeling', 'beoordelen-om-te-leren'],
  },
  'passietool-2019': {},
};

/** Placement scale points (contracts PLACEMENT_VALUES). */
export const PLACEMENT_SCALE = [1, 1.5, 2, 2.5, 3, 3.5, 4] as const;

/** The key of an issue as used in `findings[].issueKey`. */
export const issueKey = (theme: ThemeCode, slug: string): string => `${theme}/${slug}`;

// --- Seeded randomness and ids ----------------------------------------------------------------

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers with good avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function seedHash(seed: number): number {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x100000000) >>> 0;
  return fmix32(lo ^ fmix32(hi ^ 0x5bd1e995));
}

/** mulberry32 with a few helpers. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Index drawn with the given (unnormalised) weights. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.weightedIndex(weights)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = a[i] as T;
      a[i] = a[j] as T;
      a[j] = tmp;
    }
    return a;
  }
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(k, items.length)));
  }
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * Deterministic UUID v4 strings. (partnership index, per-partnership counter) is mapped by a
 * 4-round Feistel network (a bijection on 64 bits) onto 64 of the 122 free bits, so ids never
 * collide, neither within a partnership nor across the partnerships of one seed. The remaining
 * bits are hashed from the same input, so ids look random.
 */
class IdGen {
  private counter = 0;
  private readonly index: number;
  private readonly keys: readonly number[];
  private readonly buf: number[] = Array.from('00000000-0000-4000-8000-000000000000', (c) =>
    c.charCodeAt(0),
  );
  constructor(seed: number, index: number) {
    this.index = index >>> 0;
    const h = seedHash(seed);
    this.keys = [
      fmix32(h ^ 0x243f6a88),
      fmix32(h ^ 0x85a308d3),
      fmix32(h ^ 0x13198a2e),
      fmix32(h ^ 0x03707344),
    ];
  }
  next(): string {
    let l = this.index;
    let r = this.counter++ >>> 0;
    for (const k of this.keys) {
      const f = fmix32((r ^ k) >>> 0);
      const nl = r;
      r = (l ^ f) >>> 0;
      l = nl;
    }
    const z = fmix32((l + r + (this.keys[0] as number)) >>> 0);
    const w = fmix32((z ^ l) >>> 0);
    // 8-4-4-4-12: l | high 16 bits of r | '4' + bits 4..15 of r | variant with bits 0..1 of r,
    // bits 2..3 of r with 2 bits of z, 8 bits of z | 16 bits of z, w.
    const b = this.buf;
    put(b, 0, l, 8);
    put(b, 9, r >>> 16, 4);
    put(b, 15, r >>> 4, 3);
    b[19] = HEX_CODES[8 | (r & 3)] as number;
    b[20] = HEX_CODES[(r & 12) | (z & 3)] as number;
    put(b, 21, z >>> 24, 2);
    put(b, 24, z >>> 8, 4);
    put(b, 28, w, 8);
    // One flat string per id (string concatenation would keep a rope of many small pieces).
    return String.fromCharCode.apply(null, b);
  }
}

/** Write the lowest `digits` hex digits of n into buf at offset, most significant first. */
function put(buf: number[], offset: number, n: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--) {
    buf[offset + i] = HEX_CODES[n & 15] as number;
    n >>>= 4;
  }
}

// --- Small helpers ----------------------------------------------------------------------------

/** Templates split into literal text (even indices) and `{placeholder}` names (odd indices). */
const compiledTemplates = new Map<string, string[]>();
function fill(template: string, vars: Record<string, string>): string {
  let parts = compiledTemplates.get(template);
  if (!parts) compiledTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2)
    out += (vars[parts[i] as string] ?? '') + (parts[i + 1] as string);
  return out;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Round to the nearest half and clamp to the scale 1..4. */
const toScale = (x: number): number => Math.min(4, Math.max(1, Math.round(x * 2) / 2));

const DAY_MS = 86_400_000;
const utcDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
/** Days since 1970-01-01 to `YYYY-MM-DD` (Hinnant's civil_from_days; faster than Date). */
function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
/** Move a day to the nearest Tuesday–Thursday, the usual days for a ZET-dagdeel. */
const midweek = (day: number): number => {
  const dow = new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday
  const shift = [2, 1, 0, 0, 0, -1, -2][dow] as number;
  return day + shift;
};

function schoolYearsOf(params: DemoParams): string[] {
  const last = Number(params.lastSchoolYear.slice(0, 4));
  if (!Number.isInteger(last) || params.schoolYears < 1) {
    throw new Error(`Invalid demo params: ${params.lastSchoolYear} / ${params.schoolYears}`);
  }
  const years: string[] = [];
  for (let i = params.schoolYears - 1; i >= 0; i--) years.push(`${last - i}-${last - i + 1}`);
  return years;
}

// --- Roles and participants -------------------------------------------------------------------

type Setting = 'school' | 'instituut' | 'partnerschap';

const ROLE_MIX: Record<
  Setting,
  {
    roles: RoleCode[];
    weights: number[];
    required: RoleCode[];
    caps: Partial<Record<RoleCode, number>>;
  }
> = {
  school: {
    roles: [
      'werkplekbegeleider',
      'student',
      'startende-leraar',
      'schoolopleider',
      'instituutsopleider',
      'coach-startende-leraren',
      'schoolleider',
      'onderzoeksbegeleider',
      'mt-instituut',
      'overig',
      'stuurgroeplid',
      'programmaleider',
    ],
    weights: [30, 16, 9, 6, 7, 5, 5, 4, 2, 3, 1, 1],
    required: ['werkplekbegeleider', 'student', 'schoolopleider'],
    caps: {
      schoolopleider: 2,
      schoolleider: 2,
      'mt-instituut': 1,
      programmaleider: 1,
      stuurgroeplid: 1,
      'coach-startende-leraren': 2,
      onderzoeksbegeleider: 2,
      instituutsopleider: 3,
      overig: 2,
    },
  },
  instituut: {
    roles: [
      'instituutsopleider',
      'student',
      'werkplekbegeleider',
      'schoolopleider',
      'mt-instituut',
      'onderzoeksbegeleider',
      'programmaleider',
      'startende-leraar',
      'overig',
      'stuurgroeplid',
    ],
    weights: [30, 22, 12, 10, 6, 6, 3, 4, 3, 2],
    required: ['instituutsopleider', 'student', 'schoolopleider'],
    caps: {
      'mt-instituut': 2,
      programmaleider: 1,
      stuurgroeplid: 1,
      overig: 2,
      onderzoeksbegeleider: 2,
    },
  },
  partnerschap: {
    roles: [
      'schoolopleider',
      'instituutsopleider',
      'werkplekbegeleider',
      'stuurgroeplid',
      'schoolleider',
      'mt-instituut',
      'student',
      'startende-leraar',
      'onderzoeksbegeleider',
      'coach-startende-leraren',
      'programmaleider',
      'overig',
    ],
    weights: [20, 16, 14, 10, 10, 8, 8, 5, 4, 4, 3, 2],
    required: ['schoolopleider', 'instituutsopleider', 'stuurgroeplid'],
    caps: { programmaleider: 2, 'mt-instituut': 3, stuurgroeplid: 4, overig: 1 },
  },
};

/** Average offset of a role's own placement from the group's: students lower, leaders higher. */
const ROLE_BIAS: Partial<Record<RoleCode, number>> = {
  student: -0.45,
  'startende-leraar': -0.25,
  werkplekbegeleider: -0.05,
  schoolleider: 0.45,
  'mt-instituut': 0.35,
  programmaleider: 0.3,
  stuurgroeplid: 0.3,
  schoolopleider: 0.1,
};

const FIXED_SIDE: Partial<Record<RoleCode, 'school' | 'instituut'>> = {
  werkplekbegeleider: 'school',
  schoolopleider: 'school',
  'coach-startende-leraren': 'school',
  schoolleider: 'school',
  'startende-leraar': 'school',
  instituutsopleider: 'instituut',
  'mt-instituut': 'instituut',
};

const BIAS_BY_INDEX = ROLE_CODES.map((r) => ROLE_BIAS[r] ?? 0);
const FIXED_SIDE_BY_INDEX = ROLE_CODES.map((r) => FIXED_SIDE[r] ?? null);
const PROGRAMMALEIDER = ROLE_CODES.indexOf('programmaleider');

/** Which side of the partnership a participant in role `r` (index into ROLE_CODES) sits on. */
function sideOf(r: number, setting: Setting, rng: Rng): 'school' | 'instituut' {
  const fixed = FIXED_SIDE_BY_INDEX[r];
  if (fixed) return fixed;
  if (setting === 'school') return r === PROGRAMMALEIDER ? 'instituut' : 'school';
  if (setting === 'instituut') return 'instituut';
  return rng.chance(0.5) ? 'school' : 'instituut';
}

/** ROLE_MIX compiled to indices into ROLE_CODES, with cumulative weights. */
const COMPILED_MIX = Object.fromEntries(
  (Object.keys(ROLE_MIX) as Setting[]).map((setting) => {
    const mix = ROLE_MIX[setting];
    const cumulative: number[] = [];
    let total = 0;
    for (const w of mix.weights) cumulative.push((total += w));
    const caps = ROLE_CODES.map((r) => mix.caps[r] ?? Infinity);
    return [
      setting,
      {
        roles: mix.roles.map((r) => ROLE_CODES.indexOf(r)),
        cumulative,
        total,
        required: mix.required.map((r) => ROLE_CODES.indexOf(r)),
        caps,
      },
    ];
  }),
) as Record<
  Setting,
  { roles: number[]; cumulative: number[]; total: number; required: number[]; caps: number[] }
>;

/**
 * The roles (indices into ROLE_CODES, ascending) of one group of `size` participants: the
 * setting's required roles (so a group is always multidisciplinary), the rest drawn by weight.
 */
function drawRoles(setting: Setting, size: number, rng: Rng): number[] {
  const mix = COMPILED_MIX[setting];
  const counts = new Array<number>(ROLE_CODES.length).fill(0);
  for (const r of mix.required) counts[r] = (counts[r] as number) + 1;
  for (let drawn = mix.required.length; drawn < size; drawn++) {
    const x = rng.next() * mix.total;
    let i = 0;
    while (i < mix.cumulative.length - 1 && x >= (mix.cumulative[i] as number)) i++;
    let r = mix.roles[i] as number;
    if ((counts[r] as number) >= (mix.caps[r] as number)) r = mix.roles[0] as number;
    counts[r] = (counts[r] as number) + 1;
  }
  const roles: number[] = [];
  for (let r = 0; r < counts.length; r++) {
    for (let c = counts[r] as number; c > 0; c--) roles.push(r);
  }
  return roles;
}

// --- Partnership-level model ------------------------------------------------------------------

/** How far a theme typically lags or leads (onderzoek and kwaliteitszorg tend to lag). */
const THEME_OFFSET: Record<ThemeCode, number> = {
  visie: 0.25,
  'gespreid-leiderschap': 0,
  kwaliteitsontwikkeling: -0.2,
  professionalisering: 0.1,
  'theorie-praktijk-persoon': 0,
  'onderzoekende-houding': -0.35,
  'rijke-leeromgeving': 0.1,
  'rijke-leeromgeving-regie-op-leren': -0.05,
  'coachen-en-feedback': 0.3,
  'regie-op-leren': -0.15,
  beoordelen: -0.05,
};

const THEME_INDEX: Record<string, number> = Object.fromEntries(
  ZET_2025_THEME_CODES.map((t, i) => [t, i]),
);
const N_THEMES = ZET_2025_THEME_CODES.length;

/** Themes that cannot share one dagdeel: the combined variant replaces its two parts. */
function conflicts(a: ThemeCode, b: ThemeCode): boolean {
  if (a === b) return true;
  const combined = 'rijke-leeromgeving-regie-op-leren';
  const parts: ThemeCode[] = ['rijke-leeromgeving', 'regie-op-leren'];
  return (a === combined && parts.includes(b)) || (b === combined && parts.includes(a));
}

const LEGACY_THEMES = Object.keys(LEGACY_THEME_MAPPING);
/** zet-2025 theme -> the legacy theme codes that continue as it. */
const LEGACY_BY_CURRENT: Partial<Record<ThemeCode, string[]>> = {};
for (const old of LEGACY_THEMES) {
  const cur = LEGACY_THEME_MAPPING[old] as ThemeCode;
  (LEGACY_BY_CURRENT[cur] ??= []).push(old);
}
const LEGACY_AVAILABLE = ZET_2025_THEME_CODES.filter((t) => LEGACY_BY_CURRENT[t] !== undefined);

type LocationModel = {
  location: DemoLocation;
  setting: Setting;
  base: number[];
  slope: number[];
  yearShock: number[];
  event: { year: number; kind: SetbackKind; clause: string; drop: number } | null;
  /** Names per role, per school year index (changes after turnover). */
  schoolopleider: string[];
  schoolleider: string[];
  instituutsopleider: string;
  coach: string;
  onderzoeksbegeleider: string;
  subjects: readonly string[];
};

type PlannedSession = {
  theme: ThemeCode; // zet-2025 code (for phrases and the placement model)
  themeCode: string; // code in the evaluation's content version
  groupLabel: string;
  round: number;
  captured: boolean;
};

type PlannedEvaluation = {
  model: LocationModel | null; // null: partnership-wide
  status: 'draft' | 'finalised';
  sessions: PlannedSession[];
};

// --- The generator ----------------------------------------------------------------------------

export function generatePartnership(index: number, params: DemoParams): DemoPartnership {
  const rng = new Rng(fmix32((seedHash(params.seed) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0));
  const ids = new IdGen(params.seed, index);
  const years = schoolYearsOf(params);
  const nYears = years.length;
  const lastYear = nYears - 1;
  const legacyYears = Math.max(0, Math.min(params.legacyYears ?? 2, nYears - 1));
  const isPo = index % 6 === 5;

  const personName = (): string => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;

  // Name, vision, kernbegrippen.
  const sh = seedHash(params.seed);
  const regionOffset = sh % REGIONS.length;
  const prefixes = isPo ? PARTNERSHIP_PREFIXES_PO : PARTNERSHIP_PREFIXES;
  const slot = index + regionOffset;
  // (slot mod R, (slot + floor(slot / R)) mod P) is injective for slot < R * P because
  // R + 1 = 37 is coprime with P = 4: names are unique for the first 144 partnerships.
  const prefix = prefixes[(slot + Math.floor(slot / REGIONS.length)) % prefixes.length] as string;
  const name = `${prefix} ${REGIONS[slot % REGIONS.length]}`;
  const concepts: CoreConcept[] = rng.sample(CORE_CONCEPTS, rng.int(3, 4));
  const conceptNames = concepts.map((c) => c.name);
  const vision = [
    fill(rng.pick(VISION_OPENINGS), { name }),
    `Onze kernbegrippen zijn ${conceptNames
      .slice(0, -1)
      .map((c) => `'${c.toLowerCase()}'`)
      .join(', ')} en '${(conceptNames[conceptNames.length - 1] as string).toLowerCase()}'.`,
    ...concepts.map((c) => c.visionSentence),
    rng.pick(VISION_CLOSINGS),
  ].join(' ');
  const partnership: DemoPartnership = {
    id: ids.next(),
    name,
    vision,
    coreConcepts: conceptNames,
    // The demo partnership keeps the default (closed comparison), so locatie users see the anonymity
    // rules at work; the draw still happens so every later value stays the same.
    openComparison: rng.chance(0.5) && index > 0,
    locations: [],
    targetGroups: [],
    cycles: [],
    evaluations: [],
    actions: [],
    people: [],
  };

  // Locaties.
  const n = Math.max(1, params.locationsPerPartnership);
  const nInst = isPo ? (n <= 12 ? 1 : 2) : n <= 3 ? 1 : n <= 12 ? 2 : 3;
  const nSchools = Math.max(0, n - nInst);
  const nMbo = isPo ? 0 : Math.round(nSchools * (0.2 + rng.next() * 0.15));
  const nameFrom = (list: readonly string[], count: number): string[] => {
    const shuffled = rng.shuffle(list);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const base = shuffled[i % shuffled.length] as string;
      const round = Math.floor(i / shuffled.length);
      out.push(
        round === 0 ? base : `${base}, ${SITE_SUFFIXES[(round - 1) % SITE_SUFFIXES.length]}`,
      );
    }
    return out;
  };
  const schoolKind: DemoLocation['kind'] = isPo ? 'school_po' : 'school_vo';
  const locationSpecs: { name: string; kind: DemoLocation['kind'] }[] = [
    ...nameFrom(isPo ? PO_SCHOOL_NAMES : VO_SCHOOL_NAMES, nSchools - nMbo).map((nm) => ({
      name: nm,
      kind: schoolKind,
    })),
    ...nameFrom(MBO_SCHOOL_NAMES, nMbo).map((nm) => ({ name: nm, kind: 'school_mbo' as const })),
    ...nameFrom(isPo ? PABO_NAMES : INSTITUTE_NAMES, nInst).map((nm) => ({
      name: nm,
      kind: 'instituut' as const,
    })),
  ];

  const models: LocationModel[] = locationSpecs.map((spec) => {
    const location: DemoLocation = { id: ids.next(), name: spec.name, kind: spec.kind };
    partnership.locations.push(location);
    const maturity = rng.next() * 0.8;
    const base: number[] = [];
    const slope: number[] = [];
    for (let t = 0; t < N_THEMES; t++) {
      base.push(
        1 + maturity + THEME_OFFSET[ZET_2025_THEME_CODES[t] as ThemeCode] + rng.next() * 0.7,
      );
      slope.push(0.12 + rng.next() * 0.26);
    }
    const yearShock = years.map(() => (rng.next() - 0.5) * 0.3);
    let event: LocationModel['event'] = null;
    if (nYears >= 3 && rng.chance(0.4)) {
      const ev = rng.pick(SETBACK_EVENTS);
      event = {
        year: rng.int(1, nYears - 1),
        kind: ev.kind,
        clause: ev.clause,
        drop: 0.6 + rng.next() * 0.5,
      };
    }
    const so = personName();
    const soAfter = personName();
    const sl = personName();
    const slAfter = personName();
    return {
      location,
      setting: spec.kind === 'instituut' ? 'instituut' : 'school',
      base,
      slope,
      yearShock,
      event,
      schoolopleider: years.map((_, y) =>
        event && event.kind === 'wisseling-schoolopleider' && y >= event.year ? soAfter : so,
      ),
      schoolleider: years.map((_, y) =>
        event &&
        (event.kind === 'nieuwe-schoolleiding' || event.kind === 'fusie') &&
        y >= event.year
          ? slAfter
          : sl,
      ),
      instituutsopleider: personName(),
      coach: personName(),
      onderzoeksbegeleider: personName(),
      subjects: isPo ? GROUPS_PO : spec.kind === 'school_mbo' ? SUBJECTS_MBO : SUBJECTS_VO,
    };
  });

  const programmaleider = personName();
  const stuurgroep = [personName(), personName()];
  const mtInstituut = personName();
  partnership.people = [
    { role: 'programmaleider', name: programmaleider, locationId: null },
    ...stuurgroep.map((nm) => ({ role: 'stuurgroeplid', name: nm, locationId: null })),
    { role: 'mt-instituut', name: mtInstituut, locationId: null },
    ...models.map((m) => ({
      role: 'schoolopleider',
      name: m.schoolopleider[lastYear] as string,
      locationId: m.location.id,
    })),
  ];

  // Doelgroepen.
  const targetGroupSpecs: [string, string][] = isPo
    ? [
        ['pabo-voltijd', 'Pabo voltijd'],
        ['pabo-deeltijd', 'Pabo deeltijd'],
        ['zij-instroom', 'Zij-instroom'],
        ['inductie', 'Inductie (starters)'],
        ['zittende-leraren', 'Zittende leraren'],
      ]
    : [
        ['voltijd-2e-graads', 'Voltijd tweedegraads'],
        ['deeltijd-2e-graads', 'Deeltijd tweedegraads'],
        ...rng.sample<[string, string]>(
          [
            ['voltijd-1e-graads', 'Voltijd eerstegraads'],
            ['deeltijd-1e-graads', 'Deeltijd eerstegraads'],
            ['kop', 'Kopopleiding'],
            ['minor', 'Educatieve minor'],
            ['alo', 'ALO'],
          ],
          rng.int(1, 3),
        ),
        ...(nMbo > 0 ? ([['pdg', 'PDG']] as [string, string][]) : []),
        ['inductie', 'Inductie (starters)'],
        ...(rng.chance(0.5)
          ? ([['zittende-leraren', 'Zittende leraren']] as [string, string][])
          : []),
      ];
  const targetGroups: DemoTargetGroup[] = targetGroupSpecs.map(([code, nm]) => ({
    id: ids.next(),
    code,
    name: nm,
  }));
  partnership.targetGroups = targetGroups;

  // Cycles.
  const cycles: DemoCycle[] = years.map((schoolYear, y) => ({
    id: ids.next(),
    schoolYear,
    pdcaPhase: y === lastYear ? 'check' : 'act',
  }));
  partnership.cycles = cycles;

  // Jaarthema's: every theme becomes a jaarthema at least once while it is available.
  const focusPerYear: ThemeCode[][] = [];
  let unfocused = new Set<ThemeCode>(rng.shuffle(ZET_2025_THEME_CODES));
  for (let y = 0; y < nYears; y++) {
    const available: readonly ThemeCode[] =
      y < legacyYears ? LEGACY_AVAILABLE : ZET_2025_THEME_CODES;
    let candidates = [...unfocused].filter((t) => available.includes(t));
    if (candidates.length === 0) {
      unfocused = new Set<ThemeCode>(rng.shuffle(available));
      candidates = [...unfocused];
    }
    const count = Math.min(3, Math.max(2, Math.ceil(unfocused.size / (nYears - y))));
    // Scarce first: the combined variant only exists in zet-2025.
    candidates.sort(
      (a, b) =>
        Number(b === 'rijke-leeromgeving-regie-op-leren') -
        Number(a === 'rijke-leeromgeving-regie-op-leren'),
    );
    const chosen: ThemeCode[] = [];
    for (const t of [...candidates, ...rng.shuffle(available)]) {
      if (chosen.length >= count) break;
      if (chosen.some((c) => conflicts(c, t))) continue;
      chosen.push(t);
    }
    for (const t of chosen) unfocused.delete(t);
    focusPerYear.push(chosen);
  }

  // Partnership-wide evaluations in some years.
  const wideYears = new Set<number>();
  for (let y = 0; y < nYears; y++) if (rng.chance(0.4)) wideYears.add(y);
  if (wideYears.size === 0 && nYears >= 2) wideYears.add(nYears - 2);

  // Rotation of the "hot" issues per theme and kind, so that all issues get their turn.
  const cursor: Record<string, number> = {};

  for (let y = 0; y < nYears; y++) {
    const legacy = y < legacyYears;
    const version = legacy ? LEGACY_CONTENT_VERSION : CURRENT_CONTENT_VERSION;
    const available: readonly ThemeCode[] = legacy ? LEGACY_AVAILABLE : ZET_2025_THEME_CODES;
    const focus = focusPerYear[y] as ThemeCode[];
    const cycle = cycles[y] as DemoCycle;
    const startYear = Number((years[y] as string).slice(0, 4));
    const versionCode = (t: ThemeCode): string => {
      if (!legacy) return t;
      const olds = LEGACY_BY_CURRENT[t] as string[];
      return olds.length === 1 ? (olds[0] as string) : rng.pick(olds);
    };

    // 1. Plan: who evaluates which themes, with how many groups, and what is captured.
    const planned: PlannedEvaluation[] = [];
    const lastYearEvaluations: PlannedEvaluation[] = [];
    for (const model of models) {
      if (rng.chance(0.1)) continue; // a gap: no ZET-dagdeel at this locatie this year
      const k = rng.weighted([3, 4, 5, 6], [0.2, 0.35, 0.3, 0.15]);
      const themes: ThemeCode[] = [...focus];
      for (const t of rng.shuffle(available)) {
        if (themes.length >= k) break;
        if (themes.some((c) => conflicts(c, t))) continue;
        themes.push(t);
      }
      const p: PlannedEvaluation = {
        model,
        status: 'finalised',
        sessions: planSessions(themes, versionCode, rng, 0.2),
      };
      planned.push(p);
      if (y === lastYear) lastYearEvaluations.push(p);
    }
    if (y === lastYear && lastYearEvaluations.length > 0) {
      // Part of the last year's evaluations is not yet vastgesteld.
      const drafts = new Set<PlannedEvaluation>();
      for (const p of lastYearEvaluations) if (rng.chance(0.4)) drafts.add(p);
      if (drafts.size === 0) drafts.add(lastYearEvaluations[lastYearEvaluations.length - 1]!);
      if (drafts.size === lastYearEvaluations.length && drafts.size > 1) {
        drafts.delete(lastYearEvaluations[0]!);
      }
      for (const p of drafts) {
        p.status = 'draft';
        for (const s of p.sessions) s.captured = rng.chance(0.65);
      }
    }
    if (wideYears.has(y)) {
      const k = rng.int(3, 4);
      const preferred = rng.shuffle(available).sort((a, b) => wideWeight(b) - wideWeight(a));
      const themes: ThemeCode[] = [];
      for (const t of preferred) {
        if (themes.length >= k) break;
        if (themes.some((c) => conflicts(c, t))) continue;
        themes.push(t);
      }
      const p: PlannedEvaluation = {
        model: null,
        status: y === lastYear && rng.chance(0.5) ? 'draft' : 'finalised',
        sessions: planSessions(themes, versionCode, rng, 0.4),
      };
      planned.push(p);
    }

    // 2. Hot issues: per theme, the locaties (in order) that discuss it this year share issues.
    //    Locatie j gets hot issues j and j+1 (mod H), with H <= number of locaties, so every hot
    //    issue is raised at >= 2 locaties, each time in another paraphrase.
    type HotIssues = { strengths: IssueBank[]; developments: IssueBank[] };
    const hot = new Map<LocationModel, Map<ThemeCode, HotIssues>>();
    for (const theme of ZET_2025_THEME_CODES) {
      const locs: LocationModel[] = [];
      for (const p of planned) {
        if (!p.model) continue;
        if (p.sessions.some((s) => s.theme === theme && s.captured)) locs.push(p.model);
      }
      if (locs.length < 2) continue;
      const bank = THEME_PHRASES[theme];
      const pairs = (kind: 'strengths' | 'developments'): IssueBank[][] => {
        const issues = bank[kind];
        const h = Math.min(locs.length, issues.length);
        const key = `${theme}:${kind}`;
        const c = cursor[key] ?? rng.int(0, issues.length - 1);
        cursor[key] = c + h;
        const hotIssues = Array.from({ length: h }, (_, j) => issues[(c + j) % issues.length]!);
        return locs.map((_, j) => [hotIssues[j % h]!, hotIssues[(j + 1) % h]!]);
      };
      const s = pairs('strengths');
      const d = pairs('developments');
      locs.forEach((loc, j) => {
        let perTheme = hot.get(loc);
        if (!perTheme) hot.set(loc, (perTheme = new Map<ThemeCode, HotIssues>()));
        perTheme.set(theme, { strengths: s[j]!, developments: d[j]! });
      });
    }
    // Hot issues take their paraphrases in turn, so locaties word them differently; no text is
    // repeated within one dagdeel (Groep A and B).
    const paraphraseTurn = new Map<IssueBank, number>();
    let usedInEvaluation = new Set<string>();
    const paraphraseOf = (issue: IssueBank, rotate: boolean): string => {
      const n = issue.paraphrases.length;
      let turn = rotate ? (paraphraseTurn.get(issue) ?? rng.int(0, n - 1)) : rng.int(0, n - 1);
      for (
        let tries = 1;
        tries < n && usedInEvaluation.has(issue.paraphrases[turn % n]!);
        tries++
      ) {
        turn++;
      }
      if (rotate) paraphraseTurn.set(issue, turn + 1);
      const text = issue.paraphrases[turn % n] as string;
      usedInEvaluation.add(text);
      return text;
    };

    // 3. Build evaluations, sessions and actions.
    for (const p of planned) {
      const model = p.model;
      usedInEvaluation = new Set<string>();
      const evaluationId = ids.next();
      const heldOn = pickHeldOn(startYear, p, y === lastYear, rng);
      const eventNow = model?.event && model.event.year === y ? model.event : null;
      const drop = (yy: number): number => {
        const ev = model?.event;
        if (!ev || yy < ev.year) return 0;
        return ev.drop / 2 ** (yy - ev.year);
      };
      const latent = (theme: ThemeCode, m: LocationModel): number => {
        const t = THEME_INDEX[theme] as number;
        return (
          (m.base[t] as number) +
          ((m.slope[t] as number) * y) / (1 + 0.06 * y) +
          (m.yearShock[y] as number) -
          (m === model ? drop(y) : 0)
        );
      };
      const rounds: DemoRound[] = [
        { id: ids.next(), number: 1, sessions: [] },
        { id: ids.next(), number: 2, sessions: [] },
      ];
      const placementByTheme = new Map<ThemeCode, number>();
      const actionTitles = new Set<string>();

      for (const s of p.sessions) {
        const session: DemoThemeSession = {
          id: ids.next(),
          themeCode: s.themeCode,
          groupLabel: s.groupLabel,
          currentPlacement: null,
          desiredPlacement: null,
          rationale: '',
          agreements: '',
          plenaryReporter: '',
          reflectionCards: [],
          participants: [],
          individualPlacements: [],
          findings: [],
        };
        (rounds[s.round - 1] as DemoRound).sessions.push(session);
        const setting: Setting = model ? model.setting : 'partnerschap';
        const roles = drawRoles(setting, rng.int(10, 16), rng);
        session.participants = participantsOf(roles, setting, rng);
        if (!s.captured) continue;

        // Placements.
        let raw: number;
        if (model) {
          raw = latent(s.theme, model) + (rng.next() - 0.5) * 0.5;
        } else {
          let sum = 0;
          for (const m of models) sum += latent(s.theme, m);
          raw = sum / models.length + (rng.next() - 0.5) * 0.4;
        }
        const earlier = placementByTheme.get(s.theme);
        const current =
          earlier !== undefined ? toScale(earlier + rng.pick([-0.5, 0, 0, 0.5])) : toScale(raw);
        placementByTheme.set(s.theme, current);
        const gap =
          current >= 3.5
            ? rng.weighted([0, 0.5], [0.5, 0.5])
            : rng.weighted([0, 0.5, 1, 1.5, 2], [0.12, 0.36, 0.38, 0.11, 0.03]);
        const desired = Math.min(4, current + gap);
        session.currentPlacement = current;
        session.desiredPlacement = desired;
        for (let i = 0; i < roles.length; i++) {
          const r = roles[i] as number;
          const role = ROLE_CODES[r] as RoleCode;
          const bias = BIAS_BY_INDEX[r] as number;
          const noise = (rng.next() + rng.next() + rng.next() - 1.5) * 0.9;
          const own = toScale(current + bias + noise);
          const ownDesired = Math.max(
            own,
            toScale(desired + bias * 0.5 + (rng.next() + rng.next() - 1) * 0.7),
          );
          session.individualPlacements.push({ role, current: own, desired: ownDesired });
        }

        // Findings.
        const bank = THEME_PHRASES[s.theme];
        const hotHere = model ? hot.get(model)?.get(s.theme) : undefined;
        const strengths = pickIssues(bank.strengths, hotHere?.strengths, rng);
        const developments = pickIssues(bank.developments, hotHere?.developments, rng);
        const developmentFindingIds: string[] = [];
        for (let i = 0; i < strengths.length + developments.length; i++) {
          const isStrength = i < strengths.length;
          const issue = (
            isStrength ? strengths[i] : developments[i - strengths.length]
          ) as IssueBank;
          const hotIssues = isStrength ? hotHere?.strengths : hotHere?.developments;
          const id = ids.next();
          if (!isStrength) developmentFindingIds.push(id);
          session.findings.push({
            id,
            kind: isStrength ? 'strength' : 'development',
            text: paraphraseOf(issue, hotIssues !== undefined && hotIssues.includes(issue)),
            issueKey: keyOf(s.theme, issue),
          });
        }

        // Onderbouwing, afspraken, plenaire terugkoppeling, reflectiekaarten.
        session.rationale = rationale(
          s.theme,
          current,
          desired,
          concepts,
          eventNow?.clause ?? null,
          rng,
        );
        const devTemplates = developments.map((issue, i) => ({
          findingId: developmentFindingIds[i] as string,
          template: rng.pick((issue as (typeof bank.developments)[number]).actions),
        }));
        const agreed = rng.sample(devTemplates, rng.int(1, 2));
        session.agreements = [
          ...agreed.map((a) => a.template.agreement),
          ...(rng.chance(0.5) ? [rng.pick(AGREEMENT_CLOSERS)] : []),
        ].join(' ');
        session.plenaryReporter = reporter(roles, model, rng);
        const cards = REFLECTION_CARDS[version]?.[s.themeCode] ?? [];
        session.reflectionCards = rng.sample(cards, rng.int(1, 2));

        // Verbeteracties from development points.
        for (const { findingId, template } of devTemplates) {
          const p1 = p.status === 'draft' ? 0.3 : 0.55;
          if (!rng.chance(p1) || actionTitles.has(template.title)) continue;
          actionTitles.add(template.title);
          partnership.actions.push(
            makeAction({
              id: ids.next(),
              cycle,
              locationId: model?.location.id ?? null,
              findingId,
              themeCode: s.themeCode,
              template,
              ownerName: ownerName(template.ownerRole, model, y),
              heldOnDay: heldOn,
              endYear: startYear + 1,
              age: lastYear - y,
              draft: p.status === 'draft',
              rng,
            }),
          );
        }
      }

      const tool = legacy ? 'Passietool' : 'ZET';
      const month = new Date(heldOn * DAY_MS).getUTCMonth() + 1;
      const season = month >= 8 ? `najaar ${startYear}` : `voorjaar ${startYear + 1}`;
      const title = fill(
        rng.pick(model ? LOCATION_EVALUATION_TITLES : PARTNERSHIP_EVALUATION_TITLES),
        {
          tool,
          location: model?.location.name ?? '',
          year: years[y] as string,
          season,
        },
      );
      const evaluation: DemoEvaluation = {
        id: evaluationId,
        cycleId: cycle.id,
        locationId: model?.location.id ?? null,
        title,
        heldOn: isoDate(heldOn),
        contentVersionId: version,
        status: p.status,
        targetGroupIds: model
          ? rng
              .sample(targetGroups, rng.int(1, 3))
              .sort((a, b) => targetGroups.indexOf(a) - targetGroups.indexOf(b))
              .map((g) => g.id)
          : targetGroups.map((g) => g.id),
        rounds,
      };
      partnership.evaluations.push(evaluation);
    }

    // Cycle-level actions of the programmaleider and stuurgroep.
    for (const template of rng.sample(CYCLE_ACTIONS, rng.int(1, 2))) {
      partnership.actions.push(
        makeAction({
          id: ids.next(),
          cycle,
          locationId: null,
          findingId: null,
          themeCode: null,
          template,
          ownerName: ownerName(template.ownerRole, null, y),
          heldOnDay: utcDay(startYear, 9, 15),
          endYear: startYear + 1,
          age: lastYear - y,
          draft: false,
          rng,
        }),
      );
    }
  }

  return partnership;

  // --- closures over the partnership's people ---

  function ownerName(role: RoleCode, model: LocationModel | null, y: number): string {
    if (model) {
      switch (role) {
        case 'schoolopleider':
          return model.schoolopleider[y] as string;
        case 'schoolleider':
          return model.schoolleider[y] as string;
        case 'instituutsopleider':
          return model.instituutsopleider;
        case 'coach-startende-leraren':
          return model.coach;
        case 'onderzoeksbegeleider':
          return model.onderzoeksbegeleider;
        default:
          break;
      }
    }
    switch (role) {
      case 'programmaleider':
        return programmaleider;
      case 'stuurgroeplid':
        return stuurgroep[y % 2] as string;
      case 'mt-instituut':
        return mtInstituut;
      default:
        return personName();
    }
  }
}

/** 2–4 issues of one kind: the locatie's hot issues first, then others at random. */
function pickIssues(
  all: readonly IssueBank[],
  hotIssues: IssueBank[] | undefined,
  rng: Rng,
): IssueBank[] {
  const count = rng.int(2, Math.min(4, all.length));
  const chosen: IssueBank[] = [];
  for (const i of hotIssues ?? []) if (!chosen.includes(i) && chosen.length < count) chosen.push(i);
  if (chosen.length < count) {
    const rest = all.filter((i) => !chosen.includes(i));
    chosen.push(...rng.sample(rest, count - chosen.length));
  }
  return chosen;
}

const issueKeys = new Map<IssueBank, string>();
function keyOf(theme: ThemeCode, issue: IssueBank): string {
  let key = issueKeys.get(issue);
  if (key === undefined) issueKeys.set(issue, (key = issueKey(theme, issue.slug)));
  return key;
}

/** Partnership-wide dagdelen lean towards the organisational themes. */
function wideWeight(t: ThemeCode): number {
  return t === 'visie' || t === 'gespreid-leiderschap' || t === 'kwaliteitsontwikkeling'
    ? 2
    : t === 'professionalisering'
      ? 1
      : 0;
}

/** Spread themes over 2 rounds; sometimes one theme gets two groups (Groep A/B). */
function planSessions(
  themes: ThemeCode[],
  versionCode: (t: ThemeCode) => string,
  rng: Rng,
  twoGroupsChance: number,
): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  const firstRound = Math.ceil(themes.length / 2);
  const doubled = rng.chance(twoGroupsChance) ? rng.int(0, Math.min(1, themes.length - 1)) : -1;
  themes.forEach((theme, i) => {
    const themeCode = versionCode(theme);
    const round = i < firstRound ? 1 : 2;
    if (i === doubled) {
      const split = rng.chance(0.5);
      sessions.push({ theme, themeCode, groupLabel: 'Groep A', round, captured: true });
      sessions.push({
        theme,
        themeCode,
        groupLabel: 'Groep B',
        round: split ? 3 - round : round,
        captured: true,
      });
    } else {
      sessions.push({ theme, themeCode, groupLabel: '', round, captured: true });
    }
  });
  return sessions;
}

function pickHeldOn(startYear: number, p: PlannedEvaluation, last: boolean, rng: Rng): number {
  let from: number;
  let to: number;
  if (!p.model) {
    from = utcDay(startYear + 1, 5, 12);
    to = utcDay(startYear + 1, 6, 25);
  } else if (last && p.status === 'draft') {
    from = utcDay(startYear + 1, 3, 2);
    to = utcDay(startYear + 1, 4, 24);
  } else if (last) {
    from = utcDay(startYear, 10, 1);
    to = utcDay(startYear + 1, 2, 26);
  } else {
    from = utcDay(startYear, 10, 1);
    to = utcDay(startYear + 1, 4, 15);
  }
  return midweek(from + Math.floor(rng.next() * (to - from)));
}

/** Participants by role and side; `roles` is sorted, so equal roles are adjacent. */
function participantsOf(
  roles: number[],
  setting: Setting,
  rng: Rng,
): DemoThemeSession['participants'] {
  const out: DemoThemeSession['participants'] = [];
  let i = 0;
  while (i < roles.length) {
    const r = roles[i] as number;
    let school = 0;
    let instituut = 0;
    for (; i < roles.length && roles[i] === r; i++) {
      if (sideOf(r, setting, rng) === 'school') school++;
      else instituut++;
    }
    const role = ROLE_CODES[r] as string;
    if (school > 0) out.push({ role, side: 'school', count: school });
    if (instituut > 0) out.push({ role, side: 'instituut', count: instituut });
  }
  return out;
}

function scenarioWords(x: number): string {
  return Number.isInteger(x)
    ? `scenario ${x}`
    : `een plaatsing tussen scenario ${Math.floor(x)} en ${Math.ceil(x)}`;
}

function rationale(
  theme: ThemeCode,
  current: number,
  desired: number,
  concepts: CoreConcept[],
  setback: string | null,
  rng: Rng,
): string {
  const levels = THEME_PHRASES[theme].levels;
  const level = (x: number): string => levels[Math.min(4, Math.max(1, x)) - 1] as string;
  const parts: string[] = [];
  if (Number.isInteger(current)) {
    parts.push(
      fill(rng.pick(PLACEMENT_WHOLE), {
        n: String(current),
        scenario: SCENARIO_NAMES[current - 1] as string,
        level: level(current),
      }),
    );
  } else {
    const a = Math.floor(current);
    parts.push(
      fill(rng.pick(PLACEMENT_BETWEEN), {
        a: String(a),
        b: String(a + 1),
        levelA: level(a),
        levelB: level(a + 1),
      }),
    );
  }
  if (setback) parts.push(fill(rng.pick(SETBACK_SENTENCES), { clause: setback }));
  // Argue from a kernbegrip of the partnership that fits the theme, if it has one.
  const fitting = concepts.filter((c) => THEME_CONCEPTS[theme].includes(c.name));
  const concept = rng.pick(fitting.length > 0 && rng.chance(0.8) ? fitting : concepts);
  const vars = { concept: concept.name.toLowerCase(), because: concept.because };
  if (desired > current) {
    // Do not quote the same scenario description twice.
    const quoted = !Number.isInteger(current) && Math.ceil(desired) === Math.ceil(current);
    parts.push(
      fill(rng.pick(quoted ? DESIRED_HIGHER_SAME_LEVEL : DESIRED_HIGHER), {
        ...vars,
        target: scenarioWords(desired),
        level: level(Math.ceil(desired)),
      }),
    );
  } else if (current >= 4) {
    parts.push(fill(rng.pick(DESIRED_AT_TOP), vars));
  } else {
    parts.push(fill(rng.pick(DESIRED_EQUAL), vars));
  }
  return parts.map(capitalise).join(' ');
}

const NOT_REPORTING = new Set<number>(
  (['overig', 'mt-instituut', 'programmaleider'] as const).map((r) => ROLE_CODES.indexOf(r)),
);

/** Who reports back in the plenary closing: a participant's role, sometimes with a subject. */
function reporter(roles: number[], model: LocationModel | null, rng: Rng): string {
  let r = rng.pick(roles);
  for (let tries = 0; tries < 5 && NOT_REPORTING.has(r); tries++) r = rng.pick(roles);
  const role = ROLE_CODES[r] as RoleCode;
  const label = ROLE_LABELS[role];
  if (model && model.setting === 'school' && role === 'werkplekbegeleider' && rng.chance(0.5)) {
    return `${label} ${rng.pick(model.subjects)}`;
  }
  if (role === 'student' && rng.chance(0.4)) {
    return rng.pick([
      'student (tweedejaars)',
      'student (derdejaars)',
      'LIO-student',
      'student (deeltijd)',
    ]);
  }
  return label;
}

const STATUS_BY_AGE: { statuses: DemoAction['status'][]; weights: number[] }[] = [
  { statuses: ['open', 'in_progress', 'done', 'dropped'], weights: [0.35, 0.4, 0.2, 0.05] },
  { statuses: ['open', 'in_progress', 'done', 'dropped'], weights: [0.1, 0.3, 0.5, 0.1] },
  { statuses: ['open', 'in_progress', 'done', 'dropped'], weights: [0.03, 0.07, 0.75, 0.15] },
];
const IMWR: ImwrElement[] = ['inspireren', 'mobiliseren', 'waarderen', 'reflecteren'];

function makeAction(a: {
  id: string;
  cycle: DemoCycle;
  locationId: string | null;
  findingId: string | null;
  themeCode: string | null;
  template: ActionTemplate;
  ownerName: string;
  heldOnDay: number;
  endYear: number;
  age: number;
  draft: boolean;
  rng: Rng;
}): DemoAction {
  const { rng } = a;
  const dist = STATUS_BY_AGE[Math.min(a.age, 2)]!;
  const status: DemoAction['status'] = a.draft
    ? rng.weighted(['open', 'in_progress'] as const, [0.7, 0.3])
    : rng.weighted(dist.statuses, dist.weights);
  const pdcaPhase: DemoAction['pdcaPhase'] =
    status === 'open'
      ? 'plan'
      : status === 'in_progress'
        ? 'do'
        : status === 'done'
          ? rng.weighted(['check', 'act'] as const, [0.4, 0.6])
          : rng.weighted(['check', 'act'] as const, [0.5, 0.5]);
  const r = rng.next();
  const imwrElement = r < 0.8 ? a.template.imwr : r < 0.9 ? rng.pick(IMWR) : null;
  const from = a.heldOnDay + 30;
  const to = Math.max(from, utcDay(a.endYear, 7, 10));
  const due = from + Math.floor(rng.next() * (to - from + 1));
  return {
    id: a.id,
    cycleId: a.cycle.id,
    locationId: a.locationId,
    findingId: a.findingId,
    themeCode: a.themeCode,
    title: a.template.title,
    description: a.template.description,
    ownerRole: a.template.ownerRole,
    ownerName: a.ownerName,
    dueOn: isoDate(due),
    status,
    pdcaPhase,
    imwrElement,
  };
}

/** All partnerships of a parameter set, one at a time (for seeding and benchmarks). */
export function* generateDataset(params: DemoParams): Generator<DemoPartnership> {
  for (let i = 0; i < params.partnerships; i++) yield generatePartnership(i, params);
}
