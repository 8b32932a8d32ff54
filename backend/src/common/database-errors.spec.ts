import { isDatabaseUnavailable } from './database-errors';

describe(isDatabaseUnavailable.name, () => {
  it('treats a lost connection and a rolled-back deadlock as "try again" (503)', () => {
    expect(isDatabaseUnavailable({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '40P01', message: 'deadlock detected' })).toBe(true);
    // TypeORM wraps the driver's error.
    expect(isDatabaseUnavailable({ message: 'x', driverError: { code: '40001' } })).toBe(true);
  });

  it('leaves errors of the request itself alone', () => {
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
