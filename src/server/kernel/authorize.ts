// Enforces the access policy for every organisation route. A route under
// /organisations/:orgId declares the action it needs; registration fails if it forgets,
// so no tenant route can ever be reached without a policy decision.
import type { FastifyInstance } from 'fastify';
import { can, type Action } from '../../core/access/policy.js';
import { AppError, forbidden, unauthenticated } from './errors.js';
import type { OrgContext } from './request-context.js';

const ORG_PARAM = ':orgId';

export interface RouteEntry {
  method: string;
  url: string;
  action: Action | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the action it requires: the input to the access and tenancy tests. */
    routeCatalogue: RouteEntry[];
  }
}

export function registerAuthorization(app: FastifyInstance): void {
  app.decorateRequest('org', null);
  const catalogue: RouteEntry[] = [];
  app.decorate('routeCatalogue', catalogue);

  app.addHook('onRoute', (route) => {
    if (route.url.includes(ORG_PARAM) && !route.config?.action) {
      throw new Error(`Route ${route.method} ${route.url} is organisation-scoped but names no policy action`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') catalogue.push({ method, url: route.url, action: route.config?.action });
    }
  });

  // preValidation: decide access before looking at the body, so refusals reveal nothing about validity.
  app.addHook('preValidation', async (request) => {
    const action = request.routeOptions.config.action;
    if (!action) return;
    const session = request.session;
    if (!session) throw unauthenticated();
    const orgId = (request.params as Record<string, string | undefined>).orgId;
    const membership = session.memberships.find((m) => m.organisationId === orgId);
    // Non-members get the same answer as a missing organisation: existence is not disclosed.
    if (!membership) throw new AppError(404, 'not_found', 'Organisation was not found.');
    if (!can({ userId: session.user.id, roles: membership.roles }, action)) throw forbidden();
    request.org = {
      organisationId: membership.organisationId,
      userId: session.user.id,
      actorLabel: session.user.email,
      roles: membership.roles,
      dataVersion: membership.dataVersion,
    };
  });
}

/** The authorized organisation context; only call from routes that declare an action. */
export function orgOf(request: { org: OrgContext | null }): OrgContext {
  if (!request.org) throw unauthenticated();
  return request.org;
}
