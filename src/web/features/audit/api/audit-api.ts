import { api, orgPath } from '../../../api/client.js';
import { withQuery } from '../../../api/query-string.js';
import type { Page } from '../../../api/types.js';

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
}

export const auditKey = (orgId: string, page: number) => ['org', orgId, 'audit', page] as const;
export const fetchAudit = (orgId: string, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<AuditEvent>>(withQuery(orgPath(orgId, '/audit'), { page, pageSize }), signal);
