import type { PdcaPhaseCode } from '@zet/contracts';
import { compareSchoolYearsDesc } from '../../../lib/dates';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { useCycles } from '../api/get-cycles';
import { partnershipMessages as m } from '../messages';

type CycleSummaryProps = {
  partnershipId: string;
  /** Names of the PDCA phases from the content; the codes' Dutch defaults otherwise. */
  phaseName?: (code: PdcaPhaseCode) => string;
};

/** The newest school year of the partnership and the PDCA phase it is in. */
export function CycleSummary({ partnershipId, phaseName }: CycleSummaryProps) {
  const cycles = useCycles(partnershipId);
  return (
    <QueryView
      query={cycles}
      loading={<Skeleton lines={2} />}
      isEmpty={(items) => items.length === 0}
      empty={
        <EmptyState title={m.cyclesEmpty}>
          <p>{m.cyclesEmptyHelp}</p>
        </EmptyState>
      }
    >
      {(items) => {
        const [current, ...earlier] = [...items].sort((a, b) =>
          compareSchoolYearsDesc(a.schoolYear, b.schoolYear),
        );
        if (!current) return null;
        return (
          <>
            <dl className="facts">
              <div>
                <dt className="nowrap">{m.cycleCurrent(current.schoolYear)}</dt>
                <dd>
                  {m.cyclePhase}: {phaseName?.(current.pdcaPhase) ?? m.pdcaPhase[current.pdcaPhase]}
                </dd>
              </div>
            </dl>
            {earlier.length > 0 ? (
              <p className="muted small">
                {m.cycleEarlier}{' '}
                {earlier.map((cycle, index) => (
                  <span key={cycle.id}>
                    {index > 0 ? ', ' : null}
                    <span className="nowrap">{cycle.schoolYear}</span>
                  </span>
                ))}
              </p>
            ) : null}
          </>
        );
      }}
    </QueryView>
  );
}
