// Patient experience, a Discover diagnostic: Friends and Family Test results by unit and month
// (the whole organisation is unit key "organisation", as on the dashboard), and complaints and
// compliments with the cultural elements each is coded to. Only 'integer' and 'text' columns,
// which mean the same on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('fft_results')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('org_units.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_index', 'integer', (c) => c.notNull())
    .addColumn('very_good', 'integer', (c) => c.notNull())
    .addColumn('good', 'integer', (c) => c.notNull())
    .addColumn('neither', 'integer', (c) => c.notNull())
    .addColumn('poor', 'integer', (c) => c.notNull())
    .addColumn('very_poor', 'integer', (c) => c.notNull())
    .addColumn('dont_know', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('fft_results_pk', ['organisation_id', 'unit_key', 'period'])
    .execute();
  await db.schema.createIndex('fft_results_month_idx').on('fft_results').columns(['organisation_id', 'period_index']).execute();

  // A complaint stays on record when its unit is removed: it moves to the whole organisation.
  await db.schema
    .createTable('patient_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.references('org_units.id').onDelete('set null'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('patient_feedback_org_idx').on('patient_feedback').columns(['organisation_id', 'received_on']).execute();

  await db.schema
    .createTable('patient_feedback_codes')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('feedback_id', 'text', (c) => c.notNull().references('patient_feedback.id').onDelete('cascade'))
    .addColumn('theme', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('patient_feedback_codes_pk', ['feedback_id', 'theme'])
    .execute();
  await db.schema.createIndex('patient_feedback_codes_org_idx').on('patient_feedback_codes').columns(['organisation_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('patient_feedback_codes').ifExists().execute();
  await db.schema.dropTable('patient_feedback').ifExists().execute();
  await db.schema.dropTable('fft_results').ifExists().execute();
}
