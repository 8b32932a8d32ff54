import type { FollowedThreadList } from '@zet/contracts';
import { useId } from 'react';
import { formatGap } from '../../../components/charts/gap-data';
import { commonThreadMessages as m } from '../messages';

/** Confirmed rode lijnen per school year: where the finding recurs, or how many show the pattern. */
export function FollowedThreadsTable({ followed }: { followed: FollowedThreadList }) {
  const captionId = useId();
  if (followed.items.length === 0) return <p className="muted">{m.followedEmpty}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{m.followedCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.followedHead}</th>
            {followed.schoolYears.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {followed.items.map((thread) => {
            const byYear = new Map(thread.years.map((y) => [y.schoolYear, y]));
            return (
              <tr key={thread.id}>
                <th scope="row">
                  {thread.name}
                  <span className="data-table__line data-table__meta">
                    {thread.pattern ? m.pattern[thread.pattern] : m.manual}
                    {thread.theme ? ` · ${thread.theme.name}` : ''} · {m.since(thread.schoolYear)}
                  </span>
                </th>
                {followed.schoolYears.map((year) => {
                  const entry = byYear.get(year);
                  if (!entry || entry.locations === 0) {
                    return (
                      <td key={year} className="data-table__empty">
                        {m.followedNone}
                      </td>
                    );
                  }
                  return (
                    <td key={year}>
                      {thread.kind === 'finding'
                        ? m.followedFindings(entry.locations, entry.findings)
                        : m.followedPattern(entry.locations, entry.resultLocations)}
                      {entry.medianGap !== null ? (
                        <span className="data-table__line data-table__meta">
                          {m.followedGap(formatGap(entry.medianGap))}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
