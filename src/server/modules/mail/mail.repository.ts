// SQL for the outbox: messages Cultivate writes instead of sending when no mail server is set up.
import type { Db } from '../../db/database.js';
import type { MailOutboxTable } from './mail.table.js';

const BATCH = 500;

export async function insertOutbox(db: Db, rows: readonly MailOutboxTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto('mail_outbox').values(rows.slice(i, i + BATCH)).execute();
}

export async function listOutbox(db: Db, organisationId: string, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    db.selectFrom('mail_outbox').selectAll().where('organisation_id', '=', organisationId).orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    db.selectFrom('mail_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const queued = (db: Db, limit: number, maxAttempts: number) =>
  db.selectFrom('mail_outbox').selectAll().where('status', '=', 'queued').where('attempts', '<', maxAttempts).orderBy('created_at').orderBy('id').limit(limit).execute();

export async function markSent(db: Db, id: string, at: string, storedBody: string): Promise<void> {
  await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: at, body: storedBody, last_error: null }).where('id', '=', id).execute();
}

export async function markFailedAttempt(db: Db, id: string, giveUp: boolean, error: string): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 500), ...(giveUp ? { status: 'failed' } : {}) }))
    .where('id', '=', id)
    .execute();
}
