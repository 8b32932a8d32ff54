import { dashboardFiltersSchema } from '@zet/contracts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('dashboardFiltersSchema', () => {
  it('reads lists from commas or a repeated key, without empties or duplicates', () => {
    expect(
      dashboardFiltersSchema.parse({ schoolYears: '2023-2024,2024-2025,' }).schoolYears,
    ).toEqual(['2023-2024', '2024-2025']);
    expect(dashboardFiltersSchema.parse({ locationIds: [A, `${B},${A}`] }).locationIds).toEqual([
      A,
      B,
    ]);
    expect(dashboardFiltersSchema.parse({ schoolYears: '' }).schoolYears).toBeUndefined();
  });

  it('names the failing item', () => {
    const result = dashboardFiltersSchema.safeParse({ schoolYears: '2024-2025,2024-2026' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['schoolYears', 1]);
  });
});
