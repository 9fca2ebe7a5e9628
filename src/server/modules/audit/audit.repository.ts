import type { Db } from '../../db/database.js';
import type { AuditEventsTable } from './audit.table.js';

export async function insertAuditEvent(db: Db, event: AuditEventsTable): Promise<void> {
  await db.insertInto('audit_events').values(event).execute();
}

export async function listAuditEvents(db: Db, organisationId: string, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('audit_events')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
