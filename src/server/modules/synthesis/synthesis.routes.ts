// The synthesis API under /organisations/:orgId/programmes/:programmeId: the matrix with its
// evidence, each cell's rating and narrative, agreeing it (which moves the programme to Design),
// and the Discover checklist. The board reads; the change team drafts; the programme lead agrees.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { exportFileName } from '../../kernel/table-export.js';
import { renderDocx, renderPdf } from '../report/index.js';
import { boardReport } from './board-report.js';
import { discoverChecklist } from './discover.service.js';
import { agreeBody, cellBody, cellParams, checklistView, programmeParams, reopenBody, settingsBody, synthesisView } from './synthesis.schemas.js';
import { agreeSynthesis, getSynthesis, reopenSynthesis, saveCell, saveSettings } from './synthesis.service.js';

export const synthesisRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['synthesis'];
    const base = '/organisations/:orgId/programmes/:programmeId';

    app.get(`${base}/synthesis`, { config: { action: 'synthesis.read' }, schema: { tags, summary: 'The synthesis: cultural elements × sources, each cell with its evidence, a suggested rating and the change team’s rating and narrative; triangulation per element', params: programmeParams, response: { 200: synthesisView } } },
      async (request) => getSynthesis(db, orgOf(request), request.params.programmeId));

    // A cell's rating and narrative change no evidence, so the data version (and the gathered evidence kept for it) stays.
    app.put(`${base}/synthesis/cells/:element/:source`, { config: { action: 'synthesis.write', leavesDataVersion: true }, schema: { tags, summary: 'Rate a cell (or an element overall) and write its narrative; send the version you read, 0 for a new one', params: cellParams, body: cellBody, response: { 200: z.object({ rating: z.enum(['strength', 'mixed', 'develop']).nullable(), narrative: z.string(), version: z.number() }) } } },
      async (request) => saveCell(db, orgOf(request), request.params.programmeId, request.params.element, request.params.source, request.body));

    app.patch(`${base}/synthesis`, { config: { action: 'synthesis.write' }, schema: { tags, summary: 'Set the synthesis event’s date or the quote threshold; send the version you read', params: programmeParams, body: settingsBody, response: { 200: synthesisView } } },
      async (request) => saveSettings(db, orgOf(request), request.params.programmeId, request.body));

    app.post(`${base}/synthesis/agree`, { config: { action: 'synthesis.agree' }, schema: { tags, summary: 'Record the synthesis as agreed at the synthesis event; Discover is complete and Design begins', params: programmeParams, body: agreeBody, response: { 200: synthesisView } } },
      async (request) => agreeSynthesis(db, orgOf(request), request.params.programmeId, request.body));

    app.post(`${base}/synthesis/reopen`, { config: { action: 'synthesis.agree' }, schema: { tags, summary: 'Reopen an agreed synthesis; the programme returns to Discover', params: programmeParams, body: reopenBody, response: { 200: synthesisView } } },
      async (request) => reopenSynthesis(db, orgOf(request), request.params.programmeId, request.body.version));

    // The board report: the same document as JSON (for the printable page), DOCX and tagged PDF.
    app.get(`${base}/report`, { config: { action: 'synthesis.read' }, schema: { tags, summary: 'The board report on Discover as a document (sections of paragraphs, tables and charts), with every figure as its own screen shows it', params: programmeParams } },
      async (request) => boardReport(db, orgOf(request), request.params.programmeId));

    app.get(`${base}/report.docx`, { config: { action: 'synthesis.read' }, schema: { tags, summary: 'The board report as a Word document', params: programmeParams } },
      async (request, reply) => {
        const doc = await boardReport(db, orgOf(request), request.params.programmeId);
        return reply
          .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', `attachment; filename="${exportFileName(doc.title, 'docx')}"`)
          .send(await renderDocx(doc));
      });

    app.get(`${base}/report.pdf`, { config: { action: 'synthesis.read' }, schema: { tags, summary: 'The board report as an accessible, tagged PDF', params: programmeParams } },
      async (request, reply) => {
        const doc = await boardReport(db, orgOf(request), request.params.programmeId);
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="${exportFileName(doc.title, 'pdf')}"`).send(await renderPdf(doc));
      });

    app.get(`${base}/discover`, { config: { action: 'programme.read' }, schema: { tags, summary: 'The Discover checklist: where each diagnostic and the synthesis stands, read from the data', params: programmeParams, response: { 200: checklistView } } },
      async (request) => discoverChecklist(db, orgOf(request), request.params.programmeId));
  };
