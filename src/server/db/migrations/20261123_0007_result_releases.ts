// What has been published of each closed survey, per population (everyone, or the answerers
// of one measure or statement), as a release history (core/analytics/release-history.ts).
// Figures already seen cannot be taken back, so every new table is protected against this
// record; `version` lets two people asking for new tables at once both be recorded, never one
// overwriting the other. Surveys also keep the pay bands and staff groups of their frozen
// audience, which results are broken down by (older surveys fall back to their invitations).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('result_releases')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('population', 'text', (c) => c.notNull())
    .addColumn('history_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('result_releases_pk', ['survey_id', 'population'])
    .execute();
  await db.schema.alterTable('surveys').addColumn('audience_categories', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('surveys').dropColumn('audience_categories').execute();
  await db.schema.dropTable('result_releases').ifExists().execute();
}
