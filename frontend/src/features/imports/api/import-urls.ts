import { API_V1, path } from '../../../lib/api-client';

export const importsUrl = (partnershipId: string) =>
  `${API_V1}${path`/partnerships/${partnershipId}/imports`}`;

/** The template as a file; a plain link downloads it with the session cookie. */
export const templateFileUrl = (partnershipId: string, format: 'csv' | 'xlsx') =>
  `${importsUrl(partnershipId)}/template.${format}`;
