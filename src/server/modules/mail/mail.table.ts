// Row type for the outbox (created in db/migrations/20261123_0002_surveys.ts).
export interface MailOutboxTable {
  id: string;
  organisation_id: string;
  survey_id: string | null;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  /** outbox: kept for administrators to read (no mail server); queued → sent or failed: for the mail server. */
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}
