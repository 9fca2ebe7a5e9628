export interface ProgrammesTable {
  id: string;
  organisation_id: string;
  name: string;
  sponsor: string;
  description: string;
  start_date: string;
  end_date: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ProgrammePhasesTable {
  id: string;
  organisation_id: string;
  programme_id: string;
  phase: string;
  status: string;
  start_date: string | null;
  end_date: string | null;
  position: number;
}

export interface ChangeTeamMembersTable {
  organisation_id: string;
  programme_id: string;
  person_id: string;
  role_note: string;
  added_at: string;
}
