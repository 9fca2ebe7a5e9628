import type { Db } from '../../db/database.js';
import type { Insertable } from 'kysely';
import type { OrganisationsTable } from './organisations.table.js';

export async function insertOrganisation(db: Db, org: Insertable<OrganisationsTable>): Promise<void> {
  await db.insertInto('organisations').values(org).execute();
}

export const findOrganisation = (db: Db, id: string) =>
  db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateOrganisation(db: Db, id: string, patch: Partial<Pick<OrganisationsTable, 'name' | 'ods_code' | 'kind'>>) {
  await db.updateTable('organisations').set(patch).where('id', '=', id).execute();
}

export const listDemoOrganisations = (db: Db) =>
  db.selectFrom('organisations').select(['id', 'name']).where('is_demo', '=', 1).execute();

export async function deleteOrganisation(db: Db, id: string): Promise<void> {
  await db.deleteFrom('organisations').where('id', '=', id).execute();
}

export async function countOrganisations(db: Db): Promise<number> {
  const row = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listOrganisations = (db: Db) => db.selectFrom('organisations').select(['id', 'name']).orderBy('name').execute();

/** Marks the organisation's data as changed, so cached page data is not served again. */
export async function bumpDataVersion(db: Db, id: string): Promise<void> {
  await db.updateTable('organisations').set((eb) => ({ data_version: eb('data_version', '+', 1) })).where('id', '=', id).execute();
}
