// SQL for uploaded benchmark tables.
import type { Db } from '../../db/database.js';
import type { BenchmarkSetsTable } from './benchmarks.table.js';

export async function insertSet(db: Db, row: BenchmarkSetsTable): Promise<void> {
  await db.insertInto('benchmark_sets').values(row).execute();
}

export const listSets = (db: Db, organisationId: string) =>
  db.selectFrom('benchmark_sets').selectAll().where('organisation_id', '=', organisationId).orderBy('uploaded_at', 'desc').execute();

export const findSet = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('benchmark_sets').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
