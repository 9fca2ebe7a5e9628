import { api, setCsrfToken } from '../../../api/client.js';
import type { Role, SessionView } from '../../../api/types.js';
import { withQuery } from '../../../api/query-string.js';

export const ORGANISATION_KINDS = [
  ['acute_trust', 'Acute trust'],
  ['mental_health_trust', 'Mental health trust'],
  ['community_trust', 'Community trust'],
  ['ambulance_trust', 'Ambulance trust'],
  ['integrated_care_board', 'Integrated care board'],
  ['health_board', 'Health board'],
  ['other', 'Other'],
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number][0];

export interface SetupStatus {
  setupRequired: boolean;
  tokenValid: boolean;
}

export interface SetupBody {
  token: string;
  organisation: { name: string; odsCode: string | null; kind: OrganisationKind };
  admin: { displayName: string; email: string; password: string };
}

export interface DemoAccount {
  role: Role;
  displayName: string;
  email: string;
  password: string;
}

export interface DemoResult {
  organisationId: string;
  session: SessionView;
  accounts: DemoAccount[];
}

export const fetchSetupStatus = (token: string, signal?: AbortSignal) => api.get<SetupStatus>(withQuery('/setup/status', { token }), signal);

export async function completeSetup(body: SetupBody): Promise<SessionView> {
  const session = await api.post<SessionView>('/setup', body);
  setCsrfToken(session.csrfToken);
  return session;
}

export async function loadDemo(token: string): Promise<DemoResult> {
  const result = await api.post<DemoResult>('/setup/demo', { token });
  setCsrfToken(result.session.csrfToken);
  return result;
}
