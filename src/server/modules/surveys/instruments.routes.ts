import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { copyInstrumentBody, instrumentDetail, instrumentParams, instrumentSummary, publishBody, saveDraftBody } from './instruments.schemas.js';
import * as service from './instruments.service.js';

export const instrumentRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['instruments'];
    const base = '/organisations/:orgId/instruments';

    app.get(base, { config: { action: 'instruments.read' }, schema: { tags, summary: 'The built-in instruments and the organisation’s own copies', params: orgParams, response: { 200: z.object({ items: z.array(instrumentSummary) }) } } },
      async (request) => ({ items: await service.listInstruments(db, orgOf(request).organisationId) }));

    app.get(`${base}/:ref`, { config: { action: 'instruments.read' }, schema: { tags, summary: 'One instrument with its full definition (ref: builtin:<key> or an instrument id)', params: instrumentParams, response: { 200: instrumentDetail } } },
      async (request) => service.getInstrument(db, orgOf(request).organisationId, request.params.ref));

    app.post(base, { config: { action: 'instruments.write' }, schema: { tags, summary: 'Copy an instrument into an editable draft', params: orgParams, body: copyInstrumentBody, response: { 201: instrumentDetail } } },
      async (request, reply) => reply.status(201).send(await service.copyInstrument(db, orgOf(request), request.body)));

    app.put(`${base}/:ref/draft`, { config: { action: 'instruments.write' }, schema: { tags, summary: 'Save an edited definition (a published version starts the next draft)', params: instrumentParams, body: saveDraftBody, response: { 200: instrumentDetail } } },
      async (request) => service.saveDraft(db, orgOf(request), request.params.ref, request.body));

    app.post(`${base}/:ref/publish`, { config: { action: 'instruments.write' }, schema: { tags, summary: 'Publish the draft; it can then never change', params: instrumentParams, body: publishBody, response: { 200: instrumentDetail } } },
      async (request) => service.publishInstrument(db, orgOf(request), request.params.ref, request.body.editVersion));
  };
