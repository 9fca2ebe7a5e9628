export interface PeopleTable {
  id: string;
  organisation_id: string;
  unit_id: string;
  assignment_number: string;
  full_name: string;
  work_email: string | null;
  pay_band: string | null;
  staff_group: string | null;
  job_role: string | null;
  is_leader: number;
  ethnicity: string | null;
  sex: string | null;
  disability: string | null;
  age_band: string | null;
  /** Optional ESR fields (migration 0010); absent on rows written before them. */
  start_date?: string | null;
  leaving_date?: string | null;
  leaving_reason?: string | null;
  fte?: number | null;
  line_manager?: string | null;
  key_role?: number | null;
  successors?: number | null;
  created_at: string;
  updated_at: string;
}
