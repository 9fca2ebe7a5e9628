import type { Db } from '../../db/database.js';
import { newId, nowIso } from '../../kernel/ids.js';
import { insertAuditEvent, listAuditEvents } from './audit.repository.js';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.locked_out'
  | 'auth.sign_out_everywhere'
  | 'auth.password_changed'
  | 'setup.completed'
  | 'demo.loaded'
  | 'user.created'
  | 'user.roles_changed'
  | 'user.removed'
  | 'import.succeeded'
  | 'import.failed'
  | 'export.created'
  | 'programme.created'
  | 'programme.updated'
  | 'instrument.copied'
  | 'instrument.published'
  | 'comment.coded'
  | 'guide.saved'
  | 'guide.reset'
  | 'conversation.planned'
  | 'conversation.updated'
  | 'conversation.deleted'
  | 'conversation.consent_recorded'
  | 'conversation.notes_added'
  | 'conversation.sample_drawn'
  | 'synthesis.agreed'
  | 'synthesis.reopened'
  | 'benchmark.uploaded'
  | 'metrics.values_saved'
  | 'metrics.value_removed'
  | 'metrics.settings_saved'
  | 'survey.created'
  | 'survey.launched'
  | 'survey.closed'
  | 'survey.reminded'
  | 'survey.paper_response';

export interface AuditInput {
  organisationId: string | null;
  actorUserId: string | null;
  actorLabel: string;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

/** Records an event. Pass the transaction when the event belongs to a write, so both land or neither. */
export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await insertAuditEvent(db, {
    id: newId(),
    organisation_id: input.organisationId,
    actor_user_id: input.actorUserId,
    actor_label: input.actorLabel,
    action: input.action,
    target_type: input.targetType ?? null,
    target_id: input.targetId ?? null,
    detail: JSON.stringify(input.detail ?? {}),
    created_at: nowIso(),
  });
}

export interface AuditEventView {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
}

export async function auditLog(db: Db, organisationId: string, page: number, pageSize: number) {
  const { rows, total } = await listAuditEvents(db, organisationId, pageSize, (page - 1) * pageSize);
  const items: AuditEventView[] = rows.map((r) => ({
    id: r.id,
    at: r.created_at,
    actor: r.actor_label,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
  return { items, total, page, pageSize };
}
