// SQL for uploaded benchmark tables.
import type { Db } from '../../db/database.js';
import type { BenchmarkSetsTable } from './benchmarks.table.js';

export async function insertSet(db: Db, row: BenchmarkSetsTable): Promise<void> {
  await db.insertInto('benchmark_sets').values(row).execute();
}

/** Every table's details and overview, without the (large) tables themselves. */
export const listSets = (db: Db, organisationId: string) =>
  db
    .selectFrom('benchmark_sets')
    .select(['id', 'organisation_id', 'name', 'source', 'file_name', 'uploaded_at', 'overview_json'])
    .where('organisation_id', '=', organisationId)
    .orderBy('uploaded_at', 'desc')
    .execute();

/** The table itself, for sets listed without an overview. */
export const setTable = async (db: Db, organisationId: string, id: string) =>
  (await db.selectFrom('benchmark_sets').select('table_json').where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirstOrThrow()).table_json;

export const findSet = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('benchmark_sets').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
