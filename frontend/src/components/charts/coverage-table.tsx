import type { Coverage } from '@zet/contracts';
import { useId } from 'react';
import { joinDutch } from '../../lib/dutch';
import { chartMessages as m } from './chart-messages';
import { coverageSummary, staleLocations } from './coverage-data';

/** Coverage per theme: how many locaties evaluated it, how many not for 2+ years, and which. */
export function CoverageTable({ coverage, caption }: { coverage: Coverage; caption: string }) {
  const captionId = useId();
  const summary = coverageSummary(coverage);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.tableTheme}</th>
            <th scope="col">{m.coverageEvaluatedHead}</th>
            <th scope="col">{m.coverageStaleHead}</th>
            <th scope="col">{m.coverageWhereHead}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.themes.map((theme, index) => {
            const entry = summary[index];
            const names = staleLocations(coverage, theme.code);
            return (
              <tr key={theme.code}>
                <th scope="row">{theme.name}</th>
                <td>{entry ? m.coverageEvaluated(entry.evaluated, entry.locations) : '—'}</td>
                <td>{entry ? entry.stale : '—'}</td>
                <td>{names.length > 0 ? joinDutch(names) : m.coverageNone}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
