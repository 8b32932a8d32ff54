import { patternId, scenarioColors, scenarioNeighbours, SCALE_POINTS } from './scenario-scale';

/** SVG patterns for the half steps of the scale (stripes of both neighbouring scenarios). */
export function ScalePatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      {SCALE_POINTS.filter((value) => scenarioNeighbours(value).length === 2).map((value) => {
        const [low, high] = scenarioNeighbours(value);
        return (
          <pattern
            key={value}
            id={patternId(idPrefix, value)}
            width="10"
            height="10"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="10" height="10" fill={scenarioColors[low]} />
            <rect width="5" height="10" fill={scenarioColors[high ?? low]} />
          </pattern>
        );
      })}
    </defs>
  );
}

/** A legend swatch for one scale point, in HTML. */
export function ScaleSwatch({ value, idPrefix }: { value: number; idPrefix: string }) {
  const levels = scenarioNeighbours(value);
  return (
    <svg width="18" height="14" aria-hidden="true" className="chart-legend__swatch">
      {levels.length === 2 ? <ScalePatterns idPrefix={`${idPrefix}-swatch-${value}`} /> : null}
      <rect
        x="0.5"
        y="0.5"
        width="17"
        height="13"
        rx="2"
        fill={
          levels.length === 1
            ? scenarioColors[levels[0]]
            : `url(#${patternId(`${idPrefix}-swatch-${value}`, value)})`
        }
        stroke="#8a939e"
      />
    </svg>
  );
}
