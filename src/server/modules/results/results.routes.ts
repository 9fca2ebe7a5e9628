import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { heatmapView, resultsParams, unitReportView, unitResultsParams } from './results.schemas.js';
import * as service from './results.service.js';

export const resultsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['results'];
    const base = '/organisations/:orgId/surveys/:surveyId/results';

    app.get(`${base}/heatmap`, { config: { action: 'results.read' }, schema: { tags, summary: 'Every unit (with its subtree) against every measure, small groups protected', params: resultsParams, response: { 200: heatmapView } } },
      async (request) => service.surveyHeatmap(db, orgOf(request).organisationId, request.params.surveyId));

    app.get(`${base}/units/:unitId`, { config: { action: 'results.read' }, schema: { tags, summary: 'One unit’s results item by item (unitId “organisation” for the whole organisation)', params: unitResultsParams, response: { 200: unitReportView } } },
      async (request) => service.unitResults(db, orgOf(request).organisationId, request.params.surveyId, request.params.unitId));
  };
