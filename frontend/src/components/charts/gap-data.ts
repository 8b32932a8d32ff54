import type { Gaps } from '@zet/contracts';

/**
 * Picks one school year out of the gaps contract: a row per theme with the medians of current
 * and desired, the range between them for the bar, the median gap and its spread, and n.
 */
export type GapYear = Gaps['themes'][number]['years'][number];
export type GapRow = {
  code: string;
  name: string;
  locations: number;
  current: number | null;
  desired: number | null;
  /** [lower, higher] of the two medians, for a floating bar; null draws nothing. */
  range: [number, number] | null;
  medianGap: number | null;
  lowGap: number | null;
  highGap: number | null;
  distribution: GapYear['distribution'];
};

export function gapYears(gaps: Gaps): string[] {
  const years = new Set(gaps.themes.flatMap((theme) => theme.years.map((y) => y.schoolYear)));
  return [...years].sort();
}

/** The newest school year in which any theme has a locatie with both placements. */
export function latestGapYear(gaps: Gaps): string | undefined {
  const withData = gaps.themes.flatMap((theme) =>
    theme.years.filter((y) => y.locations > 0).map((y) => y.schoolYear),
  );
  return withData.sort().at(-1);
}

export function gapRows(gaps: Gaps, schoolYear: string): GapRow[] {
  return gaps.themes.map(({ theme, years }) => {
    const year = years.find((y) => y.schoolYear === schoolYear);
    const current = year?.medianCurrent ?? null;
    const desired = year?.medianDesired ?? null;
    return {
      code: theme.code,
      name: theme.name,
      locations: year?.locations ?? 0,
      current,
      desired,
      range:
        current !== null && desired !== null
          ? [Math.min(current, desired), Math.max(current, desired)]
          : null,
      medianGap: year?.medianGap ?? null,
      lowGap: year?.lowGap ?? null,
      highGap: year?.highGap ?? null,
      distribution: year?.distribution ?? [],
    };
  });
}

/** "+1", "+½", "0", "−½": a gap in scenario steps. */
export function formatGap(gap: number | null): string {
  if (gap === null) return '—';
  if (gap === 0) return '0';
  const sign = gap > 0 ? '+' : '−';
  const abs = Math.abs(gap);
  const whole = Math.floor(abs);
  const half = abs - whole >= 0.5 ? '½' : '';
  return `${sign}${whole === 0 && half ? '' : whole}${half}`;
}
