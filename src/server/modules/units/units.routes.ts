import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { createUnitBody, unitParams, unitView, updateUnitBody } from './units.schemas.js';
import { createUnit, deleteUnit, listUnits, updateUnit } from './units.service.js';

export const unitRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['organisation structure'];

    app.get(
      '/organisations/:orgId/units',
      {
        config: { action: 'units.read', readCache: true },
        schema: { tags, summary: 'Every unit, flat, with parent links and direct staff counts', params: orgParams, response: { 200: z.object({ items: z.array(unitView) }) } },
      },
      async (request) => ({ items: await listUnits(db, orgOf(request).organisationId) }),
    );

    app.post(
      '/organisations/:orgId/units',
      { config: { action: 'units.write' }, schema: { tags, summary: 'Add a unit', params: orgParams, body: createUnitBody, response: { 201: unitView } } },
      async (request, reply) => reply.status(201).send(await createUnit(db, orgOf(request).organisationId, request.body)),
    );

    app.patch(
      '/organisations/:orgId/units/:unitId',
      { config: { action: 'units.write' }, schema: { tags, summary: 'Rename, recode or move a unit', params: unitParams, body: updateUnitBody } },
      async (request, reply) => {
        await updateUnit(db, orgOf(request).organisationId, request.params.unitId, request.body);
        return reply.status(204).send();
      },
    );

    app.delete(
      '/organisations/:orgId/units/:unitId',
      { config: { action: 'units.write' }, schema: { tags, summary: 'Remove an empty unit', params: unitParams } },
      async (request, reply) => {
        await deleteUnit(db, orgOf(request).organisationId, request.params.unitId);
        return reply.status(204).send();
      },
    );
  };
