import { api, orgPath } from '../../../api/client.js';
import type { ProgrammeView } from '../../programme/api/programme-api.js';

export interface OrganisationView {
  id: string;
  name: string;
  odsCode: string | null;
  kind: string;
  isDemo: boolean;
}

export interface HomeView {
  organisation: OrganisationView;
  programme: ProgrammeView | null;
  counts: { units: number; staff: number; changeTeam: number };
}

export const homeKey = (orgId: string) => ['org', orgId, 'home'] as const;
export const fetchHome = (orgId: string, signal?: AbortSignal) => api.get<HomeView>(orgPath(orgId, '/home'), signal);
