import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatPlacement } from '../../lib/placement';
import { chartMessages as m } from './chart-messages';
import { formatGap, type GapRow } from './gap-data';
import { TickText, wrapText } from './svg-text';
import { scenarioTopTick } from './scenario-ticks';
import './charts.css';

const CURRENT_COLOR = '#0072B2';
const DESIRED_COLOR = '#D55E00';

type GapChartProps = {
  rows: GapRow[];
  schoolYear: string;
  scenarioName: (level: number) => string | undefined;
};

/**
 * Per theme, the partnership's median current placement (filled dot) and median desired
 * placement (open diamond) on the scenario scale, joined by a bar: the gap. The theme's label
 * states n; a theme without results that year stays an empty row.
 */
export function GapChart({ rows, schoolYear, scenarioName }: GapChartProps) {
  const height = 40 + rows.length * 52;
  return (
    <div className="chart">
      <ComposedChart
        data={rows}
        layout="vertical"
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 48, bottom: 4, left: 0 }}
        accessibilityLayer
        aria-label={m.gapSummary(schoolYear, rows)}
      >
        <CartesianGrid horizontal={false} stroke="#d5d9e0" />
        <XAxis
          type="number"
          domain={[1, 4]}
          ticks={[1, 2, 3, 4]}
          orientation="top"
          height={44}
          tickLine={false}
          stroke="#6b7480"
          tick={scenarioTopTick(scenarioName)}
        />
        <YAxis
          type="category"
          dataKey="code"
          width={210}
          tickLine={false}
          axisLine={false}
          interval={0}
          tick={(props: YAxisTickContentProps) => {
            const row = rows.find((r) => r.code === String(props.payload.value));
            const name = wrapText(row?.name ?? '', 28).slice(0, 2);
            return (
              <TickText
                x={Number(props.x) - 6}
                y={Number(props.y)}
                anchor="end"
                align="centre"
                lines={[
                  ...name.map((text) => ({ text })),
                  { text: m.n(row?.locations ?? 0), className: 'chart-tick__n' },
                ]}
              />
            );
          }}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgb(29 79 145 / 6%)' }}
          content={({ active, label }) => (
            <GapTooltip active={active} row={rows.find((r) => r.code === String(label))} />
          )}
        />
        <Bar
          dataKey="range"
          name={m.gap}
          barSize={12}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => <Dumbbell {...props} />}
        />
      </ComposedChart>
    </div>
  );
}

function Dumbbell(props: BarShapeProps) {
  const { x, y, width, height } = props;
  const row = props.payload as GapRow | undefined;
  if (!row || row.current === null || row.desired === null || !Number.isFinite(x)) return <g />;
  const cy = y + height / 2;
  const left = x;
  const right = x + width;
  const currentX = row.current <= row.desired ? left : right;
  const desiredX = row.current <= row.desired ? right : left;
  const r = 7;
  return (
    <g>
      <line x1={left} y1={cy} x2={right} y2={cy} stroke="#8a939e" strokeWidth={6} />
      <polygon
        points={`${desiredX},${cy - r - 1} ${desiredX + r + 1},${cy} ${desiredX},${cy + r + 1} ${desiredX - r - 1},${cy}`}
        fill="#ffffff"
        stroke={DESIRED_COLOR}
        strokeWidth={2.5}
      />
      <circle cx={currentX} cy={cy} r={r} fill={CURRENT_COLOR} stroke="#ffffff" strokeWidth={1.5} />
      <text x={Math.max(left, right) + 14} y={cy} dy="0.35em" className="chart-segment-label">
        {formatGap(row.medianGap)}
      </text>
    </g>
  );
}

function GapTooltip({ active, row }: { active: boolean | undefined; row: GapRow | undefined }) {
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.name} <span className="chart-tooltip__n">({m.n(row.locations)})</span>
      </p>
      {row.locations === 0 ? (
        <p>{m.noResult}</p>
      ) : (
        <dl className="chart-tooltip__list">
          <div>
            <dt>{m.medianCurrent}</dt>
            <dd>{formatPlacement(row.current)}</dd>
          </div>
          <div>
            <dt>{m.medianDesired}</dt>
            <dd>{formatPlacement(row.desired)}</dd>
          </div>
          <div>
            <dt>{m.gapMedian}</dt>
            <dd>{formatGap(row.medianGap)}</dd>
          </div>
          <div>
            <dt>{m.gapSpread}</dt>
            <dd>
              {formatGap(row.lowGap)} … {formatGap(row.highGap)}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}

/** The key of the gap chart. */
export function GapLegend() {
  return (
    <div className="chart-legend">
      <ul className="chart-legend__list" aria-label={m.legend}>
        <li>
          <svg width="18" height="18" aria-hidden="true" className="chart-legend__swatch">
            <circle cx="9" cy="9" r="6" fill={CURRENT_COLOR} />
          </svg>
          {m.medianCurrent}
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true" className="chart-legend__swatch">
            <polygon
              points="9,2 16,9 9,16 2,9"
              fill="#ffffff"
              stroke={DESIRED_COLOR}
              strokeWidth={2.5}
            />
          </svg>
          {m.medianDesired}
        </li>
        <li>
          <svg width="36" height="18" aria-hidden="true" className="chart-legend__swatch">
            <line x1="2" y1="9" x2="34" y2="9" stroke="#8a939e" strokeWidth={6} />
          </svg>
          {m.gapLegend}
        </li>
      </ul>
    </div>
  );
}
