// Row type for the outbox (created in db/migrations/20261123_0002_surveys.ts).
export interface MailOutboxTable {
  id: string;
  organisation_id: string;
  survey_id: string | null;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
}
