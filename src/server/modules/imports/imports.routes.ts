import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importTemplateCsv, templateFileName } from '../../../core/imports/templates.js';
import { can } from '../../../core/access/policy.js';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { badRequest, forbidden } from '../../kernel/errors.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { settleAllImports } from './imports.progress.js';
import { importParams, importQuery, importRunView, importSummaryView, startedImportView, templateParams } from './imports.schemas.js';
import * as service from './imports.service.js';

/** The name to show for an uploaded file: no folders, no control characters, 200 characters at most. */
export function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim() ?? '';
  return base.slice(0, 200) || 'upload';
}

export const importRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['imports'];
    const base = '/organisations/:orgId/imports';
    // Imports keep running after the 202; closing the app waits for them to finish.
    app.addHook('onClose', async () => settleAllImports());

    app.post(
      base,
      {
        // Every import needs units.write (a staff file can create units from its paths);
        // a staff import also needs staff.import, checked below because the kind is in the query.
        config: { action: 'units.write' },
        schema: {
          tags,
          summary: 'Upload a units or staff file (multipart field "file", CSV or .xlsx); checking and writing continue in the background',
          params: orgParams,
          querystring: importQuery,
          consumes: ['multipart/form-data'],
          response: { 202: startedImportView },
        },
      },
      async (request, reply) => {
        const actor = orgOf(request);
        const { kind } = request.query;
        if (kind === 'staff' && !can(actor, 'staff.import')) throw forbidden();
        const part = await request.file();
        if (!part || part.fieldname !== 'file') {
          throw badRequest('file_missing', 'Attach the file in a form field called "file".', [{ path: 'file', message: 'Choose a CSV or Excel (.xlsx) file' }]);
        }
        const buffer = await part.toBuffer();
        const started = await service.startImport(db, actor, kind, cleanFileName(part.filename), buffer, {
          logError: (err, runId) => app.log.error({ err, runId }, 'import failed unexpectedly'),
        });
        return reply.status(202).send({ id: started.id, kind: started.kind, fileName: started.fileName, status: started.status });
      },
    );

    app.get(
      base,
      { config: { action: 'units.write' }, schema: { tags, summary: 'The latest 100 imports, newest first', params: orgParams, response: { 200: z.object({ items: z.array(importSummaryView) }) } } },
      async (request) => ({ items: await service.listImports(db, orgOf(request).organisationId) }),
    );

    app.get(
      `${base}/templates/:kind`,
      { config: { action: 'units.write' }, schema: { tags, summary: 'A CSV template: the header row and two example rows', params: templateParams } },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${templateFileName(request.params.kind)}"`)
          .send(importTemplateCsv(request.params.kind)),
    );

    app.get(
      `${base}/:importId`,
      { config: { action: 'units.write' }, schema: { tags, summary: 'One import: status, progress, counts and every problem found (up to 1,000)', params: importParams, response: { 200: importRunView } } },
      async (request) => service.getImport(db, orgOf(request).organisationId, request.params.importId),
    );
  };
