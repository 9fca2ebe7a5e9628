// Kysely's SQLite driver prepares every statement afresh, which cost about an eighth of the
// server's CPU under load. This wrapper reuses prepared statements by their SQL text. Reuse
// is safe because Kysely runs one query at a time on the single SQLite connection.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Enough for every query shape the app issues; bulk inserts with odd row counts cycle through the rest. */
const DEFAULT_CAPACITY = 500;

export function withStatementCache(sqlite: SQLite.Database, capacity = DEFAULT_CAPACITY): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) {
        // Move to the back: a Map iterates in insertion order, so the front is the least recently used.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = sqlite.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}
