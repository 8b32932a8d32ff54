/** Greedy word wrap for SVG labels (SVG text does not wrap by itself). */
export function wrapText(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}

type TickLine = { text: string; className?: string };

type TickTextProps = {
  x: number;
  y: number;
  lines: TickLine[];
  anchor: 'start' | 'middle' | 'end';
  /** Vertically centre the lines on y (a category on the y axis) or start below y (x axis). */
  align: 'centre' | 'below';
};

/** Several lines of tick text, e.g. a theme's name over "n = 5". */
export function TickText({ x, y, lines, anchor, align }: TickTextProps) {
  const lineHeight = 1.2;
  const firstDy = align === 'centre' ? -((lines.length - 1) * lineHeight) / 2 + 0.35 : 0.9;
  return (
    <text x={x} y={y} textAnchor={anchor} className="chart-tick">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? firstDy : lineHeight}em`} className={line.className}>
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A count printed in the middle of a bar segment, on a white backing so it reads on every fill
 * and pattern; nothing when the segment is too small for it.
 */
export function SegmentCount({
  x,
  y,
  width,
  height,
  count,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
}) {
  const label = String(count);
  const labelWidth = 8 + label.length * 7;
  if (height < 18 || width < labelWidth + 4) return null;
  return (
    <g aria-hidden="true">
      <rect
        x={x + width / 2 - labelWidth / 2}
        y={y + height / 2 - 8}
        width={labelWidth}
        height={16}
        rx={3}
        fill="#ffffff"
        fillOpacity={0.92}
      />
      <text
        x={x + width / 2}
        y={y + height / 2}
        dy="0.35em"
        textAnchor="middle"
        className="chart-segment-label"
      >
        {label}
      </text>
    </g>
  );
}
