// SQL for discussion guides, focus groups and board interviews, their excerpts and codings.
// Every query is scoped by organisation; every update names the version it read.
import type { Db } from '../../db/database.js';
import type { ConversationExcerptsTable, ConversationsTable, DiscussionGuidesTable, ExcerptCodingsTable } from './conversations.table.js';

const changed = (res: { numUpdatedRows?: bigint; numDeletedRows?: bigint }) => Number(res.numUpdatedRows ?? res.numDeletedRows ?? 0n) === 1;

export const findGuide = (db: Db, organisationId: string, programmeId: string, kind: string) =>
  db.selectFrom('discussion_guides').selectAll().where('organisation_id', '=', organisationId).where('programme_id', '=', programmeId).where('kind', '=', kind).executeTakeFirst();

export async function insertGuide(db: Db, row: DiscussionGuidesTable): Promise<void> {
  await db.insertInto('discussion_guides').values(row).execute();
}

export async function updateGuideIfVersion(db: Db, row: DiscussionGuidesTable, readVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('discussion_guides')
    .set({ guide: row.guide, version: row.version, updated_by: row.updated_by, updated_at: row.updated_at })
    .where('organisation_id', '=', row.organisation_id)
    .where('programme_id', '=', row.programme_id)
    .where('kind', '=', row.kind)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(res);
}

export async function deleteGuideIfVersion(db: Db, organisationId: string, programmeId: string, kind: string, readVersion: number): Promise<boolean> {
  const res = await db
    .deleteFrom('discussion_guides')
    .where('organisation_id', '=', organisationId)
    .where('programme_id', '=', programmeId)
    .where('kind', '=', kind)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(res);
}

export const listConversations = (db: Db, organisationId: string, programmeId: string, kind?: string) => {
  let query = db.selectFrom('conversations').selectAll().where('organisation_id', '=', organisationId).where('programme_id', '=', programmeId);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute();
};

export const findConversation = (db: Db, organisationId: string, programmeId: string, id: string) =>
  db.selectFrom('conversations').selectAll().where('organisation_id', '=', organisationId).where('programme_id', '=', programmeId).where('id', '=', id).executeTakeFirst();

export async function insertConversation(db: Db, row: ConversationsTable): Promise<void> {
  await db.insertInto('conversations').values(row).execute();
}

export async function updateConversationIfVersion(db: Db, organisationId: string, id: string, readVersion: number, patch: Partial<ConversationsTable>): Promise<boolean> {
  const res = await db
    .updateTable('conversations')
    .set({ ...patch, version: readVersion + 1 })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(res);
}

export async function deleteConversation(db: Db, organisationId: string, id: string): Promise<void> {
  await db.deleteFrom('conversations').where('organisation_id', '=', organisationId).where('id', '=', id).execute();
}

/** Excerpt and coding counts per conversation of the programme. */
export async function excerptCounts(db: Db, organisationId: string, programmeId: string): Promise<Map<string, { excerpts: number; coded: number }>> {
  const rows = await db
    .selectFrom('conversation_excerpts as e')
    .innerJoin('conversations as c', 'c.id', 'e.conversation_id')
    .leftJoin('excerpt_codings as k', (join) => join.onRef('k.excerpt_id', '=', 'e.id').on('k.coder', '=', 'first'))
    .select((eb) => ['e.conversation_id', eb.fn.countAll<string | number>().as('excerpts'), eb.fn.count<string | number>('k.excerpt_id').as('coded')])
    .where('e.organisation_id', '=', organisationId)
    .where('c.programme_id', '=', programmeId)
    .groupBy('e.conversation_id')
    .execute();
  return new Map(rows.map((r) => [r.conversation_id, { excerpts: Number(r.excerpts), coded: Number(r.coded) }]));
}

export const excerptsOf = (db: Db, organisationId: string, conversationId: string) =>
  db.selectFrom('conversation_excerpts').selectAll().where('organisation_id', '=', organisationId).where('conversation_id', '=', conversationId).orderBy('position').execute();

export const findExcerpt = (db: Db, organisationId: string, conversationId: string, id: string) =>
  db.selectFrom('conversation_excerpts').selectAll().where('organisation_id', '=', organisationId).where('conversation_id', '=', conversationId).where('id', '=', id).executeTakeFirst();

export async function lastPosition(db: Db, organisationId: string, conversationId: string): Promise<number> {
  const row = await db
    .selectFrom('conversation_excerpts')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('organisation_id', '=', organisationId)
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last);
}

export async function insertExcerpts(db: Db, rows: readonly ConversationExcerptsTable[]): Promise<void> {
  if (rows.length) await db.insertInto('conversation_excerpts').values([...rows]).execute();
}

export async function updateExcerptIfVersion(db: Db, organisationId: string, id: string, readVersion: number, patch: Partial<ConversationExcerptsTable>): Promise<boolean> {
  const res = await db
    .updateTable('conversation_excerpts')
    .set({ ...patch, version: readVersion + 1 })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(res);
}

export async function deleteExcerptIfVersion(db: Db, organisationId: string, id: string, readVersion: number): Promise<boolean> {
  const res = await db.deleteFrom('conversation_excerpts').where('organisation_id', '=', organisationId).where('id', '=', id).where('version', '=', readVersion).executeTakeFirst();
  return changed(res);
}

/** Every excerpt of the programme (id, conversation, sample flag), in a stable order. */
export const programmeExcerpts = (db: Db, organisationId: string, programmeId: string) =>
  db
    .selectFrom('conversation_excerpts as e')
    .innerJoin('conversations as c', 'c.id', 'e.conversation_id')
    .select(['e.id', 'e.conversation_id', 'e.question_id', 'e.text', 'e.second_coding', 'e.version', 'c.title', 'c.guide'])
    .where('e.organisation_id', '=', organisationId)
    .where('c.programme_id', '=', programmeId)
    .orderBy('e.id')
    .execute();

export async function markSecondCoding(db: Db, organisationId: string, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('conversation_excerpts').set({ second_coding: 1 }).where('organisation_id', '=', organisationId).where('id', 'in', ids.slice(i, i + 500)).execute();
  }
}

export const codingsOf = (db: Db, organisationId: string, excerptIds: readonly string[]) =>
  excerptIds.length
    ? db.selectFrom('excerpt_codings').selectAll().where('organisation_id', '=', organisationId).where('excerpt_id', 'in', [...excerptIds]).execute()
    : Promise.resolve([]);

/** Every coding of the organisation's excerpts, with the excerpt's text: what the suggestion model and the agreement read. */
export const organisationCodings = (db: Db, organisationId: string) =>
  db
    .selectFrom('excerpt_codings as k')
    .innerJoin('conversation_excerpts as e', 'e.id', 'k.excerpt_id')
    .innerJoin('conversations as c', 'c.id', 'e.conversation_id')
    .select(['k.excerpt_id', 'k.coder', 'k.codes', 'k.coded_by', 'k.version', 'e.text', 'c.programme_id'])
    .where('k.organisation_id', '=', organisationId)
    .orderBy('k.excerpt_id')
    .orderBy('k.coder')
    .execute();

export const findCoding = (db: Db, organisationId: string, excerptId: string, coder: string) =>
  db.selectFrom('excerpt_codings').selectAll().where('organisation_id', '=', organisationId).where('excerpt_id', '=', excerptId).where('coder', '=', coder).executeTakeFirst();

export async function insertCoding(db: Db, row: ExcerptCodingsTable): Promise<void> {
  await db.insertInto('excerpt_codings').values(row).execute();
}

export async function updateCodingIfVersion(db: Db, row: ExcerptCodingsTable, readVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('excerpt_codings')
    .set({ codes: row.codes, behaviours: row.behaviours, themes: row.themes, coded_by: row.coded_by, coded_at: row.coded_at, version: row.version })
    .where('organisation_id', '=', row.organisation_id)
    .where('excerpt_id', '=', row.excerpt_id)
    .where('coder', '=', row.coder)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(res);
}

/** A fingerprint of everything coded: the suggestion model is retrained only when it changes. */
export async function codingState(db: Db, organisationId: string): Promise<string> {
  const row = await db
    .selectFrom('excerpt_codings')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('coded_at').as('last'), eb.fn.sum<string | number>('version').as('versions')])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}/${row?.last ?? ''}/${Number(row?.versions ?? 0)}`;
}
