import { useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { useContentOverview } from '../../features/content/api/get-content-overview';
import { EvaluationList } from '../../features/evaluations/components/evaluation-list';
import { ImportLink } from '../../features/imports/components/import-link';
import { useCycles } from '../../features/partnerships/api/get-cycles';
import { useLocations } from '../../features/partnerships/api/get-locations';
import { PartnershipPage } from '../../features/partnerships/components/partnership-page';
import { compareSchoolYearsDesc } from '../../lib/dates';

/** Partnerschap: the partnership page with its evaluations, labelled with the content's names. */
export function PartnershipRoute() {
  const { partnershipId = '' } = useParams();
  const content = useContentOverview();
  const cycles = useCycles(partnershipId);
  const locations = useLocations(partnershipId);
  const me = useMe();
  const roles = me.data?.memberships.find((m) => m.partnershipId === partnershipId)?.roles ?? [];
  const canPlan = roles.includes('programmaleider') || roles.includes('locatiecoordinator');
  const canImport = roles.includes('programmaleider');

  const themeNames = new Map(content.data?.themes.map((t) => [t.code, t.name]));
  const phaseNames = new Map(content.data?.pdcaPhases.map((p) => [p.code, p.name]));
  const schoolYears = (cycles.data ?? [])
    .map((cycle) => cycle.schoolYear)
    .sort(compareSchoolYearsDesc);

  return (
    <PartnershipPage
      partnershipId={partnershipId}
      phaseName={(code) => phaseNames.get(code) ?? code}
      canManageSettings={roles.includes('programmaleider')}
      evaluations={
        <>
          <EvaluationList
            partnershipId={partnershipId}
            schoolYears={schoolYears}
            locations={(locations.data ?? []).map(({ id, name }) => ({ id, name }))}
            themeName={(code) => themeNames.get(code) ?? code}
            canPlan={canPlan}
          />
          {canImport ? <ImportLink partnershipId={partnershipId} /> : null}
        </>
      }
    />
  );
}
