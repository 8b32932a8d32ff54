import { useContentOverview } from '../../features/content/api/get-content-overview';
import type { EvaluationLabels } from '../../features/evaluations/utils/labels';

/** The content's roles, scenarios and themes, as the evaluation pages label their data. */
export function useEvaluationLabels(): EvaluationLabels | undefined {
  const content = useContentOverview();
  if (!content.data) return undefined;
  return {
    roles: content.data.roles,
    scenarios: content.data.scenarios.map(({ level, name }) => ({ level, name })),
    themes: content.data.themes.map(({ code, name }) => ({ code, name })),
    contentVersions: content.data.versions.map(({ id, name, current }) => ({ id, name, current })),
  };
}
