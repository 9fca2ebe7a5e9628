import type { Db } from '../../db/database.js';

export const listMembers = (db: Db, organisationId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.last_sign_in_at', 'u.locked_until', 'm.role'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('u.display_name')
    .execute();

export const rolesOf = (db: Db, organisationId: string, userId: string) =>
  db
    .selectFrom('memberships')
    .select('role')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute()
    .then((rows) => rows.map((r) => r.role));

export async function countAdmins(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
