import type { ThemeTrajectory } from '@zet/contracts';
import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type XAxisTickContentProps,
} from 'recharts';
import { formatPlacement } from '../../lib/placement';
import { chartMessages as m } from './chart-messages';
import { bandColor, dash, medianColor, wholeColor, type MarkerShape } from './chart-palette';
import { Marker } from './marker';
import { scenarioSideTick } from './scenario-ticks';
import {
  hasWholePartnership,
  trajectoryLines,
  trajectoryRows,
  type TrajectoryLine,
  type TrajectoryRow,
} from './trajectory-chart-data';
import './charts.css';

type TrajectoryChartProps = {
  trajectory: ThemeTrajectory;
  /** Which locaties get their own lines; the partnership median and band are always shown. */
  selectedLocationIds: readonly string[];
  /** General scenario names by level (1..4), to label the y axis. */
  scenarioName: (level: number) => string | undefined;
  /** Recharts needs an explicit height; the width follows the container. */
  height?: number;
};

const SCENARIO_TICKS = [1, 2, 3, 4];
const Y_AXIS_WIDTH = 168;

/**
 * The trajectory of one theme: x = every school year (a missing year stays a gap), y = scenario
 * 1..4. One solid line per selected locatie (huidig), dashed for gewenst, the partnership median
 * as a thick black line over a grey band with the spread between locaties.
 */
export function TrajectoryChart({
  trajectory,
  selectedLocationIds,
  scenarioName,
  height = 420,
}: TrajectoryChartProps) {
  const rows = useMemo(() => trajectoryRows(trajectory), [trajectory]);
  const lines = trajectoryLines(trajectory, selectedLocationIds);
  const showWhole = hasWholePartnership(trajectory);
  const nByYear = new Map(rows.map((row) => [row.schoolYear, row.locations]));
  const summary = m.trajectorySummary(
    trajectory.theme.name,
    rows.map((row) => ({
      schoolYear: row.schoolYear,
      median: row.median,
      locations: row.locations,
    })),
    lines.length,
  );

  return (
    <div className="trajectory-chart">
      <ComposedChart
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
        accessibilityLayer
        aria-label={summary}
      >
        <CartesianGrid vertical={false} stroke="#d5d9e0" />
        <XAxis
          dataKey="schoolYear"
          interval={0}
          height={48}
          tickLine={false}
          stroke="#6b7480"
          padding={{ left: 24, right: 24 }}
          tick={(props: XAxisTickContentProps) => (
            <YearTick {...props} n={nByYear.get(String(props.payload.value)) ?? 0} />
          )}
        />
        <YAxis
          type="number"
          domain={[1, 4]}
          ticks={SCENARIO_TICKS}
          interval={0}
          width={Y_AXIS_WIDTH}
          tickLine={false}
          axisLine={false}
          tick={scenarioSideTick(scenarioName)}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ stroke: '#6b7480', strokeDasharray: '3 3' }}
          content={({ active, label }) => (
            <TrajectoryTooltip
              active={active}
              label={label}
              rows={rows}
              lines={lines}
              showWhole={showWhole}
            />
          )}
        />
        <Area
          dataKey={(row: TrajectoryRow) => row.band}
          name={m.band}
          stroke="none"
          fill={bandColor}
          fillOpacity={0.22}
          connectNulls={false}
          activeDot={false}
          isAnimationActive={false}
          tooltipType="none"
        />
        <Line
          dataKey="median"
          name={m.medianCurrent}
          stroke={medianColor}
          strokeWidth={4}
          connectNulls={false}
          dot={markerDot('square', medianColor, false, 5)}
          activeDot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="desiredMedian"
          name={m.medianDesired}
          stroke={medianColor}
          strokeWidth={2.5}
          strokeDasharray={dash.desiredMedian}
          connectNulls={false}
          dot={markerDot('square', medianColor, true, 4)}
          activeDot={false}
          isAnimationActive={false}
        />
        {showWhole ? (
          <Line
            dataKey={(row: TrajectoryRow) => row.whole?.current ?? null}
            name={m.wholePartnershipLine}
            stroke={wholeColor}
            strokeWidth={2.5}
            strokeDasharray={dash.whole}
            connectNulls={false}
            dot={markerDot('diamond', wholeColor, false, 4.5)}
            activeDot={false}
            isAnimationActive={false}
          />
        ) : null}
        {lines.flatMap((line) => [
          <Line
            key={`current-${line.id}`}
            dataKey={(row: TrajectoryRow) => row.byLocation[line.id]?.current ?? null}
            name={`${line.name} – ${m.current}`}
            stroke={line.color}
            strokeWidth={2.5}
            connectNulls={false}
            dot={markerDot(line.marker, line.color, false)}
            activeDot={false}
            isAnimationActive={false}
          />,
          <Line
            key={`desired-${line.id}`}
            dataKey={(row: TrajectoryRow) => row.byLocation[line.id]?.desired ?? null}
            name={`${line.name} – ${m.desired}`}
            stroke={line.color}
            strokeWidth={2}
            strokeDasharray={dash.desired}
            connectNulls={false}
            dot={markerDot(line.marker, line.color, true)}
            activeDot={false}
            isAnimationActive={false}
          />,
        ])}
      </ComposedChart>
    </div>
  );
}

function markerDot(shape: MarkerShape, color: string, hollow: boolean, size = 4.5) {
  return function renderDot({ cx, cy, index }: DotItemDotProps) {
    if (typeof cx !== 'number' || typeof cy !== 'number') return <g key={index} />;
    return (
      <g key={index}>
        <Marker shape={shape} cx={cx} cy={cy} color={color} hollow={hollow} size={size} />
      </g>
    );
  };
}

function YearTick({ x, y, payload, n }: XAxisTickContentProps & { n: number }) {
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" className="chart-tick">
      <tspan x={Number(x)} dy="0.9em">
        {String(payload.value)}
      </tspan>
      <tspan x={Number(x)} dy="1.35em" className="chart-tick__n">
        {m.n(n)}
      </tspan>
    </text>
  );
}

type TrajectoryTooltipProps = {
  active: boolean | undefined;
  label: string | number | undefined;
  rows: TrajectoryRow[];
  lines: TrajectoryLine[];
  showWhole: boolean;
};

function TrajectoryTooltip({ active, label, rows, lines, showWhole }: TrajectoryTooltipProps) {
  if (!active || label === undefined) return null;
  const row = rows.find((r) => r.schoolYear === String(label));
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.schoolYear} <span className="chart-tooltip__n">({m.n(row.locations)})</span>
      </p>
      <dl className="chart-tooltip__list">
        <div>
          <dt>{m.median}</dt>
          <dd>
            {row.median === null && row.desiredMedian === null
              ? m.noResult
              : `${m.current} ${formatPlacement(row.median)} · ${m.desired} ${formatPlacement(row.desiredMedian)}`}
          </dd>
        </div>
        {row.low !== null && row.high !== null ? (
          <div>
            <dt>{m.spread}</dt>
            <dd>{`${formatPlacement(row.low)}–${formatPlacement(row.high)}`}</dd>
          </div>
        ) : null}
        {showWhole ? (
          <div>
            <dt>{m.wholePartnership}</dt>
            <dd>
              {!row.whole || (row.whole.current === null && row.whole.desired === null)
                ? m.noResult
                : `${m.current} ${formatPlacement(row.whole.current)} · ${m.desired} ${formatPlacement(row.whole.desired)}`}
            </dd>
          </div>
        ) : null}
        {lines.map((line) => {
          const result = row.byLocation[line.id];
          return (
            <div key={line.id}>
              <dt>
                <svg width="14" height="14" aria-hidden="true" className="chart-tooltip__swatch">
                  <Marker shape={line.marker} cx={7} cy={7} color={line.color} size={4} />
                </svg>
                {line.name}
              </dt>
              <dd>
                {!result || (result.current === null && result.desired === null)
                  ? m.noResult
                  : `${m.current} ${formatPlacement(result.current)} · ${m.desired} ${formatPlacement(
                      result.desired,
                    )}${
                      result.groups > 1
                        ? ` · ${m.groups(result.groups)}, ${m.cellSpread(result.currentLow, result.currentHigh)}`
                        : ''
                    }`}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
