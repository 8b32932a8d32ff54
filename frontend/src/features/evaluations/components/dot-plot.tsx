import { seriesColors } from '../../../components/charts/chart-palette';
import { formatPlacement, describePlacement } from '../../../lib/placement';
import { evaluationMessages } from '../messages';
import { countPlacements, scalePosition } from '../utils/dot-plot';

const m = evaluationMessages.live;
const WIDTH = 1000;
const PER_ROW = 4;
const GAP = 28;
const RADIUS = 11;
const NOW_COLOR = seriesColors[0];
const DESIRED_COLOR = seriesColors[1];

type DotPlotProps = { placements: readonly { current: number; desired: number | null }[] };

/**
 * Everyone's own placement as one dot, anonymous: filled for now, hollow for desired, on the
 * same scale as the scenario columns above it. A table gives the same counts in words.
 */
export function DotPlot({ placements }: DotPlotProps) {
  const columns = countPlacements(placements);
  const rowsFor = (n: number) => Math.max(1, Math.ceil(n / PER_ROW));
  const bandHeight = (key: 'current' | 'desired') =>
    Math.max(...columns.map((c) => rowsFor(c[key]))) * GAP + 24;
  const nowHeight = bandHeight('current');
  const desiredHeight = bandHeight('desired');
  const axisY = nowHeight + desiredHeight + 8;
  const height = axisY + 34;

  const dots = (key: 'current' | 'desired', top: number, band: number) =>
    columns.flatMap((column) => {
      const cx0 = scalePosition(column.value) * WIDTH;
      const n = column[key];
      return Array.from({ length: n }, (_, i) => {
        const row = Math.floor(i / PER_ROW);
        const inRow = Math.min(PER_ROW, n - row * PER_ROW);
        const col = i % PER_ROW;
        const cx = cx0 + (col - (inRow - 1) / 2) * GAP;
        const cy = top + band - 16 - row * GAP;
        return key === 'current' ? (
          <circle key={`${key}-${column.value}-${i}`} cx={cx} cy={cy} r={RADIUS} fill={NOW_COLOR} />
        ) : (
          <circle
            key={`${key}-${column.value}-${i}`}
            cx={cx}
            cy={cy}
            r={RADIUS - 1.5}
            fill="#ffffff"
            stroke={DESIRED_COLOR}
            strokeWidth={3}
          />
        );
      });
    });

  return (
    <figure className="dot-plot">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="dot-plot__svg"
        role="img"
        aria-label={`${m.dotPlot}: ${m.dotPlotCaption(placements.length)}`}
      >
        {[250, 500, 750].map((x) => (
          <line key={x} x1={x} x2={x} y1={0} y2={axisY} stroke="#d3d8df" strokeDasharray="4 6" />
        ))}
        <line x1={0} x2={WIDTH} y1={nowHeight} y2={nowHeight} stroke="#d3d8df" />
        <text x={6} y={22} className="dot-plot__band" fill={NOW_COLOR}>
          {m.now}
        </text>
        <text x={6} y={nowHeight + 22} className="dot-plot__band" fill={DESIRED_COLOR}>
          {m.desired}
        </text>
        {dots('current', 0, nowHeight)}
        {dots('desired', nowHeight, desiredHeight)}
        <line x1={0} x2={WIDTH} y1={axisY} y2={axisY} stroke="#4a5360" strokeWidth={2} />
        {columns.map((column) => (
          <text
            key={column.value}
            x={scalePosition(column.value) * WIDTH}
            y={axisY + 26}
            textAnchor="middle"
            className="dot-plot__tick"
          >
            {formatPlacement(column.value)}
          </text>
        ))}
      </svg>
      <figcaption className="dot-plot__caption">{m.dotPlotCaption(placements.length)}</figcaption>
      <table className="visually-hidden">
        <caption>{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.tablePlacement}</th>
            <th scope="col">{m.now}</th>
            <th scope="col">{m.desired}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.value}>
              <th scope="row">{describePlacement(column.value)}</th>
              <td>{column.current}</td>
              <td>{column.desired}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
