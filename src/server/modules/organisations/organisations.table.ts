export interface OrganisationsTable {
  id: string;
  name: string;
  ods_code: string | null;
  kind: string;
  is_demo: number;
  created_at: string;
}
