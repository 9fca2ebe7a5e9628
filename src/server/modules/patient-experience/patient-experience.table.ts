// Row types of the patient experience tables (see migration 20261123_0011_patient_experience).

export interface FftResultsTable {
  organisation_id: string;
  /** The unit's id, or "organisation" for the whole organisation. */
  unit_key: string;
  unit_id: string | null;
  /** yyyy-mm. */
  period: string;
  /** year × 12 + month − 1, so consecutive months differ by 1. */
  period_index: number;
  very_good: number;
  good: number;
  neither: number;
  poor: number;
  very_poor: number;
  dont_know: number;
  updated_at: string;
}

export interface PatientFeedbackTable {
  id: string;
  organisation_id: string;
  unit_id: string | null;
  /** yyyy-mm-dd. */
  received_on: string;
  /** complaint | compliment */
  kind: string;
  category: string | null;
  /** As received: redacted whenever it is shown. */
  text: string;
  created_at: string;
}

export interface PatientFeedbackCodesTable {
  organisation_id: string;
  feedback_id: string;
  /** A cultural element's key. */
  theme: string;
}
