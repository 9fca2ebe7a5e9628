import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams, pageQuery } from '../../kernel/http-schemas.js';
import { auditLog } from './audit.service.js';

export const auditRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/organisations/:orgId/audit',
      {
        config: { action: 'audit.read' },
        schema: { tags: ['audit'], summary: 'The audit log, newest first', params: orgParams, querystring: pageQuery },
      },
      async (request) => auditLog(deps.database.db, orgOf(request).organisationId, request.query.page, request.query.pageSize),
    );
  };

