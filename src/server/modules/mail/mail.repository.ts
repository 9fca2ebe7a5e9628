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
