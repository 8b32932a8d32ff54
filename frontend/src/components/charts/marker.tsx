import type { MarkerShape } from './chart-palette';

type MarkerProps = {
  shape: MarkerShape;
  cx: number;
  cy: number;
  color: string;
  /** Hollow markers mark "gewenst", filled ones "huidig". */
  hollow?: boolean;
  size?: number;
};

/** A data point marker drawn as SVG; used in the chart and in its legend. */
export function Marker({ shape, cx, cy, color, hollow = false, size = 5 }: MarkerProps) {
  const fill = hollow ? '#ffffff' : color;
  const common = { fill, stroke: color, strokeWidth: 2 };
  const s = size;
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={s} {...common} />;
    case 'square':
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} {...common} />;
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - s * 1.2} ${cx + s * 1.1},${cy + s * 0.8} ${cx - s * 1.1},${cy + s * 0.8}`}
          {...common}
        />
      );
    case 'triangleDown':
      return (
        <polygon
          points={`${cx},${cy + s * 1.2} ${cx + s * 1.1},${cy - s * 0.8} ${cx - s * 1.1},${cy - s * 0.8}`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - s * 1.3} ${cx + s * 1.3},${cy} ${cx},${cy + s * 1.3} ${cx - s * 1.3},${cy}`}
          {...common}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx - s},${cy + s}L${cx + s},${cy - s}`}
          stroke={color}
          strokeWidth={2.5}
          fill="none"
        />
      );
  }
}
