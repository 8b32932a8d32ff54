import { useParams } from 'react-router';
import { ErrorState, Skeleton } from '../../components/ui/query-states';
import { useContentOverview } from '../../features/content/api/get-content-overview';
import {
  DevelopmentPage,
  type DevelopmentContent,
} from '../../features/dashboards/components/development-page';
import { useLocations } from '../../features/partnerships/api/get-locations';

/** Ontwikkeling: the dashboards feature, fed with the content's themes and the partnership's locaties. */
export function DevelopmentRoute() {
  const { partnershipId = '' } = useParams();
  const content = useContentOverview();
  const locations = useLocations(partnershipId);

  let labels: DevelopmentContent | undefined;
  if (content.data) {
    const domainName = new Map(content.data.domains.map((d) => [d.code, d.name]));
    const scenarioName = new Map(content.data.scenarios.map((s) => [s.level, s.name]));
    labels = {
      themes: content.data.themes.map((theme) => ({
        code: theme.code,
        name: theme.name,
        group: domainName.get(theme.domain) ?? theme.domain,
      })),
      scenarioName: (level) => scenarioName.get(level),
    };
  }

  return (
    <DevelopmentPage
      partnershipId={partnershipId}
      content={labels}
      contentFallback={
        content.isError ? (
          <ErrorState
            error={content.error}
            onRetry={() => void content.refetch()}
            retrying={content.isFetching}
          />
        ) : (
          <Skeleton lines={10} />
        )
      }
      locations={locations.data}
    />
  );
}
