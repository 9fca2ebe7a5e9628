export interface AppStateTable {
  key: string;
  value: string;
  updated_at: string;
}
