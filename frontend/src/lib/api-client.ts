import { CSRF_PROBLEM_TYPE, csrfTokenSchema, problemSchema } from '@zet/contracts';
import { z } from 'zod';
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
    /** The problem document's `type`, when the server sent one. */
    readonly problemType?: string,
    /** The whole problem document as sent, for extension members (e.g. a 409's `current`). */
    readonly problem?: unknown,
  ) {
    super(message);
  }

  get isUnauthorized(): boolean {
    return this.kind === 'http' && this.status === 401;
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

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type ApiRequest<S extends z.ZodType> = {
  method?: HttpMethod;
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
      const body = await readJson(response);
      const problem = problemSchema.safeParse(body);
      if (problem.success) {
        return new ApiError(
          'http',
          response.status,
          problem.data.detail || fallback,
          problem.data.errors,
          problem.data.type,
          body,
        );
      }
    } catch {
      // An unreadable problem body: fall through to the generic message for the status.
    }
  }
  return new ApiError('http', response.status, fallback);
}

// CSRF: every write echoes the session's token in `x-csrf-token`. The token belongs to the server
// session, so it is fetched lazily, shared by concurrent writes, and dropped whenever the session
// changes (sign-in, sign-out); a write the server rejects for its token is retried once.
export const CSRF_HEADER = 'x-csrf-token';
const CSRF_URL = `${API_V1}/auth/csrf`;
let csrfToken: Promise<string> | undefined;

function currentCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  const pending = send({ url: CSRF_URL, schema: csrfTokenSchema }).then(({ token }) => token);
  csrfToken = pending;
  // A failed fetch is not cached: the next write asks again.
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = undefined;
  });
  return pending;
}

/** Forget the CSRF token; call when the server session changed (sign-in, sign-out). */
export function resetCsrfToken(): void {
  csrfToken = undefined;
}

/** The server answers a missing or stale CSRF token with a 403 of its own problem type. */
export function isCsrfRejection(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.kind === 'http' &&
    error.status === 403 &&
    error.problemType === CSRF_PROBLEM_TYPE
  );
}

async function fetchOrThrow(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin' });
  } catch (error) {
    // A cancelled query is not a failure; let TanStack Query see the AbortError as it is.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, apiMessages.network);
  }
  if (!response.ok) throw await toHttpError(response);
  return response;
}

async function send<S extends z.ZodType>(
  { method = 'GET', url, schema, query, body, signal }: ApiRequest<S>,
  token?: string,
): Promise<z.output<S>> {
  // A file upload goes as multipart/form-data; the browser sets its Content-Type and boundary.
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  const response = await fetchOrThrow(withQuery(url, query), {
    method,
    signal,
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(body === undefined || isForm ? {} : { 'Content-Type': 'application/json' }),
      ...(token === undefined ? {} : { [CSRF_HEADER]: token }),
    },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });

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

/**
 * The one way the app talks to the API: `fetch`, then the body parsed with the contract's zod
 * schema, so a component only ever sees data that matches the contract. Writes carry the CSRF
 * token.
 */
export async function apiRequest<S extends z.ZodType>(
  request: ApiRequest<S>,
): Promise<z.output<S>> {
  if ((request.method ?? 'GET') === 'GET') return send(request);
  try {
    return await send(request, await currentCsrfToken());
  } catch (error) {
    if (!isCsrfRejection(error)) throw error;
    resetCsrfToken();
    return send(request, await currentCsrfToken());
  }
}

export function apiGet<S extends z.ZodType>(
  url: string,
  schema: S,
  options: Pick<ApiRequest<S>, 'query' | 'signal'> = {},
): Promise<z.output<S>> {
  return apiRequest({ url, schema, ...options });
}

/** A write (POST, PUT, PATCH, DELETE) with a JSON body, answered with the schema's body. */
export function apiSend<S extends z.ZodType>(
  method: Exclude<HttpMethod, 'GET'>,
  url: string,
  schema: S,
  body?: unknown,
): Promise<z.output<S>> {
  return apiRequest({ method, url, schema, body });
}

/** The schema of an empty answer (204 No Content, 202 Accepted). */
export const noContent = z.undefined();

export type Download = { blob: Blob; fileName: string };

/** The file name from `Content-Disposition: attachment; filename="…"`, or the fallback. */
export function attachmentFileName(header: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header ?? '');
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** A GET whose body is a file to save as it is (e.g. an export), with the server's file name. */
export async function apiDownload(url: string, fallbackName: string): Promise<Download> {
  const response = await fetchOrThrow(url, { headers: { Accept: 'application/json, */*' } });
  return {
    blob: await response.blob(),
    fileName: attachmentFileName(response.headers.get('content-disposition'), fallbackName),
  };
}
