import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { RouteFocusProvider } from '../components/ui/route-focus';
import { createQueryClient } from '../lib/query-client';

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouteFocusProvider>{children}</RouteFocusProvider>
    </QueryClientProvider>
  );
}
