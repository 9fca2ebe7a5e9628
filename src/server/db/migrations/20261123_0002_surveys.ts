// Surveys: organisations' own instrument copies, survey administrations, the audience frozen
// at launch, invitations, and the response store. The response store is kept apart from
// everything that knows who someone is: responses carry no token, person, address or time
// (date only); their ids are random and, on SQLite, the table is clustered by that id
// (WITHOUT ROWID), so storage order says nothing about arrival order. Single use is enforced
// by keyed markers that only the server's secret can tie back to an invitation.
import { SqliteAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const isSqlite = (db: AnyDb) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('based_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('instruments_org_key_uq', ['organisation_id', 'key'])
    .execute();

  await db.schema
    .createTable('instrument_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('instruments.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('edit_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addUniqueConstraint('instrument_versions_uq', ['instrument_id', 'version'])
    .execute();

  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.references('programmes.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('instrument_ref', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('anonymity_threshold', 'integer', (c) => c.notNull())
    .addColumn('comment_threshold', 'integer', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('invitations_enabled', 'integer', (c) => c.notNull())
    .addColumn('open_link_enabled', 'integer', (c) => c.notNull())
    .addColumn('paper_enabled', 'integer', (c) => c.notNull())
    .addColumn('open_link_code', 'text', (c) => c.unique())
    .addColumn('audience_size', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('launched_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('surveys_org_idx').on('surveys').columns(['organisation_id', 'created_at']).execute();

  // The unit tree as it stood at launch, with audience counts, so later restructuring never
  // changes how a survey reports. files_responses marks the units responses are filed under (see core/surveys/frozen-audience.ts).
  await db.schema
    .createTable('survey_units')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('external_code', 'text', (c) => c.notNull())
    .addColumn('own_audience', 'integer', (c) => c.notNull())
    .addColumn('subtree_audience', 'integer', (c) => c.notNull())
    .addColumn('files_responses', 'integer', (c) => c.notNull())
    .addColumn('filed_audience', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_units_pk', ['survey_id', 'unit_id'])
    .execute();

  // Who was invited. Nothing here changes when someone answers.
  await db.schema
    .createTable('survey_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('reporting_unit_id', 'text', (c) => c.notNull())
    .addColumn('pay_band', 'text')
    .addColumn('staff_group', 'text')
    .addColumn('sent_on', 'text')
    .addUniqueConstraint('survey_invitations_person_uq', ['survey_id', 'person_id'])
    .execute();

  // One keyed marker per spent invitation or finished draft: refuses a second submission
  // without saying whose it was.
  await db.schema
    .createTable('survey_spent_markers')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('marker', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_spent_markers_pk', ['survey_id', 'marker'])
    .modifyEnd(isSqlite(db) ? sql`without rowid` : sql``)
    .execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .modifyEnd(isSqlite(db) ? sql`without rowid` : sql``)
    .execute();
  await db.schema.createIndex('survey_responses_unit_idx').on('survey_responses').columns(['survey_id', 'unit_id']).execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.references('surveys.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_outbox_status_idx').on('mail_outbox').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('mail_outbox_org_idx').on('mail_outbox').columns(['organisation_id', 'created_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'mail_outbox',
    'survey_responses',
    'survey_spent_markers',
    'survey_invitations',
    'survey_units',
    'surveys',
    'instrument_versions',
    'instruments',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
