import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { personView, staffQuery } from './staff.schemas.js';
import { exportStaffCsv, listStaff, staffFacets } from './staff.service.js';

export const staffRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/organisations/:orgId/staff',
      {
        config: { action: 'staff.read', readCache: true },
        schema: {
          tags: ['staff'],
          summary: 'The staff list, searchable and filterable by unit (including units below it)',
          params: orgParams,
          querystring: staffQuery,
          response: { 200: z.object({ items: z.array(personView), total: z.number(), page: z.number(), pageSize: z.number() }) },
        },
      },
      async (request) => listStaff(deps.database.db, orgOf(request).organisationId, request.query),
    );

    const facet = z.array(z.object({ value: z.string(), count: z.number() }));
    app.get(
      '/organisations/:orgId/staff/facets',
      {
        config: { action: 'staff.read', readCache: true },
        schema: { tags: ['staff'], summary: 'The pay bands and staff groups on the staff list, with how many people hold each', params: orgParams, response: { 200: z.object({ payBands: facet, staffGroups: facet }) } },
      },
      async (request) => staffFacets(deps.database.db, orgOf(request).organisationId),
    );

    app.get(
      '/organisations/:orgId/staff/export',
      {
        config: { action: 'staff.read' },
        schema: { tags: ['staff'], summary: 'The staff list as CSV (audited)', params: orgParams, querystring: staffQuery.pick({ unitId: true, q: true }) },
      },
      async (request, reply) => {
        const csv = await exportStaffCsv(deps.database.db, orgOf(request), request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="staff.csv"')
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );
  };
