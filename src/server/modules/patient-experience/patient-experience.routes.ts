// The patient experience API under /organisations/:orgId/patient-experience: the board and the
// change team read (metrics.read); those who keep the evidence import and code (metrics.write).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { badRequest } from '../../kernel/errors.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { exportQuery, sendTable } from '../../kernel/table-export.js';
import { codeFeedback, importFeedback, listFeedback } from './feedback.service.js';
import { importFft } from './fft.service.js';
import { feedbackSummaryTable, feedbackTemplateCsv, fftTemplateCsv, fftTrendTable, fftUnitsTable } from './patient-experience-tables.js';
import { codeBody, codeView, feedbackListView, feedbackParams, feedbackQuery, fftExportQuery, importResultView, overviewView } from './patient-experience.schemas.js';
import { overview } from './patient-experience.service.js';

/** The uploaded file's bytes, from the multipart field "file". */
async function uploaded(request: FastifyRequest): Promise<Buffer> {
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw badRequest('file_missing', 'Attach the file in a form field called "file".', [{ path: 'file', message: 'Choose a CSV or Excel (.xlsx) file' }]);
  return part.toBuffer();
}

const csvFile = (name: string) => ({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` });

export const patientExperienceRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['patient experience'];
    const base = '/organisations/:orgId/patient-experience';

    app.get(base, { config: { action: 'metrics.read' }, schema: { tags, summary: 'The Friends and Family Test trend and latest month by unit (with NHS England’s suppression), strengths and concerns by cultural element, and closed patient surveys', params: orgParams, response: { 200: overviewView } } },
      async (request) => overview(db, orgOf(request).organisationId));

    app.post(`${base}/fft/import`, { config: { action: 'metrics.write' }, schema: { tags, summary: 'Import Friends and Family Test results from a CSV or XLSX file (multipart field "file"): checked whole, all or nothing', params: orgParams, consumes: ['multipart/form-data'], response: { 200: importResultView } } },
      async (request) => importFft(db, orgOf(request), await uploaded(request)));

    app.get(`${base}/fft/export`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'The latest month by unit (view=units) or the monthly trend (view=trend) as CSV or XLSX, with the same figures hidden', params: orgParams, querystring: fftExportQuery } },
      async (request, reply) => {
        const { fft } = await overview(db, orgOf(request).organisationId);
        return sendTable(reply, request.query.view === 'trend' ? fftTrendTable(fft) : fftUnitsTable(fft), request.query.format);
      });

    app.get(`${base}/fft/template.csv`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'A CSV template for importing Friends and Family Test results', params: orgParams } },
      async (_request, reply) => reply.headers(csvFile('fft-results-template.csv')).send(fftTemplateCsv()));

    app.post(`${base}/feedback/import`, { config: { action: 'metrics.write' }, schema: { tags, summary: 'Import complaints and compliments from a CSV or XLSX file (multipart field "file"): checked whole, all or nothing', params: orgParams, consumes: ['multipart/form-data'], response: { 200: importResultView } } },
      async (request) => importFeedback(db, orgOf(request), await uploaded(request)));

    app.get(`${base}/feedback/template.csv`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'A CSV template for importing complaints and compliments', params: orgParams } },
      async (_request, reply) => reply.headers(csvFile('complaints-and-compliments-template.csv')).send(feedbackTemplateCsv()));

    app.get(`${base}/feedback`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'Complaints and compliments, redacted, filtered by kind, unit and theme, searchable, with theme suggestions for those not yet coded', params: orgParams, querystring: feedbackQuery, response: { 200: feedbackListView } } },
      async (request) => listFeedback(db, orgOf(request).organisationId, request.query));

    app.put(`${base}/feedback/:feedbackId/themes`, { config: { action: 'metrics.write' }, schema: { tags, summary: 'Code a complaint or compliment to cultural elements (replaces its themes)', params: feedbackParams, body: codeBody, response: { 200: codeView } } },
      async (request) => codeFeedback(db, orgOf(request), request.params.feedbackId, request.body.themes));

    app.get(`${base}/feedback-summary/export`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'Strengths and concerns by unit and cultural element as CSV or XLSX', params: orgParams, querystring: exportQuery } },
      async (request, reply) => sendTable(reply, feedbackSummaryTable((await overview(db, orgOf(request).organisationId)).feedback), request.query.format));
  };
