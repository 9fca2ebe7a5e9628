import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { pingDatabase } from './health.repository.js';

export const healthRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      { schema: { tags: ['health'], summary: 'Is the service up, with its database reachable?', response: { 200: z.object({ status: z.literal('ok') }) } } },
      async () => {
        try {
          await pingDatabase(deps.database.db);
        } catch {
          throw new AppError(503, 'database_unreachable', 'The database is not answering.');
        }
        return { status: 'ok' as const };
      },
    );
  };
