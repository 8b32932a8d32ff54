import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { chartMessages as m } from './chart-messages';
import type { CountRow, CountSeries } from './stacked-count-data';
import { SegmentCount, TickText, wrapText } from './svg-text';
import './charts.css';

type StackedCountChartProps = {
  rows: CountRow[];
  series: CountSeries[];
  /** What a screen reader hears on the chart. */
  summary: string;
  /** The unit of n under each label, e.g. "locaties". */
  nLabel: (n: number) => string;
};

/** Horizontal stacked bars of counts, one per row, with the count printed in each part. */
export function StackedCountChart({ rows, series, summary, nLabel }: StackedCountChartProps) {
  const idPrefix = useId().replace(/:/g, '');
  const height = 48 + rows.length * 48;
  return (
    <div className="chart">
      <svg width="0" height="0" aria-hidden="true" className="chart__defs">
        <defs>
          {series
            .filter((s) => s.hatched)
            .map((s) => (
              <pattern
                key={s.key}
                id={`${idPrefix}-${s.key}`}
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="8" height="8" fill={s.color} />
                <rect width="3" height="8" fill="#ffffff" fillOpacity={0.45} />
              </pattern>
            ))}
        </defs>
      </svg>
      <BarChart
        data={rows}
        layout="vertical"
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        accessibilityLayer
        aria-label={summary}
      >
        <CartesianGrid horizontal={false} stroke="#d5d9e0" />
        <XAxis
          type="number"
          allowDecimals={false}
          tickLine={false}
          stroke="#6b7480"
          tick={{ className: 'chart-tick' }}
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
                    .map((text) => ({ text })),
                  { text: nLabel(row?.n ?? 0), className: 'chart-tick__n' },
                ]}
              />
            );
          }}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgb(29 79 145 / 6%)' }}
          content={({ active, label }) => {
            const row = rows.find((r) => r.key === String(label));
            if (!active || !row) return null;
            return (
              <div className="chart-tooltip">
                <p className="chart-tooltip__title">
                  {row.label} <span className="chart-tooltip__n">({nLabel(row.n)})</span>
                </p>
                <dl className="chart-tooltip__list">
                  {series.map((s) => (
                    <div key={s.key}>
                      <dt>{s.label}</dt>
                      <dd>{row.counts[s.key] ?? 0}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            );
          }}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={(row: CountRow) => row.counts[s.key] ?? 0}
            name={s.label}
            stackId="count"
            fill={s.hatched ? `url(#${idPrefix}-${s.key})` : s.color}
            stroke="#ffffff"
            barSize={22}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => <Segment {...props} seriesKey={s.key} />}
          />
        ))}
      </BarChart>
    </div>
  );
}

function Segment(props: BarShapeProps & { seriesKey: string }) {
  const { x, y, width, height, fill, seriesKey } = props;
  const row = props.payload as CountRow | undefined;
  const count = row?.counts[seriesKey] ?? 0;
  if (!width || width <= 0 || count === 0) return <g />;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={fill} stroke="#ffffff" />
      <SegmentCount x={x} y={y} width={width} height={height} count={count} />
    </g>
  );
}

/** The key of a stacked count chart. */
export function CountLegend({ series }: { series: CountSeries[] }) {
  const idPrefix = useId().replace(/:/g, '');
  return (
    <div className="chart-legend">
      <ul className="chart-legend__list" aria-label={m.legend}>
        {series.map((s) => (
          <li key={s.key}>
            <svg width="18" height="14" aria-hidden="true" className="chart-legend__swatch">
              {s.hatched ? (
                <defs>
                  <pattern
                    id={`${idPrefix}-${s.key}`}
                    width="6"
                    height="6"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect width="6" height="6" fill={s.color} />
                    <rect width="2" height="6" fill="#ffffff" fillOpacity={0.45} />
                  </pattern>
                </defs>
              ) : null}
              <rect
                x="0.5"
                y="0.5"
                width="17"
                height="13"
                rx="2"
                fill={s.hatched ? `url(#${idPrefix}-${s.key})` : s.color}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
