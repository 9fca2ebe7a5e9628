// The culture and outcomes dashboard's data: each metric's values by unit and period (the
// whole organisation is unit key "organisation"), and per metric the target and benchmark
// the board reads it against.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('metric_values')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('metric_key', 'text', (c) => c.notNull())
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('org_units.id').onDelete('cascade'))
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_index', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('metric_values_pk', ['organisation_id', 'metric_key', 'unit_key', 'period'])
    .execute();
  await db.schema.createIndex('metric_values_series_idx').on('metric_values').columns(['organisation_id', 'metric_key', 'unit_key', 'period_index']).execute();
  await db.schema
    .createTable('metric_settings')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('metric_key', 'text', (c) => c.notNull())
    .addColumn('target', 'double precision')
    .addColumn('benchmark', 'double precision')
    .addColumn('benchmark_label', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('metric_settings_pk', ['organisation_id', 'metric_key'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('metric_settings').ifExists().execute();
  await db.schema.dropTable('metric_values').ifExists().execute();
}
