import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { healthSchema } from '@zet/contracts';
import { ApiError, apiGet, path } from './api-client';

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
