export interface ResultReleasesTable {
  organisation_id: string;
  survey_id: string;
  /** "respondents", "measure:<id>" or "item:<id>". */
  population: string;
  history_json: string;
  version: number;
  updated_at: string;
}
