import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { CSRF_PROBLEM_TYPE, healthSchema } from '@zet/contracts';
import { z } from 'zod';
import {
  ApiError,
  apiGet,
  apiRequest,
  attachmentFileName,
  isCsrfRejection,
  path,
  resetCsrfToken,
} from './api-client';

const realFetch = globalThis.fetch;

/** Replaces fetch; `respond` may throw to simulate a network failure. */
function mockFetch(respond: () => Response) {
  const fetchMock = jest.fn<typeof fetch>(() => Promise.resolve().then(respond));
  globalThis.fetch = fetchMock;
  return fetchMock;
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe(apiGet.name, () => {
  it('returns the body parsed with the contract schema', async () => {
    mockFetch(() =>
      Response.json({ status: 'ok', database: 'up', embedded: true, extra: 'dropped' }),
    );
    await expect(apiGet('/api/health', healthSchema)).resolves.toEqual({
      status: 'ok',
      database: 'up',
      embedded: true,
    });
  });

  it('turns problem+json into an ApiError with the Dutch detail and field errors', async () => {
    mockFetch(
      () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Ongeldige invoer',
            status: 400,
            detail: 'Kies een thema.',
            errors: [{ path: ['theme'], message: 'Kies een thema.' }],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json; charset=utf-8' } },
        ),
    );
    const error = await apiGet('/api/x', healthSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      message: 'Kies een thema.',
      fieldErrors: [{ path: ['theme'], message: 'Kies een thema.' }],
    });
  });

  it('keeps the whole problem document, so a 409 can hand over its extension members', async () => {
    const body = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Iemand anders heeft dit intussen gewijzigd.',
      current: { version: 4 },
    };
    mockFetch(
      () =>
        new Response(JSON.stringify(body), {
          status: 409,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const error = await apiGet('/api/x', healthSchema).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, problem: body });
  });

  it('gives a Dutch message per status when the body is not problem+json', async () => {
    mockFetch(() => new Response('<html></html>', { status: 503 }));
    const error = await apiGet('/api/x', healthSchema).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 503, isTransient: true });
    expect((error as ApiError).message).toMatch(/tijdelijk niet beschikbaar/);
  });

  it('says there is no connection when fetch itself fails', async () => {
    mockFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await apiGet('/api/x', healthSchema).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect((error as ApiError).message).toMatch(/^Geen verbinding met de server/);
  });

  it('rejects a response that does not match the contract', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    mockFetch(() => Response.json({ status: 'maybe' }));
    const error = await apiGet('/api/health', healthSchema).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'contract' });
    consoleError.mockRestore();
  });

  it('drops empty query values', async () => {
    const fetchMock = mockFetch(() =>
      Response.json({ status: 'ok', database: 'up', embedded: false }),
    );
    await apiGet('/api/health', healthSchema, { query: { a: 'x', b: undefined, c: '' } });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/health?a=x');
  });
});

describe(path.name, () => {
  it('encodes interpolated values', () => {
    expect(path`/themes/${'a b/c'}`).toBe('/themes/a%20b%2Fc');
  });
});

describe(apiRequest.name, () => {
  const csrfProblem = () =>
    new Response(
      JSON.stringify({
        type: CSRF_PROBLEM_TYPE,
        title: 'Geen toegang',
        status: 403,
        detail:
          'Je sessie is verlopen of het formulier is verouderd. Laad de pagina opnieuw en probeer het nog eens.',
      }),
      { status: 403, headers: { 'content-type': 'application/problem+json' } },
    );

  const urlOf = (input: RequestInfo | URL) =>
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

  /** A server that hands out numbered CSRF tokens and answers writes with `write(token)`. */
  function server(write: (token: string | null, call: number) => Response) {
    let issued = 0;
    let writes = 0;
    const fetchMock = jest.fn<typeof fetch>((input, init) =>
      Promise.resolve().then(() => {
        if (urlOf(input).endsWith('/auth/csrf')) {
          issued += 1;
          return Response.json({ token: `token-${issued}` });
        }
        writes += 1;
        const headers = new Headers(init?.headers);
        return write(headers.get('x-csrf-token'), writes);
      }),
    );
    globalThis.fetch = fetchMock;
    return fetchMock;
  }

  const schema = z.object({ ok: z.boolean() });
  const post = () =>
    apiRequest({ method: 'POST', url: '/api/v1/things', schema, body: { name: 'x' } });

  afterEach(() => resetCsrfToken());

  it('sends the CSRF token with a write and reuses it for the next one', async () => {
    const fetchMock = server(() => Response.json({ ok: true }));
    await post();
    await post();
    const csrfCalls = fetchMock.mock.calls.filter(([url]) => urlOf(url).endsWith('/auth/csrf'));
    expect(csrfCalls).toHaveLength(1);
    const lastInit = fetchMock.mock.calls.at(-1)?.[1];
    expect(new Headers(lastInit?.headers).get('x-csrf-token')).toBe('token-1');
    expect(lastInit?.credentials).toBe('same-origin');
  });

  it('does not send a token with a read', async () => {
    const fetchMock = server(() => Response.json({ ok: true }));
    await apiGet('/api/v1/things', schema);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).has('x-csrf-token')).toBe(false);
  });

  it('fetches a fresh token and retries once when the server rejects the token', async () => {
    const fetchMock = server((token) =>
      token === 'token-2' ? Response.json({ ok: true }) : csrfProblem(),
    );
    await expect(post()).resolves.toEqual({ ok: true });
    const urls = fetchMock.mock.calls.map(([url]) => urlOf(url));
    expect(urls).toEqual([
      '/api/v1/auth/csrf',
      '/api/v1/things',
      '/api/v1/auth/csrf',
      '/api/v1/things',
    ]);
  });

  it('gives up after one retry', async () => {
    const fetchMock = server(() => csrfProblem());
    const error = await post().catch((e: unknown) => e);
    expect(isCsrfRejection(error)).toBe(true);
    expect(fetchMock.mock.calls.filter(([url]) => urlOf(url) === '/api/v1/things')).toHaveLength(2);
  });

  it('does not retry a 403 that is not about the token', async () => {
    const fetchMock = server(
      () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Geen toegang',
            status: 403,
            detail: 'Stel eerst tweestapsverificatie in; daarna kun je verder.',
          }),
          { status: 403, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    const error = await post().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(fetchMock.mock.calls.filter(([url]) => urlOf(url) === '/api/v1/things')).toHaveLength(1);
  });

  it('sends a FormData body as it is, leaving its multipart Content-Type to the browser', async () => {
    const fetchMock = server(() => Response.json({ ok: true }));
    const form = new FormData();
    form.append('file', new Blob(['x'], { type: 'image/png' }), 'foto.png');
    await apiRequest({ method: 'POST', url: '/api/v1/files', schema, body: form });
    const init = fetchMock.mock.calls.at(-1)?.[1];
    expect(init?.body).toBe(form);
    expect(new Headers(init?.headers).has('content-type')).toBe(false);
    expect(new Headers(init?.headers).get('x-csrf-token')).toBe('token-1');
  });

  it('asks for a new token after the session changed', async () => {
    const fetchMock = server(() => Response.json({ ok: true }));
    await post();
    resetCsrfToken();
    await post();
    expect(new Headers(fetchMock.mock.calls.at(-1)?.[1]?.headers).get('x-csrf-token')).toBe(
      'token-2',
    );
  });
});

describe(attachmentFileName.name, () => {
  it('reads the quoted file name, or falls back', () => {
    expect(attachmentFileName('attachment; filename="persoonsgegevens-hans.json"', 'x.json')).toBe(
      'persoonsgegevens-hans.json',
    );
    expect(attachmentFileName(null, 'x.json')).toBe('x.json');
  });
});
