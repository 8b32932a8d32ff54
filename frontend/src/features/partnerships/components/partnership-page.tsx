import type { PdcaPhaseCode } from '@zet/contracts';
import type { ReactNode } from 'react';
import { ChipGroup } from '../../../components/ui/chip-group';
import { PageHeading } from '../../../components/ui/page-heading';
import { ErrorState, Skeleton } from '../../../components/ui/query-states';
import { usePartnership } from '../api/get-partnership';
import { partnershipMessages as m } from '../messages';
import { CycleSummary } from './cycle-summary';
import { LocationList } from './location-list';
import { PartnershipSettings } from './partnership-settings';
import './partnerships.css';

type PartnershipPageProps = {
  partnershipId: string;
  phaseName?: (code: PdcaPhaseCode) => string;
  /** The evaluations of the partnership, composed in by the app. */
  evaluations: ReactNode;
  /** Whether the viewer may change how results are shared (the programmaleider). */
  canManageSettings?: boolean;
};

/** Partnerschap: vision, the current cycle, the locaties, and the evaluations per schooljaar. */
export function PartnershipPage({
  partnershipId,
  phaseName,
  evaluations,
  canManageSettings = false,
}: PartnershipPageProps) {
  const partnership = usePartnership(partnershipId);

  return (
    <>
      <PageHeading documentTitle={partnership.data?.name ?? m.partnershipTitle}>
        {m.partnershipTitle}
      </PageHeading>
      {partnership.isPending ? (
        <Skeleton lines={3} />
      ) : partnership.isError && !partnership.data ? (
        <ErrorState
          error={partnership.error}
          onRetry={() => void partnership.refetch()}
          retrying={partnership.isFetching}
        />
      ) : (
        <>
          <p className="page-lead page-lead--name">{partnership.data.name}</p>
          <section aria-labelledby="vision" className="panel partnership-vision">
            <h2 id="vision">{m.vision}</h2>
            {partnership.data.vision ? (
              <p className="vision">{partnership.data.vision}</p>
            ) : (
              <p className="muted">{m.visionMissing}</p>
            )}
            <ChipGroup
              label={m.coreConcepts}
              items={partnership.data.coreConcepts.map((concept) => ({
                key: concept,
                label: concept,
              }))}
            />
          </section>
          <div className="partnership-grid">
            <div className="partnership-grid__side">
              <section aria-labelledby="cycle" className="panel">
                <h2 id="cycle">{m.cycleTitle}</h2>
                <CycleSummary partnershipId={partnershipId} phaseName={phaseName} />
              </section>
              <section aria-labelledby="locations" className="panel">
                <h2 id="locations">{m.locationsTitle}</h2>
                <LocationList partnershipId={partnershipId} />
              </section>
              {canManageSettings ? (
                <section aria-labelledby="settings" className="panel">
                  <h2 id="settings">{m.settingsTitle}</h2>
                  <PartnershipSettings partnership={partnership.data} />
                </section>
              ) : null}
            </div>
            <div className="partnership-grid__main">{evaluations}</div>
          </div>
        </>
      )}
    </>
  );
}
