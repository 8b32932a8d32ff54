import type { Ambitions } from '@zet/contracts';
import type { CountRow } from '../../../components/charts/stacked-count-data';

/**
 * One count row per theme for a school year of the ambitions contract: reached / not reached and
 * rose / same / fell, with n (locaties with an earlier result). The counts are the server's.
 */
export function ambitionRows(ambitions: Ambitions, schoolYear: string): CountRow[] {
  return ambitions.themes.map(({ theme, years }) => {
    const year = years.find((y) => y.schoolYear === schoolYear);
    return {
      key: theme.code,
      label: theme.name,
      n: year?.locations ?? 0,
      counts: {
        reached: year?.reached ?? 0,
        notReached: year?.notReached ?? 0,
        rose: year?.rose ?? 0,
        same: year?.same ?? 0,
        fell: year?.fell ?? 0,
      },
    };
  });
}

/** The newest school year in which some locatie could be compared with an earlier result. */
export function latestAmbitionYear(ambitions: Ambitions): string | undefined {
  return ambitions.themes
    .flatMap(({ years }) => years.filter((y) => y.locations > 0).map((y) => y.schoolYear))
    .sort()
    .at(-1);
}
