// Row types for the survey tables (see db/migrations/20261123_0002_surveys.ts).
export interface InstrumentsTable {
  id: string;
  organisation_id: string;
  key: string;
  based_on: string;
  created_at: string;
  updated_at: string;
}

export interface InstrumentVersionsTable {
  id: string;
  organisation_id: string;
  instrument_id: string;
  version: number;
  status: string;
  definition: string;
  edit_version: number;
  created_at: string;
  published_at: string | null;
}

export interface SurveysTable {
  id: string;
  organisation_id: string;
  programme_id: string | null;
  title: string;
  instrument_ref: string;
  instrument_version: number;
  definition: string | null;
  status: string;
  opens_on: string;
  closes_on: string;
  anonymity_threshold: number;
  comment_threshold: number;
  languages: string;
  audience: string;
  invitations_enabled: number;
  open_link_enabled: number;
  paper_enabled: number;
  open_link_code: string | null;
  audience_size: number | null;
  /** JSON AudienceCategories, written at launch; absent on surveys launched before it was kept. */
  audience_categories?: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  launched_at: string | null;
  closed_at: string | null;
}

export interface SurveyUnitsTable {
  organisation_id: string;
  survey_id: string;
  unit_id: string;
  parent_id: string | null;
  name: string;
  external_code: string;
  own_audience: number;
  subtree_audience: number;
  files_responses: number;
  filed_audience: number;
}

export interface SurveyInvitationsTable {
  id: string;
  organisation_id: string;
  survey_id: string;
  person_id: string;
  email: string | null;
  token_hash: string;
  reporting_unit_id: string;
  pay_band: string | null;
  staff_group: string | null;
  sent_on: string | null;
}

export interface SurveySpentMarkersTable {
  organisation_id: string;
  survey_id: string;
  marker: string;
}

export interface SurveyResponsesTable {
  id: string;
  organisation_id: string;
  survey_id: string;
  unit_id: string;
  channel: string;
  language: string;
  submitted_on: string;
  profile: string;
  answers: string;
}
