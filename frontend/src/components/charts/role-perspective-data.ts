import type { RolePerspectives } from '@zet/contracts';

/**
 * Reshapes one role perspective (of a theme or a session) into rows for a range chart: each
 * shown role, then the school and instituut sides, then everyone. Medians, ranges, gaps and n
 * are the server's; roles too small to show never reach the client.
 */
export type RolePerspective = RolePerspectives['themes'][number];
export type RoleRowKind = 'role' | 'side' | 'all';
export type RoleRow = {
  key: string;
  label: string;
  kind: RoleRowKind;
  participants: number;
  median: number;
  low: number;
  high: number;
  /** [low, high] for the floating bar. */
  range: [number, number];
  /** Median minus the group placement (roles only). */
  gapToGroup: number | null;
};

type Spread = { participants: number; median: number; low: number; high: number };

const row = (
  key: string,
  label: string,
  kind: RoleRowKind,
  spread: Spread,
  gap: number | null,
) => ({
  key,
  label,
  kind,
  participants: spread.participants,
  median: spread.median,
  low: spread.low,
  high: spread.high,
  range: [spread.low, spread.high] as [number, number],
  gapToGroup: gap,
});

export function roleRows(
  perspective: Pick<RolePerspective, 'roles' | 'sides' | 'spread'>,
  labels: { school: string; instituut: string; all: string },
): RoleRow[] {
  const rows: RoleRow[] = perspective.roles.map((role) =>
    row(`role-${role.role}`, role.name, 'role', role, role.gapToGroup),
  );
  if (perspective.sides.school) {
    rows.push(row('side-school', labels.school, 'side', perspective.sides.school, null));
  }
  if (perspective.sides.instituut) {
    rows.push(row('side-instituut', labels.instituut, 'side', perspective.sides.instituut, null));
  }
  if (perspective.spread) rows.push(row('all', labels.all, 'all', perspective.spread, null));
  return rows;
}

export function isPerspectiveEmpty(
  perspective: Pick<RolePerspective, 'roles' | 'spread'>,
): boolean {
  return perspective.roles.length === 0 && perspective.spread === null;
}
