// SQL for the Discover synthesis and its cells. Every query is scoped by organisation; every
// update names the version it read.
import type { Db } from '../../db/database.js';
import type { SynthesesTable, SynthesisCellsTable } from './synthesis.table.js';

const changed = (res: { numUpdatedRows?: bigint }) => Number(res.numUpdatedRows ?? 0n) === 1;

export const findSynthesis = (db: Db, organisationId: string, programmeId: string) =>
  db.selectFrom('syntheses').selectAll().where('organisation_id', '=', organisationId).where('programme_id', '=', programmeId).executeTakeFirst();

export async function insertSynthesis(db: Db, row: SynthesesTable): Promise<void> {
  await db.insertInto('syntheses').values(row).onConflict((oc) => oc.column('programme_id').doNothing()).execute();
}

export async function updateSynthesisIfVersion(db: Db, organisationId: string, programmeId: string, readVersion: number, patch: Partial<SynthesesTable>): Promise<boolean> {
  const res = await db
    .updateTable('syntheses')
    .set({ ...patch, version: readVersion + 1 })
    .where('organisation_id', '=', organisationId)
    .where('programme_id', '=', programmeId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(res);
}

export const cellsOf = (db: Db, organisationId: string, programmeId: string) =>
  db.selectFrom('synthesis_cells').selectAll().where('organisation_id', '=', organisationId).where('programme_id', '=', programmeId).execute();

export async function insertCell(db: Db, row: SynthesisCellsTable): Promise<void> {
  await db.insertInto('synthesis_cells').values(row).execute();
}

export async function updateCellIfVersion(db: Db, row: SynthesisCellsTable, readVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('synthesis_cells')
    .set({ rating: row.rating, narrative: row.narrative, version: row.version, updated_by: row.updated_by, updated_at: row.updated_at })
    .where('organisation_id', '=', row.organisation_id)
    .where('programme_id', '=', row.programme_id)
    .where('element', '=', row.element)
    .where('source', '=', row.source)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return changed(res);
}
