import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams, pageQuery } from '../../kernel/http-schemas.js';
import { listOutbox } from './mail.repository.js';

const outboxView = z.object({ id: z.string(), surveyId: z.string().nullable(), kind: z.string(), recipient: z.string(), subject: z.string(), body: z.string(), status: z.enum(['outbox', 'note', 'queued', 'sent', 'failed']), sentAt: z.string().nullable(), createdAt: z.string() });

export const mailRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/organisations/:orgId/outbox', { config: { action: 'outbox.read' }, schema: { tags: ['mail'], summary: 'Messages written instead of sent, when no mail server is set up (newest first, paged)', params: orgParams, querystring: pageQuery, response: { 200: z.object({ items: z.array(outboxView), total: z.number(), page: z.number(), pageSize: z.number() }) } } },
      async (request) => {
        const { page, pageSize } = request.query;
        const { rows, total } = await listOutbox(deps.database.db, orgOf(request).organisationId, pageSize, (page - 1) * pageSize);
        return {
          items: rows.map((m) => ({ id: m.id, surveyId: m.survey_id, kind: m.kind, recipient: m.recipient, subject: m.subject, body: m.body, status: m.status as 'outbox', sentAt: m.sent_at, createdAt: m.created_at })),
          total,
          page,
          pageSize,
        };
      });
  };
