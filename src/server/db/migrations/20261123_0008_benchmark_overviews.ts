// Keeps each benchmark table's overview (measures, organisations, groups and years) beside it,
// so listing an organisation's tables does not read and parse every table whole. Tables
// uploaded before this have none, and get theirs worked out when listed.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('benchmark_sets').addColumn('overview_json', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('benchmark_sets').dropColumn('overview_json').execute();
}
