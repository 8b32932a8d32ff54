import { describe, expect, it, jest } from '@jest/globals';
import { ApiError } from './api-client';
import { createQueryClient } from './query-client';

describe(createQueryClient.name, () => {
  it('calls onUnauthorized when a query or a mutation is answered 401, and only then', async () => {
    const onUnauthorized = jest.fn();
    const client = createQueryClient({ onUnauthorized });
    const unauthorized = new ApiError('http', 401, 'Je bent niet (meer) aangemeld.');
    const notFound = new ApiError('http', 404, 'Niet gevonden.');

    await client
      .fetchQuery({ queryKey: ['a'], queryFn: () => Promise.reject(notFound), retry: false })
      .catch(() => undefined);
    expect(onUnauthorized).not.toHaveBeenCalled();

    await client
      .fetchQuery({ queryKey: ['b'], queryFn: () => Promise.reject(unauthorized), retry: false })
      .catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledWith(client);

    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(unauthorized), gcTime: Infinity })
      .execute(undefined)
      .catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledTimes(2);

    // No garbage-collection timers left behind to keep jest waiting.
    client.clear();
  });
});
