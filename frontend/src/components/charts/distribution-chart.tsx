import { useId, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type XAxisTickContentProps,
} from 'recharts';
import { formatPlacement } from '../../lib/placement';
import { chartMessages as m } from './chart-messages';
import { distributionRows, type DistributionRow } from './distribution-data';
import { ScalePatterns } from './scale-patterns';
import { scaleKey, scenarioFill, SCALE_POINTS } from './scenario-scale';
import { SegmentCount, TickText } from './svg-text';
import './charts.css';

type DistributionChartProps = {
  /** What the bars are about, for the summary a screen reader hears (e.g. the waarborg). */
  subject: string;
  years: Parameters<typeof distributionRows>[0];
  height?: number;
};

/**
 * The distribution of (locatie, theme) results over the scale per school year, as 100% stacked
 * bars from scenario 1 (bottom) to 4 (top), with the count printed in each part. Under each year:
 * n and the median. A year without results has no bar.
 */
export function DistributionChart({ subject, years, height = 340 }: DistributionChartProps) {
  const idPrefix = useId().replace(/:/g, '');
  const rows = useMemo(() => distributionRows(years), [years]);
  const byYear = new Map(rows.map((row) => [row.schoolYear, row]));
  const summary = m.distributionSummary(subject, rows);

  return (
    <div className="chart">
      <svg width="0" height="0" aria-hidden="true" className="chart__defs">
        <ScalePatterns idPrefix={idPrefix} />
      </svg>
      <BarChart
        data={rows}
        stackOffset="expand"
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
        accessibilityLayer
        aria-label={summary}
      >
        <CartesianGrid vertical={false} stroke="#d5d9e0" />
        <XAxis
          dataKey="schoolYear"
          interval={0}
          height={62}
          tickLine={false}
          stroke="#6b7480"
          tick={(props: XAxisTickContentProps) => {
            const row = byYear.get(String(props.payload.value));
            return (
              <TickText
                x={Number(props.x)}
                y={Number(props.y)}
                anchor="middle"
                align="below"
                lines={[
                  { text: String(props.payload.value) },
                  { text: m.nResults(row?.results ?? 0), className: 'chart-tick__n' },
                  {
                    text: row?.median == null ? m.noResult : m.medianShort(row.median),
                    className: 'chart-tick__n',
                  },
                ]}
              />
            );
          }}
        />
        <YAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(value: number) => `${Math.round(value * 100)}%`}
          width={48}
          tickLine={false}
          axisLine={false}
          tick={{ className: 'chart-tick' }}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgb(29 79 145 / 8%)' }}
          content={({ active, label }) => (
            <DistributionTooltip active={active} row={byYear.get(String(label))} />
          )}
        />
        {SCALE_POINTS.map((point) => (
          <Bar
            key={point}
            dataKey={(row: DistributionRow) => row.counts[scaleKey(point)] ?? 0}
            name={m.scalePoint(point)}
            stackId="scale"
            fill={scenarioFill(point, idPrefix)}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
            maxBarSize={88}
            shape={(props: BarShapeProps) => <CountSegment {...props} point={point} />}
          />
        ))}
      </BarChart>
    </div>
  );
}

/** A bar segment with its count printed on a white label when there is room. */
function CountSegment(props: BarShapeProps & { point: number }) {
  const { x, y, width, height, fill, stroke, point } = props;
  const row = props.payload as DistributionRow | undefined;
  const count = row?.counts[scaleKey(point)] ?? 0;
  if (!height || height <= 0 || count === 0) return <g />;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={fill} stroke={stroke} />
      <SegmentCount x={x} y={y} width={width} height={height} count={count} />
    </g>
  );
}

function DistributionTooltip({
  active,
  row,
}: {
  active: boolean | undefined;
  row: DistributionRow | undefined;
}) {
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.schoolYear}{' '}
        <span className="chart-tooltip__n">
          ({m.nResults(row.results)}, {m.nLocations(row.locations)})
        </span>
      </p>
      {row.results === 0 ? (
        <p>{m.noResult}</p>
      ) : (
        <dl className="chart-tooltip__list">
          {[...SCALE_POINTS].reverse().map((point) => (
            <div key={point}>
              <dt>{m.scalePoint(point)}</dt>
              <dd>{row.counts[scaleKey(point)] ?? 0}</dd>
            </div>
          ))}
          <div>
            <dt>{m.median}</dt>
            <dd>
              {m.current} {formatPlacement(row.median)} · {m.desired}{' '}
              {formatPlacement(row.desiredMedian)}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}
