import type { DataSource } from 'typeorm';
import { generatePartnership } from '../src/database/seed/demo-dataset';
import type { DemoParams } from '../src/database/seed/demo-dataset.types';
import { insertDemoPartnership } from '../src/database/seed/insert-demo-partnership';
import { Progress } from './progress';

/**
 * Two partnerships in flight: while PostgreSQL takes one partnership's multi-row inserts, Node
 * generates the next. More gains nothing on two cores.
 */
const IN_FLIGHT = 2;

/** Seeds the generated dataset, one transaction per partnership, and refreshes the statistics. */
export async function seedDataset(dataSource: DataSource, params: DemoParams): Promise<void> {
  const progress = new Progress('Seeding', params.partnerships, 'partnerships');
  let next = 0;
  const lane = async () => {
    while (next < params.partnerships) {
      const partnership = generatePartnership(next++, params);
      await dataSource.transaction((db) => insertDemoPartnership(db, partnership));
      progress.tick();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  progress.done();

  // Plans as on a database autovacuum has seen: fresh statistics and a visibility map.
  const started = Date.now();
  process.stderr.write('Vacuum and analyze … ');
  await dataSource.query('vacuum (analyze)');
  process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

export type DatasetSize = Record<
  | 'partnerships'
  | 'locations'
  | 'evaluations'
  | 'themeSessions'
  | 'individualPlacements'
  | 'findings',
  number
>;

export async function datasetSize(dataSource: DataSource): Promise<DatasetSize> {
  const [row] = await dataSource.query<[DatasetSize]>(
    `select (select count(*)::int from partnership) as "partnerships",
            (select count(*)::int from location) as "locations",
            (select count(*)::int from evaluation) as "evaluations",
            (select count(*)::int from theme_session) as "themeSessions",
            (select count(*)::int from individual_placement) as "individualPlacements",
            (select count(*)::int from finding) as "findings"`,
  );
  return row;
}
