// Runs work in a transaction: joins the caller's if one is open, so a service can be used
// both on its own and as one step of a larger all-or-nothing write.
import type { Db } from '../db/database.js';

export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
