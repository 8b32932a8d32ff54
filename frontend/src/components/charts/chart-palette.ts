/**
 * Okabe–Ito, the colour-blind-safe palette. Black is kept for the partnership median; yellow is
 * left out (too light on white). Colour is never the only cue: every series also has its own
 * marker shape, and "gewenst" is always dashed.
 */
export const seriesColors = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
] as const;
export const medianColor = '#000000';
export const bandColor = '#7a7a7a';
/** "Partnerschap als geheel" (partnership-wide evaluations): dark grey, dotted, diamonds. */
export const wholeColor = '#4a5360';

export const markerShapes = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangleDown',
  'cross',
] as const;
export type MarkerShape = (typeof markerShapes)[number];

export const dash = {
  current: undefined,
  desired: '6 4',
  desiredMedian: '10 5',
  whole: '2 4',
} as const;

export type SeriesStyle = { color: string; marker: MarkerShape };

/** The i-th series' colour and marker; after six, colours repeat with a different marker. */
export function seriesStyle(index: number): SeriesStyle {
  const n = seriesColors.length;
  return {
    color: seriesColors[index % n] ?? medianColor,
    marker: markerShapes[(index + Math.floor(index / n)) % markerShapes.length] ?? 'circle',
  };
}
