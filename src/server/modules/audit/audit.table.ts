export interface AuditEventsTable {
  id: string;
  organisation_id: string | null;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: string;
  created_at: string;
}
