// Row types of the focus group and board interview tables (see migration 0012).

export interface DiscussionGuidesTable {
  organisation_id: string;
  programme_id: string;
  kind: string;
  /** The Guide as JSON. */
  guide: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface ConversationsTable {
  id: string;
  organisation_id: string;
  programme_id: string;
  kind: string;
  title: string;
  held_on: string | null;
  location: string;
  /** 1 when held where staff work, for those who cannot leave their area. */
  mobile: number;
  facilitator_user_id: string | null;
  staff_group: string | null;
  band_from: string | null;
  band_to: string | null;
  site: string | null;
  board_role: string | null;
  participants: number | null;
  consent_at: string | null;
  consent_by: string | null;
  consent_note: string;
  /** The guide's questions when the session was planned, as JSON: notes keep their questions if the guide changes later. */
  guide: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ConversationExcerptsTable {
  id: string;
  organisation_id: string;
  conversation_id: string;
  question_id: string | null;
  position: number;
  /** As written; shown as it is only to the facilitator and the author. */
  text: string;
  author_user_id: string | null;
  /** 1 when drawn into the second-coder sample. */
  second_coding: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ExcerptCodingsTable {
  organisation_id: string;
  excerpt_id: string;
  /** 'first' or 'second'. */
  coder: string;
  /** JSON: [{ element, stance }]. */
  codes: string;
  /** JSON: compassionate-leadership behaviour keys. */
  behaviours: string;
  /** JSON: free themes. */
  themes: string;
  coded_by: string | null;
  version: number;
  coded_at: string;
}
