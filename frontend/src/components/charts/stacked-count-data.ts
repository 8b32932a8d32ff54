/**
 * Rows for a horizontal stacked bar of counts (e.g. per theme: reached / not reached). The
 * counts are the server's; this only lines them up with the series that draw them.
 */
export type CountSeries = {
  key: string;
  label: string;
  color: string;
  /** Hatched, so the series differs from its neighbours without colour too. */
  hatched?: boolean;
};

export type CountRow = {
  key: string;
  label: string;
  /** n: what the counts rest on (e.g. locaties with an earlier result). */
  n: number;
  counts: Record<string, number>;
};

/** Rows with n = 0 drop out: there is nothing to compare, and the table says so. */
export function countRowsWithData(rows: readonly CountRow[]): CountRow[] {
  return rows.filter((row) => row.n > 0);
}
