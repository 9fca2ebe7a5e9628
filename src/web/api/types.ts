// Shapes the API sends that several features share.
import type { Action } from '../../core/access/policy.js';
import type { Role } from '../../core/access/roles.js';

export type { Action, Role };

export interface Membership {
  organisationId: string;
  organisationName: string;
  roles: Role[];
  actions: Action[];
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface SessionView {
  user: SessionUser | null;
  memberships: Membership[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Items<T> {
  items: T[];
}
