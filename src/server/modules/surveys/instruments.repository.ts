// SQL for organisations' own instrument copies and their versions.
import type { Db } from '../../db/database.js';

export const latestPublishedVersion = (db: Db, organisationId: string, instrumentId: string) =>
  db
    .selectFrom('instrument_versions')
    .select(['version', 'definition'])
    .where('organisation_id', '=', organisationId)
    .where('instrument_id', '=', instrumentId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .executeTakeFirst();

export const listCustomInstruments = (db: Db, organisationId: string) =>
  db
    .selectFrom('instruments as i')
    .innerJoin('instrument_versions as v', 'v.instrument_id', 'i.id')
    .select(['i.id', 'i.key', 'i.based_on', 'v.version', 'v.status', 'v.definition', 'v.edit_version', 'v.published_at'])
    .where('i.organisation_id', '=', organisationId)
    // The newest version of each instrument only.
    .where((eb) =>
      eb('v.version', '=', eb.selectFrom('instrument_versions as w').select((w) => w.fn.max('w.version').as('m')).whereRef('w.instrument_id', '=', 'i.id')),
    )
    .orderBy('i.created_at')
    .execute();

export const latestVersion = (db: Db, organisationId: string, instrumentId: string) =>
  db
    .selectFrom('instrument_versions')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('instrument_id', '=', instrumentId)
    .orderBy('version', 'desc')
    .executeTakeFirst();

export const keyTaken = async (db: Db, organisationId: string, key: string) =>
  (await db.selectFrom('instruments').select('id').where('organisation_id', '=', organisationId).where('key', '=', key).executeTakeFirst()) !== undefined;

export async function insertInstrument(
  db: Db,
  row: { id: string; organisation_id: string; key: string; based_on: string; created_at: string; updated_at: string },
): Promise<void> {
  await db.insertInto('instruments').values(row).execute();
}

export async function insertVersion(
  db: Db,
  row: { id: string; organisation_id: string; instrument_id: string; version: number; status: string; definition: string; edit_version: number; created_at: string; published_at: string | null },
): Promise<void> {
  await db.insertInto('instrument_versions').values(row).execute();
}

/** Saves a draft only if it is still a draft at the edit version the caller read. */
export async function updateDraft(db: Db, organisationId: string, versionId: string, editVersion: number, changes: { definition?: string; status?: string; published_at?: string }): Promise<boolean> {
  const res = await db
    .updateTable('instrument_versions')
    .set({ ...changes, edit_version: editVersion + 1 })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .where('edit_version', '=', editVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const findInstrument = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('instruments').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
