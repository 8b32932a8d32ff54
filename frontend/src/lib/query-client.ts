import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** Retry once when the network or server hiccups; a 4xx or contract mismatch will not heal. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.isTransient && failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
