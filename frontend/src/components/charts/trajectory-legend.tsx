import { chartMessages as m } from './chart-messages';
import { bandColor, dash, medianColor, wholeColor, type MarkerShape } from './chart-palette';
import { Marker } from './marker';
import type { TrajectoryLine } from './trajectory-chart-data';

type TrajectoryLegendProps = {
  lines: TrajectoryLine[];
  /** False where the partnership's desired median is not drawn (e.g. Onze locatie). */
  showDesiredMedian?: boolean;
  /** True when the "partnerschap als geheel" line is drawn. */
  showWhole?: boolean;
};

/** The chart's key in HTML: how huidig/gewenst look, each locatie's colour and marker, the median. */
export function TrajectoryLegend({
  lines,
  showDesiredMedian = true,
  showWhole = false,
}: TrajectoryLegendProps) {
  return (
    <div className="chart-legend">
      <ul className="chart-legend__list" aria-label={m.legend}>
        <li>
          <LineSwatch color="#3d4550" shape="circle" />
          {m.current}
        </li>
        <li>
          <LineSwatch color="#3d4550" shape="circle" dashed={dash.desired} hollow />
          {m.desired}
        </li>
        {lines.map((line) => (
          <li key={line.id}>
            <LineSwatch color={line.color} shape={line.marker} />
            {line.name}
          </li>
        ))}
        <li>
          <LineSwatch color={medianColor} shape="square" width={4} />
          {m.medianCurrent}
        </li>
        {showDesiredMedian ? (
          <li>
            <LineSwatch
              color={medianColor}
              shape="square"
              width={2.5}
              dashed={dash.desiredMedian}
              hollow
            />
            {m.medianDesired}
          </li>
        ) : null}
        <li>
          <svg width="36" height="16" aria-hidden="true" className="chart-legend__swatch">
            <rect x="0" y="2" width="36" height="12" fill={bandColor} fillOpacity={0.22} />
          </svg>
          {m.band}
        </li>
        {showWhole ? (
          <li>
            <LineSwatch color={wholeColor} shape="diamond" dashed={dash.whole} />
            {m.wholePartnershipLine}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

type LineSwatchProps = {
  color: string;
  shape: MarkerShape;
  dashed?: string;
  hollow?: boolean;
  width?: number;
};

function LineSwatch({ color, shape, dashed, hollow = false, width = 2.5 }: LineSwatchProps) {
  return (
    <svg width="36" height="16" aria-hidden="true" className="chart-legend__swatch">
      <line
        x1="0"
        y1="8"
        x2="36"
        y2="8"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dashed}
      />
      <Marker shape={shape} cx={18} cy={8} color={color} hollow={hollow} size={4} />
    </svg>
  );
}
