import { api, orgPath } from '../../../api/client.js';
import { withQuery } from '../../../api/query-string.js';
import type { Page } from '../../../api/types.js';

export interface Person {
  id: string;
  assignmentNumber: string;
  fullName: string;
  workEmail: string | null;
  payBand: string | null;
  staffGroup: string | null;
  jobRole: string | null;
  isLeader: boolean;
  unitId: string;
  unitName: string;
}

export interface StaffQuery {
  q?: string;
  unitId?: string;
  page?: number;
  pageSize?: number;
}

export const staffKey = (orgId: string, query: StaffQuery) => ['org', orgId, 'staff', query] as const;

export const searchStaff = (orgId: string, query: StaffQuery, signal?: AbortSignal) =>
  api.get<Page<Person>>(withQuery(orgPath(orgId, '/staff'), { ...query }), signal);
