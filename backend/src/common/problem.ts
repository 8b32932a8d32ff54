import type { Problem } from '@zet/contracts';

export type FieldError = { path: (string | number)[]; message: string };

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  409: 'Conflict',
  413: 'Te groot',
  415: 'Niet-ondersteund formaat',
  422: 'Niet te verwerken',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Tijdelijk niet beschikbaar',
};

export function problem(
  status: number,
  detail: string,
  errors?: FieldError[],
  instance?: string,
  type = 'about:blank',
): Problem {
  return {
    type,
    title: TITLES[status] ?? 'Fout',
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}
