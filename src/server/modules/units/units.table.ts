export interface OrgUnitsTable {
  id: string;
  organisation_id: string;
  parent_id: string | null;
  external_code: string;
  name: string;
  kind: string;
  created_at: string;
  updated_at: string;
}
