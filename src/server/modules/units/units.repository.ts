import type { Db } from '../../db/database.js';
import { todayIso } from '../../kernel/ids.js';
import type { OrgUnitsTable } from './units.table.js';

export const listUnitsWithCounts = (db: Db, organisationId: string) =>
  db
    .selectFrom('org_units as u')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('people')
          .select(['unit_id', (e) => e.fn.countAll<number>().as('n')])
          .where('organisation_id', '=', organisationId)
          .where((e) => e.or([e('leaving_date', 'is', null), e('leaving_date', '>', todayIso())]))
          .groupBy('unit_id')
          .as('c'),
      (join) => join.onRef('c.unit_id', '=', 'u.id'),
    )
    .select(['u.id', 'u.parent_id', 'u.external_code', 'u.name', 'u.kind', 'c.n as staff_count'])
    .where('u.organisation_id', '=', organisationId)
    .orderBy('u.name')
    .execute();

export const findUnit = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('org_units').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

export const findUnitByCode = (db: Db, organisationId: string, code: string) =>
  db
    .selectFrom('org_units')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('external_code', '=', code)
    .executeTakeFirst();

export const unitParents = (db: Db, organisationId: string) =>
  db.selectFrom('org_units').select(['id', 'parent_id']).where('organisation_id', '=', organisationId).execute();

export async function insertUnits(db: Db, rows: OrgUnitsTable[]): Promise<void> {
  if (rows.length) await db.insertInto('org_units').values(rows).execute();
}

export async function updateUnit(
  db: Db,
  organisationId: string,
  id: string,
  patch: Partial<Pick<OrgUnitsTable, 'name' | 'external_code' | 'kind' | 'parent_id' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('org_units').set(patch).where('organisation_id', '=', organisationId).where('id', '=', id).execute();
}

export async function deleteUnit(db: Db, organisationId: string, id: string): Promise<void> {
  await db.deleteFrom('org_units').where('organisation_id', '=', organisationId).where('id', '=', id).execute();
}

export async function countChildrenAndStaff(db: Db, organisationId: string, id: string) {
  const [children, staff] = await Promise.all([
    db
      .selectFrom('org_units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .where('unit_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { children: Number(children.n), staff: Number(staff.n) };
}

export async function countUnits(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('org_units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
