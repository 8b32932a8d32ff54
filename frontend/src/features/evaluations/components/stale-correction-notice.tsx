import type { ThemeSessionCapture } from '@zet/contracts';
import { useEffect, useRef } from 'react';
import { formatDateTime } from '../../../lib/dates';
import { useSessionRevisions } from '../api/get-session-revisions';
import { evaluationMessages } from '../messages';

const m = evaluationMessages.correction;

type StaleCorrectionNoticeProps = {
  partnershipId: string;
  evaluationId: string;
  theirs: ThemeSessionCapture;
  /** Both changed the same part: the conflict panel below asks what stays. */
  conflicting: boolean;
};

/** A 409: who corrected the session meanwhile, and into which version; the input is kept. */
export function StaleCorrectionNotice({
  partnershipId,
  evaluationId,
  theirs,
  conflicting,
}: StaleCorrectionNoticeProps) {
  const revisions = useSessionRevisions(partnershipId, evaluationId, theirs.id);
  const heading = useRef<HTMLHeadingElement>(null);
  // The conflict panel takes focus itself; otherwise this notice is what the user must read.
  useEffect(() => {
    if (!conflicting) heading.current?.focus();
  }, [conflicting, theirs.version]);

  // Correction n turned version n into n + 1; theirs is the newest.
  const theirCorrection = revisions.data?.find((r) => r.revision === theirs.revision);
  const who = theirCorrection?.createdBy?.name ?? null;
  const when = formatDateTime(theirCorrection?.createdAt ?? theirs.updatedAt);
  return (
    <section className="correction-stale" aria-labelledby="correction-stale">
      <h2 id="correction-stale" ref={heading} tabIndex={-1}>
        {m.staleTitle}
      </h2>
      <p>{m.stale(who, theirs.revision + 1, when)}</p>
      <p>{conflicting ? m.staleChoose : m.staleMerged}</p>
    </section>
  );
}
