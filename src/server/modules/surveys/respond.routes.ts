// The respondent's API: no account, no cookie needed. Personal links carry their token; open
// links their code. Submissions are exempt from the session CSRF check because they act
// only on the survey the token or code names, and a forged one could do nothing that the
// link's holder could not do directly.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import * as service from './responses.service.js';
import { openSubmissionBody, respondentView, submissionBody } from './surveys.schemas.js';

const token = z.strictObject({ token: z.string().min(20).max(100) });
const code = z.strictObject({ code: z.string().min(8).max(64) });
const stored = z.object({ stored: z.literal(true) });

export const respondRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['respond'];

    app.get('/respond/invitation/:token', { schema: { tags, summary: 'The survey behind a personal link', params: token, response: { 200: respondentView } } },
      async (request) => service.respondentViewByToken(deps, request.params.token));

    app.post('/respond/invitation/:token', { config: { csrfExempt: true }, schema: { tags, summary: 'Send answers with a personal link (once)', params: token, body: submissionBody, response: { 201: stored } } },
      async (request, reply) => {
        await service.submitByInvitation(deps, request.params.token, request.body);
        return reply.status(201).send({ stored: true });
      });

    app.get('/respond/open/:code', { schema: { tags, summary: 'The survey behind an open link, with the units to choose from', params: code, response: { 200: respondentView } } },
      async (request) => service.respondentView(deps, await service.openSurvey(deps, request.params.code), true));

    app.post('/respond/open/:code', { config: { csrfExempt: true }, schema: { tags, summary: 'Send answers through an open link', params: code, body: openSubmissionBody, response: { 201: stored } } },
      async (request, reply) => {
        await service.submitByOpenLink(deps, request.params.code, request.body);
        return reply.status(201).send({ stored: true });
      });
  };
