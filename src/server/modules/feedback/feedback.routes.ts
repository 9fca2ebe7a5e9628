import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RATER_GROUPS } from '../../../core/feedback/report.js';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { addRatersBody, createRequestBody, feedbackSubmissionBody, requestParams, requestView, shareBody, shareParams } from './feedback.schemas.js';
import * as service from './feedback.service.js';

const groupScore = z.object({ group: z.enum(RATER_GROUPS), n: z.number(), mean: z.number().nullable(), hidden: z.boolean() });
const reportView = z.object({
  subjectName: z.string(),
  ratersByGroup: z.record(z.string(), z.number()),
  dimensions: z.array(
    z.object({
      constructId: z.string(),
      name: z.string(),
      self: z.number().nullable(),
      allRaters: z.object({ n: z.number(), mean: z.number().nullable(), leftOut: z.array(z.enum(RATER_GROUPS)) }),
      groups: z.array(groupScore),
      importance: z.number().nullable(),
    }),
  ),
});

export const feedbackRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['feedback'];
    const base = '/organisations/:orgId/feedback';
    const config = { action: 'feedback.use' as const };

    app.get(base, { config, schema: { tags, summary: 'My 360 feedback requests, and those shared with me', params: orgParams, response: { 200: z.object({ mine: z.array(requestView), sharedWithMe: z.array(requestView) }) } } },
      async (request) => service.listRequests(deps, orgOf(request)));

    app.post(base, { config, schema: { tags, summary: 'Ask for 360 feedback about yourself', params: orgParams, body: createRequestBody, response: { 201: requestView } } },
      async (request, reply) => reply.status(201).send(await service.createRequest(deps, orgOf(request), request.body)));

    app.get(`${base}/:requestId`, { config, schema: { tags, summary: 'One request (yours, or shared with you)', params: requestParams, response: { 200: requestView } } },
      async (request) => service.getRequest(deps, orgOf(request), request.params.requestId));

    app.post(`${base}/:requestId/raters`, { config, schema: { tags, summary: 'Invite more raters', params: requestParams, body: addRatersBody, response: { 200: requestView } } },
      async (request) => service.inviteMore(deps, orgOf(request), request.params.requestId, request.body.raters));

    app.post(`${base}/:requestId/close`, { config, schema: { tags, summary: 'Close the request and open the report', params: requestParams, response: { 200: requestView } } },
      async (request) => service.closeRequest(deps, orgOf(request), request.params.requestId));

    app.post(`${base}/:requestId/shares`, { config, schema: { tags, summary: 'Share the report with a colleague', params: requestParams, body: shareBody, response: { 200: requestView } } },
      async (request) => service.shareRequest(deps, orgOf(request), request.params.requestId, request.body.email));

    app.delete(`${base}/:requestId/shares/:userId`, { config, schema: { tags, summary: 'Stop sharing the report with someone', params: shareParams, response: { 200: requestView } } },
      async (request) => service.unshareRequest(deps, orgOf(request), request.params.requestId, request.params.userId));

    app.get(`${base}/:requestId/report`, { config, schema: { tags, summary: 'The report: self against others by dimension (after closing)', params: requestParams, response: { 200: reportView } } },
      async (request) => service.report(deps, orgOf(request), request.params.requestId));

    // The rater's side, by personal link only. See respond.routes.ts in surveys for why these skip the session CSRF check.
    const token = z.strictObject({ token: z.string().min(20).max(100) });
    app.get('/respond/feedback/:token', { schema: { tags, summary: 'The feedback form behind a rater’s link', params: token, response: { 200: z.object({ subjectName: z.string(), closesOn: z.string(), group: z.enum(RATER_GROUPS), languages: z.array(z.string()), instrument: z.unknown() }) } } },
      async (request) => service.raterView(deps, request.params.token));

    app.post('/respond/feedback/:token', { config: { csrfExempt: true }, schema: { tags, summary: 'Send feedback (once)', params: token, body: feedbackSubmissionBody, response: { 201: z.object({ stored: z.literal(true) }) } } },
      async (request, reply) => {
        await service.submitFeedback(deps, request.params.token, request.body);
        return reply.status(201).send({ stored: true as const });
      });
  };
