import type { Db } from '../../db/database.js';
import type { PeopleTable } from '../staff/staff.table.js';
import type { OrgUnitsTable } from '../units/units.table.js';
import type { ImportRunsTable } from './imports.table.js';

export async function insertRun(db: Db, row: ImportRunsTable): Promise<void> {
  await db.insertInto('import_runs').values(row).execute();
}

export async function updateRun(
  db: Db,
  organisationId: string,
  id: string,
  patch: Partial<Pick<ImportRunsTable, 'status' | 'total_rows' | 'created_count' | 'updated_count' | 'errors' | 'finished_at'>>,
): Promise<void> {
  await db.updateTable('import_runs').set(patch).where('organisation_id', '=', organisationId).where('id', '=', id).execute();
}

export const findRun = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('import_runs').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

export const listRuns = (db: Db, organisationId: string, limit: number) =>
  db
    .selectFrom('import_runs')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();

/** Every unit of the organisation, for matching codes and paths. */
export const unitsOf = (db: Db, organisationId: string) =>
  db.selectFrom('org_units').select(['id', 'external_code', 'name', 'parent_id', 'kind']).where('organisation_id', '=', organisationId).execute();

export type StoredUnit = Awaited<ReturnType<typeof unitsOf>>[number];

/** Inserts units, or updates name and parent (and kind when the file gave one) where the code exists. */
export async function upsertUnits(db: Db, rows: OrgUnitsTable[], updateKind: boolean): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('org_units')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'external_code']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        parent_id: eb.ref('excluded.parent_id'),
        updated_at: eb.ref('excluded.updated_at'),
        ...(updateKind ? { kind: eb.ref('excluded.kind') } : {}),
      })),
    )
    .execute();
}

export type UpdatablePersonColumn = Exclude<keyof PeopleTable, 'id' | 'organisation_id' | 'assignment_number' | 'created_at'>;

/** Inserts people, or updates the given columns where the assignment number exists. */
export async function upsertPeople(db: Db, rows: PeopleTable[], update: readonly UpdatablePersonColumn[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('people')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'assignment_number'])
        // The column list varies with the file, so the object is built dynamically; each entry is `col = excluded.col`.
        .doUpdateSet((eb) => Object.fromEntries(update.map((column) => [column, eb.ref(`excluded.${column}`)])) as Record<never, never>),
    )
    .execute();
}


/** Organisations, for the command line to choose one when there is exactly one. */
export const listOrganisations = (db: Db) => db.selectFrom('organisations').select(['id', 'name']).orderBy('created_at').execute();
