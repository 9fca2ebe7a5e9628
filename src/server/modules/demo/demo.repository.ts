import type { Db } from '../../db/database.js';
import type { PeopleTable } from '../staff/staff.table.js';

export async function insertPeople(db: Db, rows: PeopleTable[]): Promise<void> {
  // 500 rows × 16 columns stays well inside both engines' bind-parameter limits.
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('people').values(rows.slice(i, i + 500)).execute();
}

/** Accounts that belong to no organisation any more (after a demo is removed). */
export async function deleteUsersWithoutMemberships(db: Db, emails: string[]): Promise<void> {
  if (!emails.length) return;
  await db
    .deleteFrom('users')
    .where('email', 'in', emails)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('memberships').select('user_id').whereRef('memberships.user_id', '=', 'users.id'))))
    .execute();
}
