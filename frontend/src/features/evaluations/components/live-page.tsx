import type { Finding, FindingKind, ThemeSessionCapture } from '@zet/contracts';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { describePlacement, formatPlacement } from '../../../lib/placement';
import { useThemeSession } from '../api/get-theme-session';
import { evaluationMessages } from '../messages';
import { everyonePlaced, scalePosition } from '../utils/dot-plot';
import { evaluationPaths } from '../utils/evaluation-paths';
import { scenarioName, type EvaluationLabels } from '../utils/labels';
import { presenceTotals } from '../utils/perspectives';
import { DotPlot } from './dot-plot';
import '../../../components/ui/forms.css';
import './live.css';

const m = evaluationMessages.live;
const POLL_MS = 2000;
const clock = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'medium' });

type LivePageProps = {
  partnershipId: string;
  evaluationId: string;
  sessionId: string;
  labels: EvaluationLabels | undefined;
  /** The theme's own description of each scenario; undefined while loading. */
  scenarioDescriptions: { level: number; description: string }[] | undefined;
};

/**
 * The projector view of one theme session: the four scenarios side by side, the group's
 * placement, the points as they are typed, and the individual placements as anonymous dots.
 */
export function LivePage({
  partnershipId,
  evaluationId,
  sessionId,
  labels,
  scenarioDescriptions,
}: LivePageProps) {
  const session = useThemeSession(partnershipId, evaluationId, sessionId, { pollMs: POLL_MS });
  const back = evaluationPaths.capture(partnershipId, evaluationId, sessionId);

  return (
    <div className="live" data-testid="live-view">
      {session.isPending ? (
        <Skeleton lines={8} />
      ) : session.isError && session.data === undefined ? (
        <>
          <PageHeading>{m.title('')}</PageHeading>
          <ErrorState error={session.error} onRetry={() => void session.refetch()} />
          <Link to={back}>{m.close}</Link>
        </>
      ) : (
        <LiveContent
          doc={session.data}
          updatedAt={session.dataUpdatedAt}
          stale={session.isError}
          back={back}
          labels={labels}
          scenarioDescriptions={scenarioDescriptions}
        />
      )}
    </div>
  );
}

function LiveContent({
  doc,
  updatedAt,
  stale,
  back,
  labels,
  scenarioDescriptions,
}: {
  doc: ThemeSessionCapture;
  updatedAt: number;
  stale: boolean;
  back: string;
  labels: EvaluationLabels | undefined;
  scenarioDescriptions: { level: number; description: string }[] | undefined;
}) {
  const [expanded, setExpanded] = useState(false);
  const present = presenceTotals(doc.participants).total;
  const placed = doc.individualPlacements.length;
  const heading = doc.groupLabel ? `${doc.themeName} (${doc.groupLabel})` : doc.themeName;

  return (
    <>
      <header className="live__header">
        <PageHeading documentTitle={m.title(heading)}>{heading}</PageHeading>
        <div className="live__tools">
          <p className={`live__updated${stale ? ' live__updated--stale' : ''}`}>
            {stale ? m.stale : m.updatedAt(clock.format(new Date(updatedAt)))}
            <span className="visually-hidden"> ({m.polling})</span>
          </p>
          <FullscreenButton />
          <Link to={back} className="button button--secondary button--small">
            {m.close}
          </Link>
        </div>
      </header>

      <section aria-labelledby="live-scenarios" className="live__scenarios">
        <h2 id="live-scenarios" className="visually-hidden">
          {m.scenarios}
        </h2>
        <ol className={`live-scenarios${expanded ? ' is-expanded' : ''}`}>
          {[1, 2, 3, 4].map((level) => {
            const isNow = doc.currentPlacement === level;
            const isDesired = doc.desiredPlacement === level;
            return (
              <li
                key={level}
                className={`live-scenario${isNow ? ' is-now' : ''}${isDesired ? ' is-desired' : ''}`}
              >
                <p className="live-scenario__number">{level}</p>
                <p className="live-scenario__name">{scenarioName(labels, level)}</p>
                <p className="live-scenario__text">
                  {scenarioDescriptions?.find((s) => s.level === level)?.description}
                </p>
              </li>
            );
          })}
        </ol>
        {scenarioDescriptions ? (
          <button
            type="button"
            className="live__toggle"
            aria-pressed={expanded}
            onClick={() => setExpanded((value) => !value)}
          >
            {m.fullDescriptions}
          </button>
        ) : null}
        <GroupScale current={doc.currentPlacement} desired={doc.desiredPlacement} />
      </section>

      <section aria-labelledby="live-dots" className="live__dots">
        <h2 id="live-dots">{m.dotPlot}</h2>
        {placed === 0 ? (
          <p className="live__waiting">{m.dotPlotNone}</p>
        ) : everyonePlaced(placed, present) ? (
          <DotPlot placements={doc.individualPlacements} />
        ) : (
          <p className="live__waiting">{m.dotPlotWaiting(placed, present)}</p>
        )}
      </section>

      <div className="live__findings">
        <LiveFindings kind="strength" findings={doc.findings} />
        <LiveFindings kind="development" findings={doc.findings} />
      </div>
    </>
  );
}

/** The group's placement as markers on one scale under the four scenario columns. */
function GroupScale({ current, desired }: { current: number | null; desired: number | null }) {
  if (current === null && desired === null) {
    return <p className="live__waiting">{m.noGroupPlacement}</p>;
  }
  const marker = (value: number | null, kind: 'now' | 'desired', label: string) =>
    value === null ? null : (
      <li
        className={`scale-marker scale-marker--${kind}`}
        style={{ left: `${scalePosition(value) * 100}%` }}
      >
        <span className="scale-marker__label">
          {label} {formatPlacement(value)}
        </span>
        <span className="visually-hidden">: {describePlacement(value)}</span>
      </li>
    );
  return (
    <div className="group-scale">
      <h3 className="visually-hidden">{m.groupPlacement}</h3>
      <ul className="group-scale__track">
        {marker(current, 'now', m.now)}
        {marker(desired, 'desired', m.desired)}
      </ul>
    </div>
  );
}

function LiveFindings({ kind, findings }: { kind: FindingKind; findings: Finding[] }) {
  const items = findings.filter((f) => f.kind === kind);
  const title = evaluationMessages.findingKinds[kind];
  return (
    <section aria-labelledby={`live-${kind}`} className={`live-findings live-findings--${kind}`}>
      <h2 id={`live-${kind}`}>{title}</h2>
      {items.length === 0 ? (
        <p className="live__waiting">{m.findingsEmpty}</p>
      ) : (
        <ul>
          {items.map((finding) => (
            <li key={finding.id}>{finding.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Fills the projector with this view, where the browser allows it. */
function FullscreenButton() {
  const [active, setActive] = useState(false);
  const [supported] = useState(() => typeof document !== 'undefined' && document.fullscreenEnabled);
  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  if (!supported) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.querySelector('.live')?.requestFullscreen();
  };
  return (
    <button type="button" className="button button--secondary button--small" onClick={toggle}>
      {active ? m.exitFullscreen : m.fullscreen}
    </button>
  );
}
