import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { allowedActions } from '../../../core/access/policy.js';
import type { AppDeps } from '../../kernel/deps.js';
import { unauthenticated } from '../../kernel/errors.js';
import { newToken } from '../../kernel/ids.js';
import type { RequestSession } from '../../kernel/request-context.js';
import { changePasswordBody, sessionView, signInBody, type SessionView } from './auth.schemas.js';
import { changePassword, signIn, signOut, signOutEverywhere } from './auth.service.js';
import { CSRF_COOKIE, SESSION_COOKIE, sessionCookieOptions } from './session-cookies.js';

export function presentSession(session: RequestSession | null, anonymousCsrf: string): SessionView {
  return {
    user: session?.user ?? null,
    memberships: (session?.memberships ?? []).map((m) => ({ ...m, actions: allowedActions(m.roles) })),
    csrfToken: session?.csrfToken ?? anonymousCsrf,
  };
}

/** Starts a session for the browser: sets the cookie and answers with the session view. */
export function startBrowserSession(reply: FastifyReply, token: string, session: RequestSession, hours: number): SessionView {
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(hours * 3600));
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
  return presentSession(session, '');
}

function anonymousCsrf(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing) return existing;
  const token = newToken();
  reply.setCookie(CSRF_COOKIE, token, sessionCookieOptions(24 * 3600));
  return token;
}

export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['auth'];

    app.get(
      '/auth/session',
      { schema: { tags, summary: 'Who is signed in, their organisations and roles, and the CSRF token', response: { 200: sessionView } } },
      async (request, reply) => presentSession(request.session, request.session ? '' : anonymousCsrf(request, reply)),
    );

    app.post(
      '/auth/sign-in',
      {
        config: { rateLimit: { max: deps.config.signInRatePerMinute, timeWindow: '1 minute' } },
        schema: { tags, summary: 'Sign in with email and password', body: signInBody, response: { 200: sessionView } },
      },
      async (request, reply) => {
        const result = await signIn(db, request.body.email, request.body.password, deps.config.sessionHours);
        return startBrowserSession(reply, result.token, result.session, deps.config.sessionHours);
      },
    );

    app.post('/auth/sign-out', { schema: { tags, summary: 'Sign out of this browser' } }, async (request, reply) => {
      if (request.session) await signOut(db, request.session.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.post(
      '/auth/sign-out-everywhere',
      { schema: { tags, summary: 'End every session of this account, on every device' } },
      async (request, reply) => {
        if (!request.session) throw unauthenticated();
        await signOutEverywhere(db, request.session);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.post(
      '/auth/password',
      { schema: { tags, summary: 'Change your password; other sessions end', body: changePasswordBody } },
      async (request, reply) => {
        if (!request.session) throw unauthenticated();
        await changePassword(db, request.session, request.body.currentPassword, request.body.newPassword);
        return reply.status(204).send();
      },
    );
  };
