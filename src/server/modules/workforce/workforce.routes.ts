import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { exportQuery, sendTable } from '../../kernel/table-export.js';
import { workforceTable } from './workforce-table.js';
import { workforceAnalysis } from './workforce.service.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-03-31')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Use a real date');
const asOfQuery = z.strictObject({ asOf: isoDate.optional() });

export const workforceRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['workforce'];
    const base = '/organisations/:orgId/workforce';

    // The reports' shapes are the core's types (src/core/workforce); each figure is a protected cell.
    app.get(base, { config: { action: 'metrics.read' }, schema: { tags, summary: 'The leadership workforce analysis on a date (default today): leaders, span of control, turnover and stability, age and retirement risk, succession cover, representation; small numbers protected', params: orgParams, querystring: asOfQuery } },
      async (request) => workforceAnalysis(db, orgOf(request), request.query.asOf));

    app.get(`${base}/export`, { config: { action: 'metrics.read' }, schema: { tags, summary: 'The headline workforce figures per unit as CSV or XLSX, with the same cells hidden', params: orgParams, querystring: exportQuery.extend(asOfQuery.shape) } },
      async (request, reply) => sendTable(reply, workforceTable(await workforceAnalysis(db, orgOf(request), request.query.asOf)), request.query.format));
  };
