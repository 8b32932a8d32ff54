import { problemSchema } from '@zet/contracts';
import type { z } from 'zod';
import { apiMessages } from './api-messages';

export type ApiErrorKind = 'network' | 'http' | 'contract';
export type ApiFieldError = { path: (string | number)[]; message: string };

/** Every failed API call ends up as this: a Dutch `message` fit for the user, plus field errors. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status; 0 when the server was not reached. */
    readonly status: number,
    message: string,
    readonly fieldErrors: ApiFieldError[] = [],
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }

  /** Worth trying again without changing anything: the network or the server failed. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && this.status >= 500);
  }
}

/** The Dutch message to show for any error a query or mutation can throw. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : apiMessages.unknown;
}

export const API_V1 = '/api/v1';

/** Builds a path with every interpolated value URI-encoded: path`/themes/${code}`. */
export function path(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce(
    (result, part, i) =>
      result + part + (i < values.length ? encodeURIComponent(String(values[i])) : ''),
    '',
  );
}

type QueryValue = string | number | boolean | null | undefined;

export type ApiRequest<S extends z.ZodType> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute path on this origin, e.g. `/api/v1/content`. */
  url: string;
  /** The contract schema of the response body; the response is parsed with it. */
  schema: S;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
};

function withQuery(url: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  return JSON.parse(text) as unknown;
}

async function toHttpError(response: Response): Promise<ApiError> {
  const fallback =
    apiMessages.byStatus[response.status] ??
    (response.status >= 500 ? apiMessages.server : apiMessages.unknown);
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('application/problem+json')) {
    try {
      const problem = problemSchema.safeParse(await readJson(response));
      if (problem.success) {
        return new ApiError(
          'http',
          response.status,
          problem.data.detail || fallback,
          problem.data.errors,
        );
      }
    } catch {
      // An unreadable problem body: fall through to the generic message for the status.
    }
  }
  return new ApiError('http', response.status, fallback);
}

/**
 * The one way the app talks to the API: `fetch`, then the body parsed with the contract's zod
 * schema, so a component only ever sees data that matches the contract.
 */
export async function apiRequest<S extends z.ZodType>({
  method = 'GET',
  url,
  schema,
  query,
  body,
  signal,
}: ApiRequest<S>): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(withQuery(url, query), {
      method,
      signal,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    // A cancelled query is not a failure; let TanStack Query see the AbortError as it is.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, apiMessages.network);
  }

  if (!response.ok) throw await toHttpError(response);

  let json: unknown;
  try {
    json = await readJson(response);
  } catch {
    throw new ApiError('contract', response.status, apiMessages.contract);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.error(`Antwoord van ${method} ${url} past niet bij het contract`, parsed.error.issues);
    throw new ApiError('contract', response.status, apiMessages.contract);
  }
  return parsed.data;
}

export function apiGet<S extends z.ZodType>(
  url: string,
  schema: S,
  options: Pick<ApiRequest<S>, 'query' | 'signal'> = {},
): Promise<z.output<S>> {
  return apiRequest({ url, schema, ...options });
}
