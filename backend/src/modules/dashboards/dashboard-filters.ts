import type { AppliedFilters, DashboardFilters } from '@zet/contracts';
import { badRequest, notFound } from '../../common/dutch-exceptions';
import type { DashboardContent } from './dashboard-content';
import type { SqlFilters } from './dashboard.queries';

export type ResolvedFilters = {
  sql: SqlFilters;
  /** Echoed in responses; `schoolYears` is filled in once the years in view are known. */
  applied: Omit<AppliedFilters, 'schoolYears'>;
};

export const unknownTheme = () =>
  notFound('Dit thema bestaat niet in de huidige versie van de ZET.');
export const unknownSafeguard = () =>
  notFound('Deze waarborg bestaat niet in het kwaliteitskader.');

/**
 * Turns the query-string filters into SQL parameters. Theme and waarborg both narrow the themes
 * (a theme outside the waarborg leaves nothing). A locatie user may only narrow to locaties they
 * may see by name: narrowing to another locatie would turn "the partnership" into that locatie.
 */
export function resolveFilters(
  input: DashboardFilters,
  context: { partnershipId: string; named: readonly string[] | 'all'; content: DashboardContent },
): ResolvedFilters {
  const { content } = context;
  let themeCodes: string[] | null = null;
  if (input.theme !== undefined) {
    if (!content.theme(input.theme)) throw unknownTheme();
    themeCodes = [input.theme];
  }
  if (input.safeguard !== undefined) {
    if (!content.safeguard(input.safeguard)) throw unknownSafeguard();
    const linked = content.themesOf(input.safeguard).map((t) => t.code);
    themeCodes = themeCodes ? themeCodes.filter((c) => linked.includes(c)) : linked;
  }
  const locationIds = input.locationIds ?? null;
  if (locationIds && context.named !== 'all') {
    const named = new Set(context.named);
    const foreign = locationIds.findIndex((id) => !named.has(id));
    if (foreign >= 0) {
      throw badRequest('Je kunt alleen je eigen locaties kiezen.', [
        { path: ['locationIds', foreign], message: 'Deze locatie kun je niet kiezen.' },
      ]);
    }
  }
  return {
    sql: {
      partnershipId: context.partnershipId,
      schoolYears: input.schoolYears ?? null,
      locationIds,
      targetGroupId: input.targetGroup ?? null,
      themeCodes,
    },
    applied: {
      locationIds,
      targetGroup: input.targetGroup ?? null,
      theme: input.theme ?? null,
      safeguard: input.safeguard ?? null,
    },
  };
}
