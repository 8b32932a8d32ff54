import {
  CURRENT_CONTENT_VERSION,
  DEMO_PARAMS,
  LEGACY_CONTENT_VERSION,
  LEGACY_THEME_MAPPING,
  NATIONAL_PARAMS,
  PLACEMENT_SCALE,
  REFLECTION_CARDS,
  generatePartnership,
  issueKey,
} from './demo-dataset';
import type { DemoPartnership, DemoThemeSession } from './demo-dataset.types';
import { ROLE_CODES, THEME_PHRASES, ZET_2025_THEME_CODES, type ThemeCode } from './demo-phrases';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SCALE = new Set<number>(PLACEMENT_SCALE);

function allIds(p: DemoPartnership): string[] {
  const ids = [p.id];
  for (const l of p.locations) ids.push(l.id);
  for (const t of p.targetGroups) ids.push(t.id);
  for (const c of p.cycles) ids.push(c.id);
  for (const e of p.evaluations) {
    ids.push(e.id);
    for (const r of e.rounds) {
      ids.push(r.id);
      for (const s of r.sessions) {
        ids.push(s.id);
        for (const f of s.findings) ids.push(f.id);
      }
    }
  }
  for (const a of p.actions) ids.push(a.id);
  return ids;
}

function sessionsOf(p: DemoPartnership): { session: DemoThemeSession; evaluationIndex: number }[] {
  const out: { session: DemoThemeSession; evaluationIndex: number }[] = [];
  p.evaluations.forEach((e, evaluationIndex) => {
    for (const r of e.rounds)
      for (const session of r.sessions) out.push({ session, evaluationIndex });
  });
  return out;
}

const isCaptured = (s: DemoThemeSession): boolean => s.currentPlacement !== null;

const lowerMedian = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

describe('demo dataset generator', () => {
  const demo = generatePartnership(0, DEMO_PARAMS);

  it('is deterministic: the same seed and index give identical output', () => {
    expect(JSON.stringify(generatePartnership(0, DEMO_PARAMS))).toBe(JSON.stringify(demo));
  });

  it('gives other ids for another index, and other data for another seed', () => {
    const ids0 = new Set(allIds(demo));
    const ids1 = allIds(generatePartnership(1, DEMO_PARAMS));
    expect(ids1.filter((id) => ids0.has(id))).toEqual([]);
    const otherSeed = generatePartnership(0, { ...DEMO_PARAMS, seed: 7 });
    expect(otherSeed.id).not.toBe(demo.id);
    expect(JSON.stringify(otherSeed.evaluations)).not.toBe(JSON.stringify(demo.evaluations));
  });

  it('uses unique, valid UUID v4 ids', () => {
    const ids = allIds(demo);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    const across = [
      demo,
      ...[1, 2, 3, 4, 5].map((i) => generatePartnership(i, DEMO_PARAMS)),
    ].flatMap(allIds);
    expect(new Set(across).size).toBe(across.length);
  });

  it('has the demo shape: 8 locaties, 5 cycles ending in the last school year', () => {
    expect(demo.locations).toHaveLength(8);
    const kinds = demo.locations.map((l) => l.kind);
    expect(kinds.filter((k) => k === 'instituut').length).toBeGreaterThanOrEqual(1);
    expect(kinds.filter((k) => k === 'instituut').length).toBeLessThanOrEqual(2);
    expect(kinds).toContain('school_vo');
    expect(kinds).toContain('school_mbo');
    expect(new Set(demo.locations.map((l) => l.name)).size).toBe(8);
    expect(demo.cycles.map((c) => c.schoolYear)).toEqual([
      '2021-2022',
      '2022-2023',
      '2023-2024',
      '2024-2025',
      '2025-2026',
    ]);
    expect(demo.coreConcepts.length).toBeGreaterThanOrEqual(3);
    for (const c of demo.coreConcepts) expect(demo.vision.toLowerCase()).toContain(c.toLowerCase());
    expect(demo.targetGroups.length).toBeGreaterThanOrEqual(3);
  });

  it('plans realistic dagdelen: 2 rounds, 3–6 themes, sometimes two groups, gaps and partnership-wide ones', () => {
    const cycleIndex = new Map(demo.cycles.map((c, i) => [c.id, i]));
    let twoGroups = 0;
    for (const e of demo.evaluations) {
      expect(e.rounds.map((r) => r.number)).toEqual([1, 2]);
      const sessions = e.rounds.flatMap((r) => r.sessions);
      const themes = new Set(sessions.map((s) => s.themeCode));
      if (e.locationId !== null) {
        expect(themes.size).toBeGreaterThanOrEqual(3);
        expect(themes.size).toBeLessThanOrEqual(6);
      }
      if (sessions.some((s) => s.groupLabel === 'Groep B')) twoGroups++;
      for (const theme of themes) {
        const labels = sessions.filter((s) => s.themeCode === theme).map((s) => s.groupLabel);
        expect([[''], ['Groep A', 'Groep B']]).toContainEqual(labels);
      }
      const year = demo.cycles[cycleIndex.get(e.cycleId) as number]!.schoolYear;
      expect(e.heldOn >= `${year.slice(0, 4)}-08-01` && e.heldOn <= `${year.slice(5)}-07-31`).toBe(
        true,
      );
      expect(e.targetGroupIds.length).toBeGreaterThanOrEqual(1);
    }
    expect(twoGroups).toBeGreaterThan(0);

    // At least one gap: a locatie without an evaluation in some year.
    const evaluated = new Set(demo.evaluations.map((e) => `${e.locationId}:${e.cycleId}`));
    const gaps = demo.locations.flatMap((l) =>
      demo.cycles.filter((c) => !evaluated.has(`${l.id}:${c.id}`)),
    );
    expect(gaps.length).toBeGreaterThan(0);

    const wideYears = new Set(
      demo.evaluations.filter((e) => e.locationId === null).map((e) => e.cycleId),
    );
    expect(wideYears.size).toBeGreaterThan(0);
    expect(wideYears.size).toBeLessThan(demo.cycles.length);
  });

  it('uses the legacy content version in the oldest two years, with its theme codes', () => {
    const cycleIndex = new Map(demo.cycles.map((c, i) => [c.id, i]));
    const legacyCodes = new Set(Object.keys(LEGACY_THEME_MAPPING));
    const currentCodes = new Set<string>(ZET_2025_THEME_CODES);
    for (const e of demo.evaluations) {
      const y = cycleIndex.get(e.cycleId) as number;
      expect(e.contentVersionId).toBe(y < 2 ? LEGACY_CONTENT_VERSION : CURRENT_CONTENT_VERSION);
      for (const r of e.rounds) {
        for (const s of r.sessions) {
          expect((y < 2 ? legacyCodes : currentCodes).has(s.themeCode)).toBe(true);
          const cards = REFLECTION_CARDS[e.contentVersionId]?.[s.themeCode] ?? [];
          for (const c of s.reflectionCards) expect(cards).toContain(c);
          if (isCaptured(s) && cards.length > 0) {
            expect(s.reflectionCards.length).toBeGreaterThanOrEqual(1);
            expect(s.reflectionCards.length).toBeLessThanOrEqual(2);
          }
        }
      }
    }
  });

  it('has drafts only in the last year, next to finalised evaluations', () => {
    const last = demo.cycles[demo.cycles.length - 1]!.id;
    const lastYear = demo.evaluations.filter((e) => e.cycleId === last);
    expect(lastYear.some((e) => e.status === 'draft')).toBe(true);
    expect(lastYear.some((e) => e.status === 'finalised')).toBe(true);
    for (const e of demo.evaluations) if (e.cycleId !== last) expect(e.status).toBe('finalised');
    for (const e of demo.evaluations) {
      if (e.status === 'finalised') {
        for (const r of e.rounds) for (const s of r.sessions) expect(isCaptured(s)).toBe(true);
      }
    }
  });

  it('keeps every placement on the scale, desired between current and 4', () => {
    for (const { session: s } of sessionsOf(demo)) {
      if (!isCaptured(s)) {
        expect(s.desiredPlacement).toBeNull();
        expect(s.individualPlacements).toEqual([]);
        expect(s.findings).toEqual([]);
        continue;
      }
      const current = s.currentPlacement as number;
      const desired = s.desiredPlacement as number;
      expect(SCALE.has(current)).toBe(true);
      expect(SCALE.has(desired)).toBe(true);
      expect(desired).toBeGreaterThanOrEqual(current);
      expect(desired).toBeGreaterThanOrEqual(1);
      expect(desired).toBeLessThanOrEqual(4);
      for (const ip of s.individualPlacements) {
        expect(SCALE.has(ip.current)).toBe(true);
        expect(SCALE.has(ip.desired)).toBe(true);
        expect(ip.desired).toBeGreaterThanOrEqual(ip.current);
        expect(ip.desired).toBeLessThanOrEqual(4);
      }
      expect(s.rationale.length).toBeGreaterThan(40);
      expect(s.agreements.length).toBeGreaterThan(10);
      expect(s.plenaryReporter).not.toBe('');
    }
  });

  it('argues an unchanged ambition from the vision', () => {
    const equal = sessionsOf(demo)
      .map((x) => x.session)
      .filter((s) => isCaptured(s) && s.currentPlacement === s.desiredPlacement);
    expect(equal.length).toBeGreaterThan(0);
    for (const s of equal) {
      const mentions =
        demo.coreConcepts.some((c) => s.rationale.includes(`'${c.toLowerCase()}'`)) ||
        /visie/.test(s.rationale);
      expect(mentions).toBe(true);
    }
  });

  it('lets placements rise over the years', () => {
    const byYear = demo.cycles.map((c) =>
      demo.evaluations
        .filter((e) => e.cycleId === c.id && e.locationId !== null && e.status === 'finalised')
        .flatMap((e) =>
          e.rounds.flatMap((r) => r.sessions.map((s) => s.currentPlacement as number)),
        ),
    );
    expect(lowerMedian(byYear[byYear.length - 1]!)).toBeGreaterThan(lowerMedian(byYear[0]!));
  });

  it('has multidisciplinary groups of 10–16 whose role counts match the individual placements', () => {
    const byRole = new Map<string, number[]>();
    for (const { session: s } of sessionsOf(demo)) {
      const total = s.participants.reduce((n, p) => n + p.count, 0);
      expect(total).toBeGreaterThanOrEqual(10);
      expect(total).toBeLessThanOrEqual(16);
      expect(new Set(s.participants.map((p) => p.role)).size).toBeGreaterThanOrEqual(3);
      for (const p of s.participants) expect(ROLE_CODES).toContain(p.role);
      if (!isCaptured(s)) continue;
      const counted = new Map<string, number>();
      for (const p of s.participants) counted.set(p.role, (counted.get(p.role) ?? 0) + p.count);
      const placed = new Map<string, number>();
      for (const ip of s.individualPlacements) {
        placed.set(ip.role, (placed.get(ip.role) ?? 0) + 1);
        byRole.set(ip.role, [
          ...(byRole.get(ip.role) ?? []),
          ip.current - (s.currentPlacement as number),
        ]);
      }
      expect(placed).toEqual(counted);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(byRole.get('student')!)).toBeLessThan(0);
    expect(mean(byRole.get('schoolleider')!)).toBeGreaterThan(0);
  });

  it('records 2–4 strengths and 2–4 development points per captured session', () => {
    for (const { session: s } of sessionsOf(demo)) {
      if (!isCaptured(s)) continue;
      const strengths = s.findings.filter((f) => f.kind === 'strength').length;
      const developments = s.findings.filter((f) => f.kind === 'development').length;
      expect(strengths).toBeGreaterThanOrEqual(2);
      expect(strengths).toBeLessThanOrEqual(4);
      expect(developments).toBeGreaterThanOrEqual(2);
      expect(developments).toBeLessThanOrEqual(4);
    }
  });

  it('has phrase banks of 3–5 paraphrases per issue, no paraphrase shared between issues', () => {
    const seen = new Map<string, string>();
    for (const theme of ZET_2025_THEME_CODES) {
      const bank = THEME_PHRASES[theme];
      expect(bank.strengths.length).toBeGreaterThanOrEqual(2);
      expect(bank.developments.length).toBeGreaterThanOrEqual(3);
      for (const issue of [...bank.strengths, ...bank.developments]) {
        expect(issue.paraphrases.length).toBeGreaterThanOrEqual(3);
        expect(issue.paraphrases.length).toBeLessThanOrEqual(5);
        for (const text of issue.paraphrases) {
          expect(seen.get(text)).toBeUndefined();
          seen.set(text, issueKey(theme, issue.slug));
        }
      }
      for (const issue of bank.developments) {
        expect(issue.actions.length).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('lets every issue recur at 2+ locaties in one year, in different paraphrases (rode lijnen)', () => {
    // issue key -> cycle -> { locaties, texts }
    const occurrences = new Map<
      string,
      Map<string, { locations: Set<string>; texts: Set<string> }>
    >();
    for (const e of demo.evaluations) {
      if (e.locationId === null) continue;
      for (const r of e.rounds) {
        for (const s of r.sessions) {
          for (const f of s.findings) {
            const key = f.issueKey as string;
            let perCycle = occurrences.get(key);
            if (!perCycle) {
              perCycle = new Map<string, { locations: Set<string>; texts: Set<string> }>();
              occurrences.set(key, perCycle);
            }
            let o = perCycle.get(e.cycleId);
            if (!o) perCycle.set(e.cycleId, (o = { locations: new Set(), texts: new Set() }));
            o.locations.add(e.locationId);
            o.texts.add(f.text);
          }
        }
      }
    }
    const missing: string[] = [];
    for (const theme of ZET_2025_THEME_CODES) {
      const bank = THEME_PHRASES[theme];
      for (const issue of [...bank.strengths, ...bank.developments]) {
        const key = issueKey(theme, issue.slug);
        const recurs = [...(occurrences.get(key)?.values() ?? [])].some(
          (o) => o.locations.size >= 2 && o.texts.size >= 2,
        );
        if (!recurs) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('ties every finding text to its issue', () => {
    const textToKey = new Map<string, string>();
    for (const theme of ZET_2025_THEME_CODES) {
      const bank = THEME_PHRASES[theme];
      for (const issue of [...bank.strengths, ...bank.developments]) {
        for (const text of issue.paraphrases) textToKey.set(text, issueKey(theme, issue.slug));
      }
    }
    const legacyTarget = LEGACY_THEME_MAPPING as Record<string, ThemeCode>;
    for (const { session: s } of sessionsOf(demo)) {
      for (const f of s.findings) {
        expect(textToKey.get(f.text)).toBe(f.issueKey);
        const theme = legacyTarget[s.themeCode] ?? s.themeCode;
        expect(f.issueKey?.startsWith(`${theme}/`)).toBe(true);
      }
    }
  });

  it('derives actions from development points, in every status, due within the school year', () => {
    const cycles = new Map(demo.cycles.map((c) => [c.id, c]));
    const developmentIds = new Set(
      sessionsOf(demo).flatMap(({ session }) =>
        session.findings.filter((f) => f.kind === 'development').map((f) => f.id),
      ),
    );
    expect(new Set(demo.actions.map((a) => a.status))).toEqual(
      new Set(['open', 'in_progress', 'done', 'dropped']),
    );
    expect(new Set(demo.actions.map((a) => a.pdcaPhase)).size).toBe(4);
    for (const a of demo.actions) {
      const year = cycles.get(a.cycleId)!.schoolYear;
      expect(a.dueOn >= `${year.slice(0, 4)}-08-01` && a.dueOn <= `${year.slice(5)}-07-31`).toBe(
        true,
      );
      if (a.findingId !== null) expect(developmentIds.has(a.findingId)).toBe(true);
      expect(a.title.length).toBeGreaterThan(5);
      expect(a.ownerName).toMatch(/^\S+ .+/);
      expect(ROLE_CODES).toContain(a.ownerRole);
    }
    expect(demo.actions.filter((a) => a.findingId !== null).length).toBeGreaterThan(
      demo.actions.length / 2,
    );
    expect(demo.actions.some((a) => a.imwrElement === null)).toBe(true);
  });

  it('generates partnerships of the national scale (25 locaties x 10 years) independently by index', () => {
    const params = NATIONAL_PARAMS;
    expect([params.partnerships, params.locationsPerPartnership, params.schoolYears]).toEqual([
      100, 25, 10,
    ]);
    const names = new Set<string>();
    const partnershipIds = new Set<string>();
    const someIds = new Set<string>();
    let someIdCount = 0;
    let evaluations = 0;
    let sessions = 0;
    // Every tenth partnership: the benchmark generates all hundred; here the shape is what counts.
    const sample = Array.from({ length: params.partnerships / 10 }, (_, k) => k * 10 + (k % 3));
    for (const i of sample) {
      const p = generatePartnership(i, params);
      names.add(p.name);
      partnershipIds.add(p.id);
      expect(p.locations).toHaveLength(25);
      expect(p.cycles).toHaveLength(10);
      const locationEvaluations = p.evaluations.filter((e) => e.locationId !== null);
      // One dagdeel per locatie per year, with occasional gaps.
      expect(locationEvaluations.length).toBeLessThanOrEqual(250);
      expect(locationEvaluations.length).toBeGreaterThan(200);
      evaluations += p.evaluations.length;
      for (const e of p.evaluations) for (const r of e.rounds) sessions += r.sessions.length;
      if (i % 20 <= 2) {
        for (const id of allIds(p)) someIds.add(id);
        someIdCount += allIds(p).length;
      }
    }
    expect(names.size).toBe(sample.length);
    expect(partnershipIds.size).toBe(sample.length);
    expect(someIds.size).toBe(someIdCount);
    expect(evaluations).toBeGreaterThan(sample.length * 200);
    // 3–6 themes per dagdeel, sometimes a second group.
    expect(sessions / evaluations).toBeGreaterThan(3.5);
    expect(sessions / evaluations).toBeLessThan(6.5);
  }, 120_000);
});
