import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatPlacement, formatSpread } from '../../lib/placement';
import { chartMessages as m } from './chart-messages';
import { formatGap } from './gap-data';
import type { RoleRow } from './role-perspective-data';
import { TickText, wrapText } from './svg-text';
import { scenarioTopTick } from './scenario-ticks';
import './charts.css';

const ROLE_COLOR = '#0072B2';
const SIDE_COLOR = '#CC79A7';
const ALL_COLOR = '#3d4550';
const GROUP_COLOR = '#D55E00';

type RolePerspectiveChartProps = {
  rows: RoleRow[];
  groupPlacement: number | null;
  /** What a screen reader hears first, e.g. the theme. */
  subject: string;
  scenarioName: (level: number) => string | undefined;
};

/**
 * How each role placed itself individually: a line from the lowest to the highest placement with
 * the median as a dot, against the group's placement as a dashed vertical line. Rows name n.
 */
export function RolePerspectiveChart({
  rows,
  groupPlacement,
  subject,
  scenarioName,
}: RolePerspectiveChartProps) {
  const height = 56 + rows.length * 46;
  return (
    <div className="chart">
      <ComposedChart
        data={rows}
        layout="vertical"
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 56, bottom: 4, left: 0 }}
        accessibilityLayer
        aria-label={m.roleSummary(subject, groupPlacement, rows)}
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
          dataKey="key"
          width={210}
          interval={0}
          tickLine={false}
          axisLine={false}
          tick={(props: YAxisTickContentProps) => {
            const row = rows.find((r) => r.key === String(props.payload.value));
            return (
              <TickText
                x={Number(props.x) - 6}
                y={Number(props.y)}
                anchor="end"
                align="centre"
                lines={[
                  ...wrapText(row?.label ?? '', 28)
                    .slice(0, 2)
                    .map((text) => ({
                      text,
                      className: row?.kind === 'role' ? undefined : 'chart-tick__level',
                    })),
                  { text: m.nParticipants(row?.participants ?? 0), className: 'chart-tick__n' },
                ]}
              />
            );
          }}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgb(29 79 145 / 6%)' }}
          content={({ active, label }) => (
            <RoleTooltip active={active} row={rows.find((r) => r.key === String(label))} />
          )}
        />
        {groupPlacement !== null ? (
          <ReferenceLine
            x={groupPlacement}
            stroke={GROUP_COLOR}
            strokeWidth={2.5}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
          />
        ) : null}
        <Bar
          dataKey="range"
          name={m.roleRange}
          barSize={10}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => <RangeWithMedian {...props} />}
        />
      </ComposedChart>
    </div>
  );
}

function RangeWithMedian(props: BarShapeProps) {
  const { x, y, width, height } = props;
  const row = props.payload as RoleRow | undefined;
  if (!row || !Number.isFinite(x)) return <g />;
  const cy = y + height / 2;
  const span = row.high - row.low;
  const mx = span > 0 ? x + (width * (row.median - row.low)) / span : x;
  const color = row.kind === 'role' ? ROLE_COLOR : row.kind === 'side' ? SIDE_COLOR : ALL_COLOR;
  return (
    <g>
      <line
        x1={x}
        y1={cy}
        x2={x + width}
        y2={cy}
        stroke={color}
        strokeWidth={4}
        strokeOpacity={0.5}
      />
      <line x1={x} y1={cy - 7} x2={x} y2={cy + 7} stroke={color} strokeWidth={2} />
      <line x1={x + width} y1={cy - 7} x2={x + width} y2={cy + 7} stroke={color} strokeWidth={2} />
      {row.kind === 'side' ? (
        <rect x={mx - 6} y={cy - 6} width={12} height={12} fill={color} stroke="#ffffff" />
      ) : (
        <circle cx={mx} cy={cy} r={7} fill={color} stroke="#ffffff" strokeWidth={1.5} />
      )}
      {row.gapToGroup !== null ? (
        <text x={x + width + 14} y={cy} dy="0.35em" className="chart-segment-label">
          {formatGap(row.gapToGroup)}
        </text>
      ) : null}
    </g>
  );
}

function RoleTooltip({ active, row }: { active: boolean | undefined; row: RoleRow | undefined }) {
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.label} <span className="chart-tooltip__n">({m.nParticipants(row.participants)})</span>
      </p>
      <dl className="chart-tooltip__list">
        <div>
          <dt>{m.roleMedian}</dt>
          <dd>{formatPlacement(row.median)}</dd>
        </div>
        <div>
          <dt>{m.roleRange}</dt>
          <dd>{formatSpread(row.low, row.high)}</dd>
        </div>
        {row.gapToGroup !== null ? (
          <div>
            <dt>{m.roleGap}</dt>
            <dd>{formatGap(row.gapToGroup)}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}

/** The key of the role chart. */
export function RoleLegend() {
  return (
    <div className="chart-legend">
      <ul className="chart-legend__list" aria-label={m.legend}>
        <li>
          <svg width="36" height="18" aria-hidden="true" className="chart-legend__swatch">
            <line
              x1="2"
              y1="9"
              x2="34"
              y2="9"
              stroke={ROLE_COLOR}
              strokeWidth={4}
              strokeOpacity={0.5}
            />
            <circle cx="18" cy="9" r="6" fill={ROLE_COLOR} />
          </svg>
          {m.roleLegendRole}
        </li>
        <li>
          <svg width="36" height="18" aria-hidden="true" className="chart-legend__swatch">
            <line
              x1="2"
              y1="9"
              x2="34"
              y2="9"
              stroke={SIDE_COLOR}
              strokeWidth={4}
              strokeOpacity={0.5}
            />
            <rect x="12" y="3" width="12" height="12" fill={SIDE_COLOR} />
          </svg>
          {m.roleLegendSide}
        </li>
        <li>
          <svg width="36" height="18" aria-hidden="true" className="chart-legend__swatch">
            <line
              x1="18"
              y1="0"
              x2="18"
              y2="18"
              stroke={GROUP_COLOR}
              strokeWidth={2.5}
              strokeDasharray="4 3"
            />
          </svg>
          {m.roleLegendGroup}
        </li>
      </ul>
    </div>
  );
}
