import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { badRequest } from '../../kernel/errors.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { benchmarkSetView, setParams, summaryQuery, summaryView } from './benchmarks.schemas.js';
import * as service from './benchmarks.service.js';

const text = (value: unknown) => (typeof value === 'object' && value && 'value' in value ? String((value as { value: unknown }).value).trim() : '');

export const benchmarkRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['benchmarks'];
    const base = '/organisations/:orgId/benchmarks';

    app.get(base, { config: { action: 'results.read' }, schema: { tags, summary: 'Uploaded benchmark tables, newest first', params: orgParams, response: { 200: z.object({ items: z.array(benchmarkSetView) }) } } },
      async (request) => ({ items: await service.listSets(db, orgOf(request).organisationId) }));

    app.post(base, { config: { action: 'surveys.manage' }, schema: { tags, summary: 'Upload a benchmark CSV (multipart: file, name, source); checked whole, kept only if every row is readable', params: orgParams, consumes: ['multipart/form-data'], response: { 201: benchmarkSetView } } },
      async (request, reply) => {
        const part = await request.file();
        if (!part || part.fieldname !== 'file') throw badRequest('file_missing', 'Attach the CSV file in a form field called "file".', [{ path: 'file', message: 'Choose a CSV file' }]);
        const buffer = await part.toBuffer();
        const name = text(part.fields.name) || part.filename.replace(/\.[^.]+$/, '');
        const source = text(part.fields.source);
        if (!source) throw badRequest('validation_failed', 'Say where the table comes from.', [{ path: 'source', message: 'Enter the source, such as “NHS Staff Survey 2023, organisation results”' }]);
        if (buffer.includes(0)) throw badRequest('validation_failed', 'This is not a CSV file.', [{ path: 'file', message: 'Choose a CSV file (comma-separated text)' }]);
        return reply.status(201).send(await service.uploadSet(db, orgOf(request), { name: name.slice(0, 200), source: source.slice(0, 500), fileName: part.filename.slice(0, 200), text: buffer.toString('utf8') }));
      });

    app.get(`${base}/:setId/summary`, { config: { action: 'results.read' }, schema: { tags, summary: 'Each measure’s spread across a benchmarking group and year, and this organisation’s standing', params: setParams, querystring: summaryQuery, response: { 200: summaryView } } },
      async (request) => service.groupSummary(db, orgOf(request).organisationId, request.params.setId, request.query.group, request.query.year));
  };
