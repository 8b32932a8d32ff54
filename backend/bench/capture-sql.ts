import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/** One statement as the app sent it to PostgreSQL. */
export type Statement = { sql: string; params: unknown[] };

/**
 * Records the SQL the app runs while `work` makes one request, and returns the statements of
 * the request's partnership-scoped transaction (ScopedDb.run): `START TRANSACTION`, the
 * partnership and role settings, the dashboard's queries, `COMMIT`. Replaying exactly these is
 * "the bare SQL of the same answer" without copying any query into the benchmark. Session and
 * access-guard queries run outside that transaction, so they count as the app's own cost.
 */
export async function captureScopedSql(
  dataSource: DataSource,
  work: () => Promise<void>,
): Promise<Statement[]> {
  const byRunner = new Map<QueryRunner, Statement[]>();
  const recorder: EntitySubscriberInterface = {
    beforeQuery(event) {
      const statements = byRunner.get(event.queryRunner) ?? [];
      statements.push({
        sql: event.query,
        params: Array.isArray(event.parameters) ? structuredClone(event.parameters) : [],
      });
      byRunner.set(event.queryRunner, statements);
    },
  };
  dataSource.subscribers.push(recorder);
  try {
    await work();
  } finally {
    dataSource.subscribers.splice(dataSource.subscribers.indexOf(recorder), 1);
  }
  const scoped = [...byRunner.values()].filter((s) =>
    s.some((st) => /^\s*set local role zet_app\b/i.test(st.sql)),
  );
  if (scoped.length !== 1 || !scoped[0]) {
    throw new Error(`Expected one partnership-scoped transaction, saw ${scoped.length}`);
  }
  return scoped[0];
}
