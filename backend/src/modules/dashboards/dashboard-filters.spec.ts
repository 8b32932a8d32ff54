import type { HttpException } from '@nestjs/common';
import type { DashboardContent } from './dashboard-content';
import { resolveFilters } from './dashboard-filters';

const content = {
  theme: (code: string) =>
    ['visie', 'beoordelen', 'coachen-en-feedback'].includes(code) ? { code } : undefined,
  safeguard: (code: string) =>
    ['leeromgeving', 'organisatie'].includes(code) ? { code } : undefined,
  themesOf: (code: string) =>
    code === 'leeromgeving'
      ? [{ code: 'beoordelen' }, { code: 'coachen-en-feedback' }]
      : [{ code: 'visie' }],
} as unknown as DashboardContent;

/** The status and Dutch detail of what `work` throws. */
function thrown(work: () => unknown): { status: number; detail: string } {
  try {
    work();
  } catch (error) {
    const e = error as HttpException;
    return { status: e.getStatus(), detail: (e.getResponse() as { detail: string }).detail };
  }
  throw new Error('nothing thrown');
}

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe(resolveFilters.name, () => {
  it('turns no filters into nulls', () => {
    expect(resolveFilters({}, { partnershipId: 'p', named: 'all', content }).sql).toEqual({
      partnershipId: 'p',
      schoolYears: null,
      locationIds: null,
      targetGroupId: null,
      themeCodes: null,
    });
  });

  it('narrows to the themes of a waarborg, and to their overlap with a chosen theme', () => {
    expect(
      resolveFilters({ safeguard: 'leeromgeving' }, { partnershipId: 'p', named: 'all', content })
        .sql.themeCodes,
    ).toEqual(['beoordelen', 'coachen-en-feedback']);
    expect(
      resolveFilters(
        { safeguard: 'leeromgeving', theme: 'visie' },
        { partnershipId: 'p', named: 'all', content },
      ).sql.themeCodes,
    ).toEqual([]);
  });

  it('answers 404 for a theme or waarborg the content does not know', () => {
    const theme = thrown(() =>
      resolveFilters({ theme: 'x' }, { partnershipId: 'p', named: 'all', content }),
    );
    expect(theme.status).toBe(404);
    expect(theme.detail).toMatch(/thema/);
    const safeguard = thrown(() =>
      resolveFilters({ safeguard: 'x' }, { partnershipId: 'p', named: 'all', content }),
    );
    expect(safeguard.status).toBe(404);
    expect(safeguard.detail).toMatch(/waarborg/);
  });

  it('lets a locatie user narrow only to locaties they may see by name', () => {
    expect(
      resolveFilters({ locationIds: [A] }, { partnershipId: 'p', named: [A], content }).sql
        .locationIds,
    ).toEqual([A]);
    expect(
      thrown(() =>
        resolveFilters({ locationIds: [A, B] }, { partnershipId: 'p', named: [A], content }),
      ),
    ).toEqual({
      status: 400,
      detail: 'Je kunt alleen je eigen locaties kiezen.',
    });
  });
});
