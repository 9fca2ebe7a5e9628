// Themes coded on survey comments by the change team. A comment is known only by a keyed hash
// of its response and question, so codes never point back to a response row, and two comments
// by the same person cannot be told to be theirs.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('comment_codes')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('comment_key', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('coded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_codes_pk', ['survey_id', 'comment_key', 'theme'])
    .execute();
  await db.schema.createIndex('comment_codes_org_idx').on('comment_codes').columns(['organisation_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comment_codes').ifExists().execute();
}
