import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withPreparedStatements } from './pg-prepared-statements.js';

// Runs where the suite runs on PostgreSQL (CI does both); there is nothing to prepare on SQLite.
const url = process.env.DATABASE_URL;

describe.runIf(url)('named prepared statements on PostgreSQL', () => {
  it('prepares each short query text once per connection, and leaves very long ones unnamed', async () => {
    const pool = withPreparedStatements(new pg.Pool({ connectionString: url, max: 1 }));
    const db = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool }) });
    try {
      for (const n of [1, 2, 3]) expect((await sql<{ v: number }>`select ${n}::int + 1 as v`.execute(db)).rows[0]!.v).toBe(n + 1);
      const long = `select 1 as v /* ${'x'.repeat(5000)} */ where 1 = $1`;
      await sql.raw(long.replace('$1', '1')).execute(db);
      const prepared = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(db);
      const ours = prepared.rows.filter((r) => r.name.startsWith('k_'));
      // One name for the three runs of the same text (the listing query itself is prepared too).
      expect(ours.filter((r) => r.statement.includes('::int + 1'))).toHaveLength(1);
      expect(ours.some((r) => r.statement.includes('xxxxx'))).toBe(false);
    } finally {
      await db.destroy();
    }
  });
});
