import { ROLE_LABELS, ROLES } from '../../../../core/access/roles.js';
import { api, orgPath } from '../../../api/client.js';
import type { Items, Role } from '../../../api/types.js';

export { ROLE_LABELS, ROLES };

export const ROLE_HINTS: Record<Role, string> = {
  admin: 'Manages users and roles and can change everything',
  programme_lead: 'Runs the programme: phases, structure, staff list and imports',
  change_team: 'Sees the programme, structure and staff list',
  board: 'Sees the programme and structure',
  team_leader: 'Sees the programme and structure',
  staff: 'Sees the programme',
};

export interface Member {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  lastSignInAt: string | null;
  locked: boolean;
}

export interface NewMember {
  email: string;
  displayName: string;
  roles: Role[];
  password?: string;
}

export interface AddedMember {
  userId: string;
  created: boolean;
  oneTimePassword: string | null;
}

export const usersKey = (orgId: string) => ['org', orgId, 'users'] as const;

export const listUsers = (orgId: string, signal?: AbortSignal) => api.get<Items<Member>>(orgPath(orgId, '/users'), signal);
export const addUser = (orgId: string, body: NewMember) => api.post<AddedMember>(orgPath(orgId, '/users'), body);
export const setRoles = (orgId: string, userId: string, roles: Role[]) => api.put<void>(orgPath(orgId, `/users/${userId}/roles`), { roles });
export const removeUser = (orgId: string, userId: string) => api.delete(orgPath(orgId, `/users/${userId}`));

/** Roles in the policy's order, as words: "Administrator, Programme lead". */
export const roleList = (roles: readonly Role[]) =>
  ROLES.filter((r) => roles.includes(r))
    .map((r) => ROLE_LABELS[r])
    .join(', ');
