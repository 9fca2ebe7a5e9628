export interface CommentCodesTable {
  organisation_id: string;
  survey_id: string;
  /** A keyed hash of the response and question: see the migration. */
  comment_key: string;
  theme: string;
  coded_at: string;
}
