import type { Db } from '../../db/database.js';

export const getState = (db: Db, key: string) =>
  db.selectFrom('app_state').select('value').where('key', '=', key).executeTakeFirst().then((r) => r?.value ?? null);

export async function putState(db: Db, key: string, value: string, at: string): Promise<void> {
  await db
    .insertInto('app_state')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}

/** Deletes the key only if it still holds `value`; true when this call consumed it. Safe against races. */
export async function takeState(db: Db, key: string, value: string): Promise<boolean> {
  const res = await db.deleteFrom('app_state').where('key', '=', key).where('value', '=', value).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}
