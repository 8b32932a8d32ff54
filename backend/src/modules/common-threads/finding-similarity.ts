import type { PatternYearRow } from '../dashboards/dashboard.queries';

/**
 * Findings that say the same thing in different words, across locaties.
 *
 * Why this way: the texts are stemmed and stripped of stop words by PostgreSQL's built-in
 * `dutch` text-search configuration (`to_tsvector('dutch', text)`: the Snowball Dutch stemmer and
 * stop-word list, maintained with PostgreSQL itself and identical from PostgreSQL 15 to 18 and in
 * PGlite), so no extra NLP dependency sits in the request path. Each finding becomes a set of
 * lexemes; two findings are alike when the Jaccard index of their sets (shared / combined) is at
 * least `SIMILARITY_THRESHOLD`. Findings are only compared within one cycle, one theme and one
 * kind (strength or development), and alike findings are joined into clusters (single linkage,
 * via union–find); a cluster that spans two or more locaties is a suggestion.
 *
 * The threshold was chosen on the demo phrase banks (demo-phrases.ts: issues with 3–5
 * paraphrases each): at 0.3 no two findings of different issues in the same theme and kind were
 * joined, while paraphrases that share their key words ("leerdoelen", "veilig …
 * werkplekbegeleider") were. Paraphrases with no words in common are not found: a lexical
 * measure cannot see synonyms. That is the honest trade-off for a suggestion the programmaleider
 * confirms, merges or dismisses: few false alarms, some misses.
 */

export const SIMILARITY_THRESHOLD = 0.3;

/** Lexemes the Dutch stop-word list lets through but that carry no meaning here. */
const EXTRA_STOP = new Set(['we', 'wij', 'ons', 'onz']);

export type FindingForSimilarity = {
  id: string;
  locationId: string;
  theme: string;
  kind: 'strength' | 'development';
  text: string;
  /** `tsvector_to_array(to_tsvector('dutch', text))`. */
  lexemes: string[];
};

export type FindingCluster = {
  theme: string;
  kind: 'strength' | 'development';
  findings: FindingForSimilarity[];
  locationIds: string[];
  /** The finding most like the others, whose text makes a good first name. */
  representative: FindingForSimilarity;
};

export function meaningfulLexemes(lexemes: readonly string[]): string[] {
  return [...new Set(lexemes.filter((l) => l.length > 1 && !EXTRA_STOP.has(l)))];
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const setB = new Set(b);
  let shared = 0;
  for (const x of new Set(a)) if (setB.has(x)) shared++;
  return shared / (new Set(a).size + setB.size - shared);
}

/** Clusters of alike findings per (theme, kind) that span at least two locaties, biggest first. */
export function clusterFindings(
  findings: readonly FindingForSimilarity[],
  threshold = SIMILARITY_THRESHOLD,
): FindingCluster[] {
  const groups = new Map<string, FindingForSimilarity[]>();
  for (const f of findings) {
    const key = `${f.theme}|${f.kind}`;
    const list = groups.get(key);
    const cleaned = { ...f, lexemes: meaningfulLexemes(f.lexemes) };
    if (list) list.push(cleaned);
    else groups.set(key, [cleaned]);
  }

  const clusters: FindingCluster[] = [];
  for (const members of groups.values()) {
    const parent = members.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const similarity = new Map<number, number>();
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const s = jaccard(members[i]!.lexemes, members[j]!.lexemes);
        if (s < threshold) continue;
        similarity.set(i, (similarity.get(i) ?? 0) + s);
        similarity.set(j, (similarity.get(j) ?? 0) + s);
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[b] = a;
      }
    }
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < members.length; i++) {
      if (!similarity.has(i)) continue;
      const root = find(i);
      const list = byRoot.get(root);
      if (list) list.push(i);
      else byRoot.set(root, [i]);
    }
    for (const indexes of byRoot.values()) {
      const locationIds = [...new Set(indexes.map((i) => members[i]!.locationId))];
      if (locationIds.length < 2) continue;
      const best = indexes.reduce((a, b) =>
        (similarity.get(b) ?? 0) > (similarity.get(a) ?? 0) ? b : a,
      );
      const clusterFindings = indexes.map((i) => findings.find((f) => f.id === members[i]!.id)!);
      clusters.push({
        theme: members[indexes[0]!]!.theme,
        kind: members[indexes[0]!]!.kind,
        findings: clusterFindings,
        locationIds,
        representative: clusterFindings[indexes.indexOf(best)]!,
      });
    }
  }
  return clusters.sort(
    (a, b) =>
      b.locationIds.length - a.locationIds.length ||
      b.findings.length - a.findings.length ||
      a.theme.localeCompare(b.theme),
  );
}

export type PlacementPattern =
  | { pattern: 'low_placement'; theme: string; atOrBelowTwo: number; locations: number }
  | {
      pattern: 'widening_gap';
      theme: string;
      steps: { schoolYear: string; medianGap: number; locations: number }[];
    };

/**
 * Placement patterns in `schoolYear`, from per theme and year aggregates: most locaties (more
 * than half, and at least two) at or below scenario 2; or a median now/desired gap that grew in
 * each of the last two steps (three years with results, the last one this year).
 */
export function placementPatterns(
  rows: readonly PatternYearRow[],
  schoolYear: string,
): PlacementPattern[] {
  const byTheme = new Map<string, PatternYearRow[]>();
  for (const r of rows) {
    if (r.school_year > schoolYear) continue;
    const list = byTheme.get(r.theme);
    if (list) list.push(r);
    else byTheme.set(r.theme, [r]);
  }
  const patterns: PlacementPattern[] = [];
  for (const [theme, list] of byTheme) {
    list.sort((a, b) => a.school_year.localeCompare(b.school_year));
    const now = list.find((r) => r.school_year === schoolYear);
    if (!now) continue;
    if (now.at_or_below_two >= 2 && now.at_or_below_two * 2 > now.locations) {
      patterns.push({
        pattern: 'low_placement',
        theme,
        atOrBelowTwo: now.at_or_below_two,
        locations: now.locations,
      });
    }
    const withGap = list.filter((r) => r.median_gap !== null && r.gap_locations > 0).slice(-3);
    if (
      withGap.length === 3 &&
      withGap[2]!.school_year === schoolYear &&
      withGap[0]!.median_gap! < withGap[1]!.median_gap! &&
      withGap[1]!.median_gap! < withGap[2]!.median_gap!
    ) {
      patterns.push({
        pattern: 'widening_gap',
        theme,
        steps: withGap.map((r) => ({
          schoolYear: r.school_year,
          medianGap: r.median_gap!,
          locations: r.gap_locations,
        })),
      });
    }
  }
  return patterns;
}
