import type { AdaptableField, ContentOverride } from '@zet/contracts';
import { createContext, useContext, type ReactNode } from 'react';
import type { Feedback } from '../../../components/ui/status-message';
import type { ThemeRef } from '../api/put-content-override';

export type AdaptationState = {
  /** The page is in "Aanpassen voor ons partnerschap" mode (programmaleider only). */
  adapting: boolean;
  /** Where writes go; undefined when the reader cannot adapt. */
  themeRef: ThemeRef | undefined;
  /** Applied overrides by path. */
  overrides: Map<string, ContentOverride>;
  adaptable: readonly AdaptableField[];
  onFeedback: (feedback: Feedback) => void;
};

const AdaptationContext = createContext<AdaptationState>({
  adapting: false,
  themeRef: undefined,
  overrides: new Map(),
  adaptable: [],
  onFeedback: () => undefined,
});

export function AdaptationProvider({
  value,
  children,
}: {
  value: AdaptationState;
  children: ReactNode;
}) {
  return <AdaptationContext value={value}>{children}</AdaptationContext>;
}

export function useAdaptation(): AdaptationState {
  return useContext(AdaptationContext);
}

/** The Dutch label of a part: from the adaptable fields, else from its override (added cards). */
export function labelOf(state: AdaptationState, path: string): string {
  return (
    state.adaptable.find((field) => field.path === path)?.label ??
    state.overrides.get(path)?.label ??
    path
  );
}
