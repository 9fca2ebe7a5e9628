import type { Db } from '../../db/database.js';
import type { ChangeTeamMembersTable, ProgrammePhasesTable, ProgrammesTable } from './programmes.table.js';

export async function insertProgramme(db: Db, row: ProgrammesTable, phases: ProgrammePhasesTable[]): Promise<void> {
  await db.insertInto('programmes').values(row).execute();
  await db.insertInto('programme_phases').values(phases).execute();
}

export const listProgrammes = (db: Db, organisationId: string) =>
  db.selectFrom('programmes').selectAll().where('organisation_id', '=', organisationId).orderBy('start_date', 'desc').execute();

export const findProgramme = (db: Db, organisationId: string, id: string) =>
  db.selectFrom('programmes').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();

export const phasesOf = (db: Db, organisationId: string, programmeIds: string[]) =>
  programmeIds.length
    ? db
        .selectFrom('programme_phases')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('programme_id', 'in', programmeIds)
        .orderBy('position')
        .execute()
    : Promise.resolve([]);

/** Updates when the stored version matches; returns whether it did (optimistic concurrency). */
export async function updateProgrammeIfVersion(
  db: Db,
  organisationId: string,
  id: string,
  version: number,
  patch: Partial<Pick<ProgrammesTable, 'name' | 'sponsor' | 'description' | 'start_date' | 'end_date'>>,
  at: string,
): Promise<boolean> {
  const res = await db
    .updateTable('programmes')
    .set({ ...patch, version: version + 1, updated_at: at })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function updatePhase(
  db: Db,
  organisationId: string,
  programmeId: string,
  phase: string,
  patch: Partial<Pick<ProgrammePhasesTable, 'status' | 'start_date' | 'end_date'>>,
): Promise<number> {
  const res = await db
    .updateTable('programme_phases')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('programme_id', '=', programmeId)
    .where('phase', '=', phase)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export const changeTeamOf = (db: Db, organisationId: string, programmeId: string) =>
  db
    .selectFrom('change_team_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select(['p.id as person_id', 'p.full_name', 'p.job_role', 'p.pay_band', 'p.staff_group', 'u.name as unit_name', 'm.role_note', 'm.added_at'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.programme_id', '=', programmeId)
    .orderBy('p.full_name')
    .execute();

export async function insertChangeTeamMember(db: Db, row: ChangeTeamMembersTable): Promise<void> {
  await db.insertInto('change_team_members').values(row).onConflict((oc) => oc.columns(['programme_id', 'person_id']).doUpdateSet({ role_note: row.role_note })).execute();
}

export async function deleteChangeTeamMember(db: Db, organisationId: string, programmeId: string, personId: string): Promise<number> {
  const res = await db
    .deleteFrom('change_team_members')
    .where('organisation_id', '=', organisationId)
    .where('programme_id', '=', programmeId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function countChangeTeam(db: Db, organisationId: string, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('change_team_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
