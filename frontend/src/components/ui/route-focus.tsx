import { createContext, useCallback, useContext, useRef, type ReactNode } from 'react';

/**
 * Decides whether a page heading should take focus: yes after a client-side navigation to a new
 * path, no on the first page load and no when the same path renders again (e.g. a filter).
 */
type ClaimFocus = (pathname: string) => boolean;

const RouteFocusContext = createContext<ClaimFocus>(() => false);

export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const handledPathRef = useRef<string | null>(null);
  const claimFocus = useCallback<ClaimFocus>((pathname) => {
    const previous = handledPathRef.current;
    handledPathRef.current = pathname;
    return previous !== null && previous !== pathname;
  }, []);
  return <RouteFocusContext value={claimFocus}>{children}</RouteFocusContext>;
}

export function useClaimRouteFocus(): ClaimFocus {
  return useContext(RouteFocusContext);
}
