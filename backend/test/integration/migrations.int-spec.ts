import { migrations } from '@zet/migrations';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 1)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tables = async () =>
    (
      await dataSource.query<{ tablename: string }[]>(
        `select tablename from pg_tables where schemaname = 'public' order by 1`,
      )
    )
      .map((r) => r.tablename)
      .filter((name) => name !== 'schema_migration');

  it('migrates a clean database up, all the way down, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(migrations.length);
    expect(await tables()).toEqual(
      expect.arrayContaining(['partnership', 'evaluation', 'theme_session', 'finding', 'action']),
    );

    for (let i = 0; i < migrations.length; i++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect((await tables()).length).toBeGreaterThan(15);
  });
});
