import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { homeFor } from './organisation-home.service.js';
import { organisationView, updateOrganisationBody } from './organisations.schemas.js';
import { getOrganisation, updateOrganisation } from './organisations.service.js';

export const organisationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['organisation'];

    app.get('/organisations/:orgId', { config: { action: 'organisation.read' }, schema: { tags, summary: 'The organisation', params: orgParams, response: { 200: organisationView } } },
      async (request) => getOrganisation(db, orgOf(request).organisationId));

    app.patch('/organisations/:orgId', { config: { action: 'organisation.update' }, schema: { tags, summary: 'Rename the organisation or set its ODS code and kind', params: orgParams, body: updateOrganisationBody, response: { 200: organisationView } } },
      async (request) => updateOrganisation(db, orgOf(request).organisationId, request.body));

    app.get('/organisations/:orgId/home', { config: { action: 'organisation.read', readCache: true }, schema: { tags, summary: 'Home page data: where the programme stands and the size of the organisation', params: orgParams } },
      async (request) => homeFor(db, orgOf(request).organisationId));
  };
