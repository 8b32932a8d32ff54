import { describe, expect, it } from '@jest/globals';
import { isPerspectiveEmpty, roleRows } from './role-perspective-data';

const labels = { school: 'Schoolkant', instituut: 'Instituutskant', all: 'Alle deelnemers' };
const spread = (median: number, participants: number) => ({
  participants,
  median,
  low: median - 0.5,
  high: median + 0.5,
});

describe(roleRows.name, () => {
  it('lists the roles, then the sides shown, then everyone', () => {
    const rows = roleRows(
      {
        roles: [
          { ...spread(2, 3), role: 'student', name: 'Student', gapToGroup: -1 },
          { ...spread(3, 5), role: 'overige-rollen', name: 'Overige rollen', gapToGroup: 0 },
        ],
        sides: { school: spread(3, 6), instituut: null, difference: null },
        spread: spread(2.5, 8),
      },
      labels,
    );
    expect(rows.map((r) => [r.key, r.kind, r.participants])).toEqual([
      ['role-student', 'role', 3],
      ['role-overige-rollen', 'role', 5],
      ['side-school', 'side', 6],
      ['all', 'all', 8],
    ]);
    expect(rows[0]).toMatchObject({ median: 2, range: [1.5, 2.5], gapToGroup: -1 });
    expect(rows[2]?.gapToGroup).toBeNull();
  });
});

describe(isPerspectiveEmpty.name, () => {
  it('is true when no role could be shown and there is no spread', () => {
    expect(isPerspectiveEmpty({ roles: [], spread: null })).toBe(true);
    expect(isPerspectiveEmpty({ roles: [], spread: spread(2, 4) })).toBe(false);
  });
});
