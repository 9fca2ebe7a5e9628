// 360 feedback: a person's request, its raters by group, and responses kept apart from the
// raters in the same way survey responses are kept apart from invitations (random ids, date
// only, keyed single-use markers; clustered by id on SQLite).
import { SqliteAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const isSqlite = (db: AnyDb) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('feedback_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('subject_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('feedback_requests_subject_idx').on('feedback_requests').columns(['organisation_id', 'subject_user_id']).execute();

  await db.schema
    .createTable('feedback_raters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('feedback_requests.id').onDelete('cascade'))
    .addColumn('rater_group', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('feedback_raters_email_uq', ['request_id', 'email'])
    .execute();

  await db.schema
    .createTable('feedback_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('feedback_requests.id').onDelete('cascade'))
    .addColumn('rater_group', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .modifyEnd(isSqlite(db) ? sql`without rowid` : sql``)
    .execute();

  await db.schema
    .createTable('feedback_spent_markers')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('feedback_requests.id').onDelete('cascade'))
    .addColumn('marker', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_spent_markers_pk', ['request_id', 'marker'])
    .modifyEnd(isSqlite(db) ? sql`without rowid` : sql``)
    .execute();

  await db.schema
    .createTable('feedback_shares')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('feedback_requests.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_shares_pk', ['request_id', 'user_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['feedback_shares', 'feedback_spent_markers', 'feedback_responses', 'feedback_raters', 'feedback_requests']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
