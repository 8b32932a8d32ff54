import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DEMO_PARAMS, generatePartnership } from './demo-dataset';
import { insertDemoAccounts } from './demo-accounts';
import { insertDemoPartnership } from './insert-demo-partnership';

/** Seeds the demo partnership only into an empty database, so restarts keep the user's edits. */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (db) => {
    const [{ count }] = await db.query<[{ count: number }]>(
      `select count(*)::int as count from partnership`,
    );
    if (count > 0) return false;
    for (let i = 0; i < DEMO_PARAMS.partnerships; i++) {
      const partnership = generatePartnership(i, DEMO_PARAMS);
      await insertDemoPartnership(db, partnership);
      if (i === 0) await insertDemoAccounts(db, partnership.id);
    }
    new Logger('Seed').log('Demo partnership created');
    return true;
  });
}
