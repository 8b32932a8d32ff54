import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/ui/query-states';
import { dashboardMessages as m } from '../messages';

/** "Nog geen vastgestelde evaluaties in 2024-2025", and what to do about it. */
export function NoResults({
  schoolYears,
  children,
}: {
  schoolYears: readonly string[];
  children?: ReactNode;
}) {
  return (
    <EmptyState title={m.noFinalised(schoolYears)}>
      <p>{children ?? m.noFinalisedHelp}</p>
    </EmptyState>
  );
}

/** Keeps the previous answer visible, dimmed, while a changed filter loads. */
export function Updating({ active, children }: { active: boolean; children: ReactNode }) {
  return (
    <div className={active ? 'is-updating' : undefined} aria-busy={active}>
      {active ? (
        <p className="visually-hidden" role="status">
          {m.updating}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** What the numbers rest on, as every chart states it, and over which school years. */
export function Basis({
  n,
  schoolYears,
}: {
  n: { locations: number; sessions: number };
  schoolYears?: readonly string[];
}) {
  return <>{m.basis(n.locations, n.sessions, schoolYears ?? [])}</>;
}
