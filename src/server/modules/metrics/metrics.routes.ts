import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { badRequest } from '../../kernel/errors.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { exportQuery, sendTable } from '../../kernel/table-export.js';
import { catalogueTable, dashboardTable, seriesTable, valuesTemplateCsv } from './metrics-tables.js';
import { dashboardView, importResultView, metricParams, removeValueQuery, seriesQuery, seriesView, settingsBody, settingsView, unitQuery, unitsComparisonView, valueBody } from './metrics.schemas.js';
import * as service from './metrics.service.js';

export const metricRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['dashboard'];
    const base = '/organisations/:orgId/metrics';

    app.get(`${base}/dashboard`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'Every metric by cultural element, with its latest value and SPC icons, for the organisation or a unit', params: orgParams, querystring: unitQuery, response: { 200: dashboardView } } },
      async (request) => service.dashboard(db, orgOf(request).organisationId, request.query.unit));

    app.get(`${base}/dashboard/export`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'The dashboard as CSV or XLSX', params: orgParams, querystring: exportQuery.extend(unitQuery.shape) } },
      async (request, reply) => sendTable(reply, dashboardTable(await service.dashboard(db, orgOf(request).organisationId, request.query.unit)), request.query.format));

    app.get(`${base}/catalogue/export`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'The metrics Cultivate knows, with their keys, as CSV or XLSX', params: orgParams, querystring: exportQuery } },
      async (request, reply) => sendTable(reply, catalogueTable(), request.query.format));

    app.get(`${base}/template.csv`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'A CSV template for importing values', params: orgParams } },
      async (_request, reply) => reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="metric-values-template.csv"').send(valuesTemplateCsv()));

    app.post(`${base}/values/import`, { config: { action: 'metrics.write' }, schema: { tags, summary: 'Import values from a CSV or XLSX file (multipart field "file"): checked whole, all or nothing', params: orgParams, consumes: ['multipart/form-data'], response: { 200: importResultView } } },
      async (request) => {
        const part = await request.file();
        if (!part || part.fieldname !== 'file') throw badRequest('file_missing', 'Attach the file in a form field called "file".', [{ path: 'file', message: 'Choose a CSV or Excel (.xlsx) file' }]);
        return service.importValues(db, orgOf(request), await part.toBuffer());
      });

    app.get(`${base}/:metricKey`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'One metric’s values for the organisation or a unit, with its SPC chart worked out', params: metricParams, querystring: seriesQuery, response: { 200: seriesView } } },
      async (request) => service.metricSeries(db, orgOf(request).organisationId, request.params.metricKey, request.query));

    app.get(`${base}/:metricKey/export`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'One metric’s values and chart lines as CSV or XLSX', params: metricParams, querystring: exportQuery.extend(seriesQuery.shape) } },
      async (request, reply) => sendTable(reply, seriesTable(await service.metricSeries(db, orgOf(request).organisationId, request.params.metricKey, request.query)), request.query.format));

    app.get(`${base}/:metricKey/units`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'One metric’s latest value in every unit that has values', params: metricParams, response: { 200: unitsComparisonView } } },
      async (request) => service.unitsComparison(db, orgOf(request).organisationId, request.params.metricKey));

    app.post(`${base}/:metricKey/values`, { config: { action: 'metrics.write' }, schema: { tags, summary: 'Enter (or replace) one value by hand', params: metricParams, body: valueBody, response: { 200: importResultView } } },
      async (request) => service.enterValue(db, orgOf(request), request.params.metricKey, request.body));

    app.delete(`${base}/:metricKey/values`, { config: { action: 'metrics.write' }, schema: { tags, summary: 'Remove one value', params: metricParams, querystring: removeValueQuery } },
      async (request, reply) => {
        await service.removeValue(db, orgOf(request), request.params.metricKey, request.query.unit, request.query.period);
        return reply.status(204).send();
      });

    app.put(`${base}/:metricKey/settings`, { config: { action: 'metrics.write' }, schema: { tags, summary: 'Set the target and benchmark (send the version you read; a stale one gets 409)', params: metricParams, body: settingsBody, response: { 200: settingsView } } },
      async (request) => service.saveSettings(db, orgOf(request), request.params.metricKey, request.body));

  };
