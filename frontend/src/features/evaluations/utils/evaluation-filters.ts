import { evaluationListQuerySchema, type EvaluationListQuery } from '@zet/contracts';

/** The URL search params of the evaluation list (Dutch, as users see them in the address bar). */
export const evaluationFilterParams = { schoolYear: 'schooljaar', locationId: 'locatie' } as const;

/** Reads the filters from the URL; a malformed value is dropped rather than sent to the API. */
export function readEvaluationFilters(params: URLSearchParams): EvaluationListQuery {
  const filters: EvaluationListQuery = {};
  const schoolYear = params.get(evaluationFilterParams.schoolYear);
  const locationId = params.get(evaluationFilterParams.locationId);
  if (schoolYear && evaluationListQuerySchema.shape.schoolYear.safeParse(schoolYear).success) {
    filters.schoolYear = schoolYear;
  }
  if (locationId && evaluationListQuerySchema.shape.locationId.safeParse(locationId).success) {
    filters.locationId = locationId;
  }
  return filters;
}

export function writeEvaluationFilter(
  params: URLSearchParams,
  key: keyof EvaluationListQuery,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(evaluationFilterParams[key], value);
  else next.delete(evaluationFilterParams[key]);
  return next;
}
