import type { Generated } from 'kysely';

export interface OrganisationsTable {
  id: string;
  name: string;
  ods_code: string | null;
  kind: string;
  is_demo: number;
  created_at: string;
  /** Bumped by every change to the organisation's data; see kernel/read-cache.ts. Defaults to 0. */
  data_version: Generated<number>;
}
