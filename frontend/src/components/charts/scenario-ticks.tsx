import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { chartMessages as m } from './chart-messages';
import { TickText, wrapText } from './svg-text';

type ScenarioName = (level: number) => string | undefined;

/** "2 Commitment Samen Opleiden" wrapped, the level in bold. */
function scenarioLines(level: number, scenarioName: ScenarioName, max: number) {
  return wrapText(m.scenarioTick(level, scenarioName(level)), max).map((text, i) => ({
    text,
    className: i === 0 ? 'chart-tick__level' : undefined,
  }));
}

/** The four scenarios across the top of a horizontal bar chart, two lines at most each. */
export function scenarioTopTick(scenarioName: ScenarioName) {
  return function ScenarioTopTick({ x, y, payload }: XAxisTickContentProps) {
    const level = Number(payload.value);
    // The last label is anchored at its end so it stays inside the chart.
    return (
      <TickText
        x={Number(x) + (level === 4 ? 4 : 0)}
        y={Number(y) - 30}
        anchor={level === 4 ? 'end' : 'middle'}
        align="below"
        lines={scenarioLines(level, scenarioName, 14).slice(0, 2)}
      />
    );
  };
}

/** The four scenarios down the side of a chart with the scale upright. */
export function scenarioSideTick(scenarioName: ScenarioName) {
  return function ScenarioSideTick({ x, y, payload }: YAxisTickContentProps) {
    return (
      <TickText
        x={Number(x) - 6}
        y={Number(y)}
        anchor="end"
        align="centre"
        lines={scenarioLines(Number(payload.value), scenarioName, 20)}
      />
    );
  };
}
