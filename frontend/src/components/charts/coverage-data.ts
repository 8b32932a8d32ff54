import type { Coverage, CoverageCell } from '@zet/contracts';

/** Reshapes the coverage contract into rows with one cell per theme column. No counting here. */

export type CoverageState = 'recent' | 'stale' | 'never';
export type CoverageRow = { key: string; label: string; cells: (CoverageCell | null)[] };

/** Never evaluated, not for two years or more (the server decides), or recently. */
export function coverageState(cell: CoverageCell | null): CoverageState {
  if (!cell || cell.lastSchoolYear === null) return 'never';
  return cell.stale ? 'stale' : 'recent';
}

/** "2024-2025" → "24-25": short enough for a grid cell. */
export function shortSchoolYear(schoolYear: string): string {
  return `${schoolYear.slice(2, 4)}-${schoolYear.slice(7, 9)}`;
}

function byTheme<T extends { theme: string }>(items: readonly T[], codes: readonly string[]) {
  const map = new Map(items.map((item) => [item.theme, item]));
  return codes.map((code) => map.get(code) ?? null);
}

export function coverageRows(coverage: Coverage, wholePartnershipLabel: string): CoverageRow[] {
  const codes = coverage.themes.map((theme) => theme.code);
  const rows: CoverageRow[] = coverage.rows.map((row) => ({
    key: row.location.id,
    label: row.location.name,
    cells: byTheme(row.cells, codes),
  }));
  if (coverage.partnershipWide) {
    rows.push({
      key: 'partnership-wide',
      label: wholePartnershipLabel,
      cells: byTheme(coverage.partnershipWide, codes),
    });
  }
  return rows;
}

export function coverageSummary(coverage: Coverage) {
  return byTheme(
    coverage.perTheme,
    coverage.themes.map((theme) => theme.code),
  );
}

/** Per theme, the named rows whose cell is stale or never evaluated (for the table). */
export function staleLocations(coverage: Coverage, themeCode: string): string[] {
  return coverage.rows
    .filter((row) => {
      const cell = row.cells.find((c) => c.theme === themeCode) ?? null;
      return coverageState(cell) !== 'recent';
    })
    .map((row) => row.location.name);
}

/** True when nothing was ever evaluated in view. */
export function isCoverageEmpty(coverage: Coverage): boolean {
  return coverage.n.sessions === 0;
}
