import type { Heatmap } from '@zet/contracts';

/**
 * Reshapes the heatmap contract into rows with one cell per theme, in the order of the theme
 * columns (a theme the server sent no cell for is an empty cell). No aggregation happens here.
 */

export type HeatmapCell = Heatmap['rows'][number]['cells'][number];
export type HeatmapColumn = { code: string; name: string };
export type HeatmapRow = {
  key: string;
  label: string;
  /** The locatie's id; null for the partnership-wide row. */
  locationId: string | null;
  cells: (HeatmapCell | null)[];
};
export type HeatmapSummaryCell = Heatmap['partnership'][number] | null;

export function heatmapColumns(heatmap: Heatmap): HeatmapColumn[] {
  return heatmap.themes.map(({ code, name }) => ({ code, name }));
}

function byTheme<T extends { theme: string }>(items: readonly T[], columns: HeatmapColumn[]) {
  const map = new Map(items.map((item) => [item.theme, item]));
  return columns.map((column) => map.get(column.code) ?? null);
}

/** One row per named locatie, then "partnerschap als geheel" when there is such a row. */
export function heatmapRows(heatmap: Heatmap, wholePartnershipLabel: string): HeatmapRow[] {
  const columns = heatmapColumns(heatmap);
  const rows: HeatmapRow[] = heatmap.rows.map((row) => ({
    key: row.location.id,
    label: row.location.name,
    locationId: row.location.id,
    cells: byTheme(row.cells, columns),
  }));
  if (heatmap.partnershipWide) {
    rows.push({
      key: 'partnership-wide',
      label: wholePartnershipLabel,
      locationId: null,
      cells: byTheme(heatmap.partnershipWide, columns),
    });
  }
  return rows;
}

/** The partnership's unnamed distribution per theme column (median, spread, n). */
export function heatmapSummary(heatmap: Heatmap): HeatmapSummaryCell[] {
  return byTheme(heatmap.partnership, heatmapColumns(heatmap));
}

/** True when no cell and no summary has a value: nothing to draw. */
export function isHeatmapEmpty(heatmap: Heatmap): boolean {
  const anyCell = [
    ...heatmap.rows.flatMap((row) => row.cells),
    ...(heatmap.partnershipWide ?? []),
  ].some((cell) => cell.current !== null || cell.desired !== null);
  const anySummary = heatmap.partnership.some((entry) => entry.median !== null);
  return !anyCell && !anySummary;
}
