// Culture focus groups and board interviews, two Discover diagnostics: each programme's copy of
// the discussion guides, the sessions planned and held (with consent), the notes as excerpts,
// and each excerpt's coding by its first coder and, on a sample, a second coder. Codes, themes
// and guides are JSON in text columns, read whole, which SQLite and PostgreSQL treat alike.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('discussion_guides')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('guide', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('discussion_guides_pk', ['programme_id', 'kind'])
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text')
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('mobile', 'integer', (c) => c.notNull())
    .addColumn('facilitator_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('staff_group', 'text')
    .addColumn('band_from', 'text')
    .addColumn('band_to', 'text')
    .addColumn('site', 'text')
    .addColumn('board_role', 'text')
    .addColumn('participants', 'integer')
    .addColumn('consent_at', 'text')
    .addColumn('consent_by', 'text')
    .addColumn('consent_note', 'text', (c) => c.notNull())
    .addColumn('guide', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_programme_idx').on('conversations').columns(['organisation_id', 'programme_id', 'kind']).execute();

  await db.schema
    .createTable('conversation_excerpts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('question_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('second_coding', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversation_excerpts_conversation_idx').on('conversation_excerpts').columns(['conversation_id', 'position']).execute();
  await db.schema.createIndex('conversation_excerpts_org_idx').on('conversation_excerpts').columns(['organisation_id']).execute();

  await db.schema
    .createTable('excerpt_codings')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('excerpt_id', 'text', (c) => c.notNull().references('conversation_excerpts.id').onDelete('cascade'))
    .addColumn('coder', 'text', (c) => c.notNull())
    .addColumn('codes', 'text', (c) => c.notNull())
    .addColumn('behaviours', 'text', (c) => c.notNull())
    .addColumn('themes', 'text', (c) => c.notNull())
    .addColumn('coded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('coded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('excerpt_codings_pk', ['excerpt_id', 'coder'])
    .execute();
  await db.schema.createIndex('excerpt_codings_org_idx').on('excerpt_codings').columns(['organisation_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('excerpt_codings').ifExists().execute();
  await db.schema.dropTable('conversation_excerpts').ifExists().execute();
  await db.schema.dropTable('conversations').ifExists().execute();
  await db.schema.dropTable('discussion_guides').ifExists().execute();
}
