export interface ImportRunsTable {
  id: string;
  organisation_id: string;
  kind: string;
  file_name: string;
  status: string;
  total_rows: number;
  created_count: number;
  updated_count: number;
  errors: string;
  created_by: string | null;
  created_at: string;
  finished_at: string | null;
}
