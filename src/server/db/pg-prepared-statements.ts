// PostgreSQL parses and plans every statement it is sent unless the statement is named, and
// Kysely never names them. This wraps the pool so that each distinct query text is sent as a
// named prepared statement, parsed once per connection: the same saving as the SQLite
// statement cache. Very long texts (bulk inserts with many rows) are sent as they are, so a
// connection never collects thousands of one-off statements.
import { createHash } from 'node:crypto';
import type pg from 'pg';

const MAX_PREPARED_SQL_LENGTH = 4000;

const nameFor = (sql: string) => `k_${createHash('sha1').update(sql).digest('base64url')}`;

type QueryFn = (...args: unknown[]) => unknown;

function prepareByDefault(client: pg.PoolClient): pg.PoolClient {
  const marked = client as pg.PoolClient & { __namesStatements?: true };
  if (marked.__namesStatements) return client;
  const original = client.query.bind(client) as QueryFn;
  (client as unknown as { query: QueryFn }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && text.length <= MAX_PREPARED_SQL_LENGTH) {
      return original({ name: nameFor(text), text, values });
    }
    return original(...args);
  };
  marked.__namesStatements = true;
  return client;
}

/** The pool, handing out clients that name their statements. */
export function withPreparedStatements(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => prepareByDefault(await connect());
  return pool;
}
