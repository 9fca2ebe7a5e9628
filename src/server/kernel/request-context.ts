// What the server knows about the caller of a request, attached by the auth module's hook.
import type { Action } from '../../core/access/policy.js';
import type { Role } from '../../core/access/roles.js';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface Membership {
  organisationId: string;
  organisationName: string;
  roles: Role[];
  /** The organisation's data version when the session was read (see kernel/read-cache.ts). */
  dataVersion: number;
}

export interface RequestSession {
  id: string;
  csrfToken: string;
  user: SessionUser;
  memberships: Membership[];
}

/** The caller inside the organisation named by the route, after authorization. */
export interface OrgContext {
  organisationId: string;
  userId: string;
  actorLabel: string;
  roles: Role[];
  dataVersion: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: RequestSession | null;
    org: OrgContext | null;
  }
  interface FastifyContextConfig {
    /** The policy action an organisation route requires. Every /organisations/:orgId route must name one. */
    action?: Action;
    /** GET routes whose answer depends only on the organisation's data (not on who asks): cached per data version. */
    readCache?: boolean;
    /**
     * A change that nothing cached per data version depends on (a synthesis cell's rating and
     * narrative), so it leaves the data version as it is: bumping it would throw away evidence
     * that took a second to gather, on every keystroke-sized save.
     */
    leavesDataVersion?: boolean;
    /** Routes that change state but are safe without a CSRF token (none yet; kept explicit). */
    csrfExempt?: boolean;
  }
}
