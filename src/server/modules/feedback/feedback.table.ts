// Row types for the 360 feedback tables (see db/migrations/20261123_0003_feedback.ts).
export interface FeedbackRequestsTable {
  id: string;
  organisation_id: string;
  subject_user_id: string;
  subject_name: string;
  definition: string;
  status: string;
  closes_on: string;
  created_at: string;
  closed_at: string | null;
}

export interface FeedbackRatersTable {
  id: string;
  organisation_id: string;
  request_id: string;
  rater_group: string;
  email: string;
  token_hash: string;
  sent_on: string;
}

export interface FeedbackResponsesTable {
  id: string;
  organisation_id: string;
  request_id: string;
  rater_group: string;
  language: string;
  submitted_on: string;
  answers: string;
}

export interface FeedbackSpentMarkersTable {
  organisation_id: string;
  request_id: string;
  marker: string;
}

export interface FeedbackSharesTable {
  organisation_id: string;
  request_id: string;
  user_id: string;
  created_at: string;
}
