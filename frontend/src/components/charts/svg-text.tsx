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
