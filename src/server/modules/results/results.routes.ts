import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { z } from 'zod';
import { exportQuery, sendTable } from '../../kernel/table-export.js';
import { breakdownTable, comparisonTable, crossTabTable, driversTable, heatmapTable, unitTable } from './results-tables.js';
import { breakdownOptions, surveyBreakdown, surveyCrossTab } from './breakdowns.service.js';
import { comparableSurveys, unitComparison } from './comparison.service.js';
import { codeComment, listComments } from './comments.service.js';
import { codeBody, commentParams, commentsQuery, commentsView } from './comments.schemas.js';
import { surveyDrivers } from './drivers.service.js';
import { breakdownOptionsView, breakdownQuery, breakdownView, comparableView, comparisonQuery, crossTabQuery, crossTabView, comparisonView, driversQuery, driversView, heatmapQuery, heatmapView, resultsParams, unitReportView, unitResultsParams } from './results.schemas.js';
import * as service from './results.service.js';


export const resultsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['results'];
    const base = '/organisations/:orgId/surveys/:surveyId/results';

    app.get(`${base}/heatmap`, { config: { action: 'results.read' }, schema: { tags, summary: 'Every unit (with its subtree) against every measure, or every statement, small groups protected', params: resultsParams, querystring: heatmapQuery, response: { 200: heatmapView } } },
      async (request) => service.surveyHeatmap(db, orgOf(request).organisationId, request.params.surveyId, request.query.level));

    app.get(`${base}/units/:unitId`, { config: { action: 'results.read' }, schema: { tags, summary: 'One unit’s results item by item (unitId “organisation” for the whole organisation)', params: unitResultsParams, response: { 200: unitReportView } } },
      async (request) => service.unitResults(db, orgOf(request).organisationId, request.params.surveyId, request.params.unitId));

    app.get(`${base}/comparable`, { config: { action: 'results.read' }, schema: { tags, summary: 'Closed surveys this one can be compared with (sharing a measure or statement)', params: resultsParams, response: { 200: comparableView } } },
      async (request) => ({ items: await comparableSurveys(db, orgOf(request).organisationId, request.params.surveyId) }));

    app.get(`${base}/units/:unitId/comparison`, { config: { action: 'results.read' }, schema: { tags, summary: 'One unit against an earlier survey: each change tested, with its p-value and a plain reading', params: unitResultsParams, querystring: comparisonQuery, response: { 200: comparisonView } } },
      async (request) => unitComparison(db, orgOf(request).organisationId, request.params.surveyId, request.params.unitId, request.query.with));

    app.get(`${base}/drivers`, { config: { action: 'results.read' }, schema: { tags, summary: 'Key drivers of an outcome across the organisation: correlations with 95% intervals and a regression', params: resultsParams, querystring: driversQuery, response: { 200: driversView } } },
      async (request) => surveyDrivers(db, orgOf(request).organisationId, request.params.surveyId, request.query.outcome));

    app.get(`${base}/comments`, { config: { action: 'results.read' }, schema: { tags, summary: 'Comments of a unit’s whole subtree, redacted, only where the group is large enough; searchable and filterable by theme', params: resultsParams, querystring: commentsQuery, response: { 200: commentsView } } },
      async (request) => listComments(deps, orgOf(request).organisationId, request.params.surveyId, request.query));

    app.put(`${base}/comments/:key/themes`, { config: { action: 'comments.code' }, schema: { tags, summary: 'Code a comment to cultural elements (replaces its themes)', params: commentParams, body: codeBody, response: { 200: z.object({ key: z.string(), themes: z.array(z.string()) }) } } },
      async (request) => codeComment(deps, orgOf(request), request.params.surveyId, request.params.key, request.body.themes));

    app.get(`${base}/breakdowns`, { config: { action: 'results.read' }, schema: { tags, summary: 'What the results can be broken down by (pay band, staff group, demographic questions)', params: resultsParams, response: { 200: breakdownOptionsView } } },
      async (request) => breakdownOptions(db, orgOf(request).organisationId, request.params.surveyId));

    app.get(`${base}/breakdown`, { config: { action: 'results.read' }, schema: { tags, summary: 'A unit (with its subtree) by pay band, staff group or a demographic, against every measure or statement; protected against every table already published for the survey', params: resultsParams, querystring: breakdownQuery, response: { 200: breakdownView } } },
      async (request) => surveyBreakdown(db, orgOf(request).organisationId, request.params.surveyId, request.query));

    app.get(`${base}/crosstab`, { config: { action: 'results.read' }, schema: { tags, summary: 'A unit’s teams by a demographic’s categories: head counts, and a measure’s scores if asked; protected against every table already published', params: resultsParams, querystring: crossTabQuery, response: { 200: crossTabView } } },
      async (request) => surveyCrossTab(db, orgOf(request).organisationId, request.params.surveyId, request.query));

    app.get(`${base}/breakdown/export`, { config: { action: 'results.read' }, schema: { tags, summary: 'A breakdown as CSV or XLSX, with the same cells hidden', params: resultsParams, querystring: exportQuery.extend(breakdownQuery.shape) } },
      async (request, reply) => sendTable(reply, breakdownTable(await surveyBreakdown(db, orgOf(request).organisationId, request.params.surveyId, request.query)), request.query.format));

    app.get(`${base}/crosstab/export`, { config: { action: 'results.read' }, schema: { tags, summary: 'A cross-tab as CSV or XLSX, with the same cells hidden', params: resultsParams, querystring: exportQuery.extend(crossTabQuery.shape) } },
      async (request, reply) => sendTable(reply, crossTabTable(await surveyCrossTab(db, orgOf(request).organisationId, request.params.surveyId, request.query)), request.query.format));

    app.get(`${base}/units/:unitId/comparison/export`, { config: { action: 'results.read' }, schema: { tags, summary: 'The comparison with an earlier survey as CSV or XLSX', params: unitResultsParams, querystring: exportQuery.extend(comparisonQuery.shape) } },
      async (request, reply) => sendTable(reply, comparisonTable(await unitComparison(db, orgOf(request).organisationId, request.params.surveyId, request.params.unitId, request.query.with)), request.query.format));

    app.get(`${base}/drivers/export`, { config: { action: 'results.read' }, schema: { tags, summary: 'The key drivers as CSV or XLSX', params: resultsParams, querystring: exportQuery.extend(driversQuery.shape) } },
      async (request, reply) => sendTable(reply, driversTable(await surveyDrivers(db, orgOf(request).organisationId, request.params.surveyId, request.query.outcome)), request.query.format));

    app.get(`${base}/heatmap/export`, { config: { action: 'results.read' }, schema: { tags, summary: 'The heatmap as CSV or XLSX, with the same cells hidden', params: resultsParams, querystring: exportQuery.extend(heatmapQuery.shape) } },
      async (request, reply) => sendTable(reply, heatmapTable(await service.surveyHeatmap(db, orgOf(request).organisationId, request.params.surveyId, request.query.level)), request.query.format));

    app.get(`${base}/units/:unitId/export`, { config: { action: 'results.read' }, schema: { tags, summary: 'One unit’s statements as CSV or XLSX, with the same cells hidden', params: unitResultsParams, querystring: exportQuery } },
      async (request, reply) => sendTable(reply, unitTable(await service.unitResults(db, orgOf(request).organisationId, request.params.surveyId, request.params.unitId)), request.query.format));
  };
