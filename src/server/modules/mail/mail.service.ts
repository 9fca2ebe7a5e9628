// Sending messages. Messages are written in the same transaction as the change that causes
// them (a launch, a 360 request), so none is lost or sent for a change that never happened;
// with a mail server they are then delivered from the queue, and their personal links are
// removed from the stored copy once sent. Without one they stay in the outbox to be read.
import type { Db } from '../../db/database.js';
import type { AppDeps } from '../../kernel/deps.js';
import { newId, nowIso } from '../../kernel/ids.js';
import * as repo from './mail.repository.js';

export interface NewMessage {
  organisationId: string;
  surveyId: string | null;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
}

const MAX_ATTEMPTS = 5;
const BATCH = 100;
/** Personal links are only for the recipient; the stored copy keeps the words, not the key. */
const redactLinks = (body: string) => body.replace(/(\/respond\/[a-z]+\/)[A-Za-z0-9_-]+/g, '$1[sent to the recipient only]');

export async function queueMessages(deps: AppDeps, trx: Db, messages: readonly NewMessage[]): Promise<void> {
  const status = deps.mailer ? 'queued' : 'outbox';
  const at = nowIso();
  await repo.insertOutbox(
    trx,
    messages.map((m) => ({ id: newId(), organisation_id: m.organisationId, survey_id: m.surveyId, kind: m.kind, recipient: m.recipient, subject: m.subject, body: m.body, status, attempts: 0, last_error: null, sent_at: null, created_at: at })),
  );
}

/** Records a line in the outbox that is only ever read, never sent (e.g. a reminder summary). */
export async function noteInOutbox(deps: AppDeps, trx: Db, note: NewMessage): Promise<void> {
  await repo.insertOutbox(trx, [{ id: newId(), organisation_id: note.organisationId, survey_id: note.surveyId, kind: note.kind, recipient: note.recipient, subject: note.subject, body: note.body, status: 'note', attempts: 0, last_error: null, sent_at: null, created_at: nowIso() }]);
}

/**
 * Sends a message straight away without keeping it, for messages whose list of recipients
 * must not be stored (reminders). Returns false if the mail server refused it.
 */
export async function sendUnrecorded(deps: AppDeps, to: string, subject: string, text: string): Promise<boolean> {
  if (!deps.mailer) return false;
  try {
    await deps.mailer.send({ to, subject, text });
    return true;
  } catch {
    return false;
  }
}

let delivering: Promise<number> | null = null;

/** Delivers queued messages; one run at a time per process. Returns how many were sent. */
export function deliverQueued(deps: AppDeps): Promise<number> {
  if (!deps.mailer) return Promise.resolve(0);
  delivering ??= (async () => {
    let sent = 0;
    try {
      for (;;) {
        const batch = await repo.queued(deps.database.db, BATCH, MAX_ATTEMPTS);
        if (!batch.length) return sent;
        for (const m of batch) {
          try {
            await deps.mailer!.send({ to: m.recipient, subject: m.subject, text: m.body });
            await repo.markSent(deps.database.db, m.id, nowIso(), redactLinks(m.body));
            sent++;
          } catch (err) {
            await repo.markFailedAttempt(deps.database.db, m.id, m.attempts + 1 >= MAX_ATTEMPTS, err instanceof Error ? err.message : String(err));
          }
        }
      }
    } finally {
      delivering = null;
    }
  })();
  return delivering;
}
