// Resolves the session from its cookie on every API request, then enforces CSRF on every
// state-changing request: signed-in callers must echo their session's token, anonymous
// callers the token bound to their pre-session cookie (double submit). Custom headers
// cannot be sent cross-site without CORS, which this server never grants.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { resolveSession } from './auth.service.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './session-cookies.js';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function registerAuthHooks(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await resolveSession(deps.database.db, token) : null;
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.csrfExempt) return;
    const sent = request.headers[CSRF_HEADER];
    const header = Array.isArray(sent) ? sent[0] : sent;
    const expected = request.session ? request.session.csrfToken : request.cookies[CSRF_COOKIE];
    if (!same(header, expected)) {
      throw new AppError(403, 'csrf_failed', 'The security token is missing or out of date. Reload the page and try again.');
    }
  });
}
