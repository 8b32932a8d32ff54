import type { CommonThread, UpdateCommonThreadInput } from '@zet/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, Skeleton } from '../../../components/ui/query-states';
import { QueryView } from '../../../components/ui/query-view';
import { StatusMessage, type Feedback } from '../../../components/ui/status-message';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { useCommonThreads } from '../api/get-common-threads';
import { useFollowedThreads } from '../api/get-followed-threads';
import { useMergeCommonThreads } from '../api/merge-common-threads';
import { useSuggestCommonThreads } from '../api/suggest-common-threads';
import { useUpdateCommonThread } from '../api/update-common-thread';
import { commonThreadMessages as m } from '../messages';
import {
  mergeCandidates,
  readThreadStatus,
  THREAD_STATUSES,
  threadsByStatus,
  withThreadStatus,
} from '../utils/thread-status';
import { FollowedThreadsTable } from './followed-threads';
import { MergeDialog } from './merge-dialog';
import { ThreadCard } from './thread-card';
import './common-threads.css';

type CommonThreadsSectionProps = {
  partnershipId: string;
  /** The school year on screen; null while none is known. */
  schoolYear: string | null;
  /** The programmaleider may search, confirm, rename, merge and dismiss. */
  canManage: boolean;
};

function describeFailure(error: unknown): string {
  return error instanceof ApiError && error.status === 409 ? m.stale : errorMessage(error);
}

/** The rode lijnen of one school year by status, and the confirmed ones followed over the years. */
export function CommonThreadsSection({
  partnershipId,
  schoolYear,
  canManage,
}: CommonThreadsSectionProps) {
  const [params] = useSearchParams();
  const status = readThreadStatus(params);
  const threads = useCommonThreads(partnershipId, { schoolYear: schoolYear ?? undefined });
  const followed = useFollowedThreads(partnershipId);
  const suggest = useSuggestCommonThreads(partnershipId);
  const update = useUpdateCommonThread(partnershipId);
  const merge = useMergeCommonThreads(partnershipId);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [merging, setMerging] = useState<CommonThread | null>(null);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const busy = suggest.isPending || update.isPending || merge.isPending;

  const onUpdate = (thread: CommonThread, input: UpdateCommonThreadInput, done: string) => {
    setFeedback(null);
    update.mutate(
      { threadId: thread.id, input },
      {
        onSuccess: () => setFeedback({ tone: 'success', message: done }),
        onError: (error) => setFeedback({ tone: 'error', message: describeFailure(error) }),
      },
    );
  };

  const onMerge = (target: CommonThread, sources: CommonThread[], name: string) => {
    setMergeError(null);
    merge.mutate(
      {
        threadId: target.id,
        input: {
          version: target.version,
          sources: sources.map(({ id, version }) => ({ id, version })),
          name,
        },
      },
      {
        onSuccess: (result) => {
          setMerging(null);
          setFeedback({ tone: 'success', message: m.merged(sources.length, result.name) });
        },
        onError: (error) => setMergeError(describeFailure(error)),
      },
    );
  };

  return (
    <section className="common-threads" aria-labelledby="common-threads-title">
      <h2 id="common-threads-title">{m.title(schoolYear)}</h2>
      <p className="section-lead">{canManage ? m.lead : m.leadReader}</p>
      {!schoolYear ? (
        <p className="muted">{m.chooseYear}</p>
      ) : (
        <>
          {canManage ? (
            <div className="common-threads__suggest">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => {
                  setFeedback(null);
                  suggest.mutate(schoolYear, {
                    onSuccess: (items) =>
                      setFeedback({ tone: 'success', message: m.suggested(items.length) }),
                    onError: (error) =>
                      setFeedback({ tone: 'error', message: describeFailure(error) }),
                  });
                }}
              >
                {suggest.isPending ? m.suggesting : m.suggest(schoolYear)}
              </button>
              <p className="muted small">{m.suggestHelp}</p>
            </div>
          ) : null}
          <StatusMessage feedback={feedback} />
          <QueryView query={threads} loading={<Skeleton lines={6} />}>
            {(items) => {
              const groups = threadsByStatus(items);
              const shown = groups[status];
              return (
                <>
                  <nav aria-label={m.tabsLabel} className="thread-tabs">
                    <ul>
                      {THREAD_STATUSES.map((tab) => (
                        <li key={tab}>
                          <Link
                            to={{ search: withThreadStatus(params, tab) }}
                            replace
                            preventScrollReset
                            aria-current={tab === status ? 'page' : undefined}
                            className={
                              tab === status ? 'thread-tabs__link is-active' : 'thread-tabs__link'
                            }
                          >
                            {m.tabCount(m.tabs[tab], groups[tab].length)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  {shown.length === 0 ? (
                    <EmptyState
                      title={
                        status === 'suggested' && !canManage
                          ? m.empty.suggestedReader(schoolYear)
                          : m.empty[status](schoolYear)
                      }
                    />
                  ) : (
                    <div className="thread-list-cards">
                      {shown.map((thread) => (
                        <ThreadCard
                          key={`${thread.id}-${thread.version}`}
                          thread={thread}
                          canManage={canManage}
                          busy={busy}
                          onUpdate={onUpdate}
                          onMerge={(target) => {
                            setMergeError(null);
                            setMerging(target);
                          }}
                        />
                      ))}
                    </div>
                  )}
                  {canManage ? (
                    <MergeDialog
                      target={merging}
                      candidates={merging ? mergeCandidates(merging, items) : []}
                      busy={merge.isPending}
                      error={mergeError}
                      onClose={() => setMerging(null)}
                      onMerge={onMerge}
                    />
                  ) : null}
                </>
              );
            }}
          </QueryView>
        </>
      )}
      <section className="common-threads__followed" aria-labelledby="followed-title">
        <h3 id="followed-title">{m.followedTitle}</h3>
        <p className="section-lead">{m.followedLead}</p>
        <QueryView query={followed} loading={<Skeleton lines={4} />}>
          {(data) => <FollowedThreadsTable followed={data} />}
        </QueryView>
      </section>
    </section>
  );
}
