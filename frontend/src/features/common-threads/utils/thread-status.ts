import type { CommonThread, CommonThreadStatus } from '@zet/contracts';

/** The status tab in the URL: `?rodelijnen=bevestigd`; voorstellen by default. */
export const threadStatusParam = 'rodelijnen';

const statusWords = {
  suggested: 'voorstellen',
  confirmed: 'bevestigd',
  dismissed: 'afgewezen',
} as const satisfies Record<CommonThreadStatus, string>;

export const THREAD_STATUSES: readonly CommonThreadStatus[] = [
  'suggested',
  'confirmed',
  'dismissed',
];

export function readThreadStatus(params: URLSearchParams): CommonThreadStatus {
  const raw = params.get(threadStatusParam);
  return THREAD_STATUSES.find((status) => statusWords[status] === raw) ?? 'suggested';
}

/** The search string with this tab (the default one leaves the param out). */
export function withThreadStatus(params: URLSearchParams, status: CommonThreadStatus): string {
  const next = new URLSearchParams(params);
  if (status === 'suggested') next.delete(threadStatusParam);
  else next.set(threadStatusParam, statusWords[status]);
  const search = next.toString().replace(/%2C/gi, ',');
  return search ? `?${search}` : '';
}

/** The threads of each status, in the server's order. */
export function threadsByStatus(
  threads: readonly CommonThread[],
): Record<CommonThreadStatus, CommonThread[]> {
  const groups: Record<CommonThreadStatus, CommonThread[]> = {
    suggested: [],
    confirmed: [],
    dismissed: [],
  };
  for (const thread of threads) groups[thread.status].push(thread);
  return groups;
}

/** Other threads of the same school year this one can absorb (not dismissed, not itself). */
export function mergeCandidates(
  target: CommonThread,
  threads: readonly CommonThread[],
): CommonThread[] {
  return threads.filter(
    (thread) =>
      thread.id !== target.id &&
      thread.schoolYear === target.schoolYear &&
      thread.status !== 'dismissed',
  );
}
