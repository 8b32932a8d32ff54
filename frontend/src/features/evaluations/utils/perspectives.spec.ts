import { describe, expect, it } from '@jest/globals';
import { missingPerspectives, presenceTotals, rolesForSide } from './perspectives';

describe(missingPerspectives.name, () => {
  it('flags no student and no instituutsopleider when neither is present', () => {
    expect(
      missingPerspectives([
        { role: 'werkplekbegeleider', side: 'school', present: 5 },
        { role: 'student', side: 'school', present: 0 },
      ]),
    ).toEqual(['student', 'instituutsopleider']);
  });

  it('flags only the missing one', () => {
    expect(
      missingPerspectives([
        { role: 'student', side: 'school', present: 2 },
        { role: 'mt-instituut', side: 'instituut', present: 1 },
      ]),
    ).toEqual(['instituutsopleider']);
  });

  it('flags nothing before anyone has been counted', () => {
    expect(missingPerspectives([{ role: 'student', side: 'school', present: 0 }])).toEqual([]);
  });

  it('flags nothing when both key perspectives are at the table', () => {
    expect(
      missingPerspectives([
        { role: 'student', side: 'instituut', present: 1 },
        { role: 'instituutsopleider', side: 'instituut', present: 1 },
      ]),
    ).toEqual([]);
  });
});

describe(presenceTotals.name, () => {
  it('counts per side and the number of different roles', () => {
    expect(
      presenceTotals([
        { role: 'student', side: 'school', present: 3 },
        { role: 'student', side: 'instituut', present: 1 },
        { role: 'instituutsopleider', side: 'instituut', present: 2 },
        { role: 'schoolleider', side: 'school', present: 0 },
      ]),
    ).toEqual({ school: 3, instituut: 3, total: 6, roles: 2 });
  });
});

describe(rolesForSide.name, () => {
  it('lists the roles of that side and those of both sides', () => {
    const roles = [
      { code: 'werkplekbegeleider', name: 'Werkplekbegeleider', side: 'school' },
      { code: 'instituutsopleider', name: 'Instituutsopleider', side: 'instituut' },
      { code: 'student', name: 'Student', side: 'beide' },
    ];
    expect(rolesForSide(roles, 'instituut').map((r) => r.code)).toEqual([
      'instituutsopleider',
      'student',
    ]);
  });
});
