import type { CaptureDraft } from './capture-draft';

/** A plain capture draft for specs; override what the case is about. */
export function buildDraft(overrides: Partial<CaptureDraft> = {}): CaptureDraft {
  return {
    participants: [],
    individualPlacements: [],
    findings: [],
    reflectionCards: [],
    currentPlacement: null,
    desiredPlacement: null,
    rationale: '',
    agreements: '',
    plenaryReporter: '',
    notes: '',
    ...overrides,
  };
}

/** Keys 'n1', 'n2' … so a spec can name the items it expects. */
export function sequentialKeys(prefix = 'n'): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${n}`;
  };
}
