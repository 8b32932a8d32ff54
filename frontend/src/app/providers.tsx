import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { RouteFocusProvider } from '../components/ui/route-focus';
import { markSignedOut } from '../features/auth/api/session-cache';
import { createQueryClient } from '../lib/query-client';

// A 401 anywhere means the server session is gone: the app shell then asks to sign in again.
const newQueryClient = () => createQueryClient({ onUnauthorized: markSignedOut });

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(newQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouteFocusProvider>{children}</RouteFocusProvider>
    </QueryClientProvider>
  );
}
