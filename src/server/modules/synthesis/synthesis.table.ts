// Row types of the synthesis tables (see migration 0013).

export interface SynthesesTable {
  programme_id: string;
  organisation_id: string;
  /** 'draft' or 'agreed'. */
  status: string;
  event_date: string | null;
  quote_threshold: number;
  agreed_at: string | null;
  agreed_by: string | null;
  version: number;
  updated_at: string;
}

export interface SynthesisCellsTable {
  organisation_id: string;
  programme_id: string;
  element: string;
  /** A synthesis source, or 'overall' for the element's summary. */
  source: string;
  rating: string | null;
  narrative: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}
