import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { emailSchema, passwordSchema, startBrowserSession } from '../auth/index.js';
import { odsCode, organisationName, ORGANISATION_KINDS } from '../organisations/index.js';
import { completeSetup, setupStatus, setupWithDemo } from './setup.service.js';

const token = z.string().min(1, 'The setup link is missing its token').max(200);

const setupBody = z.strictObject({
  token,
  organisation: z.strictObject({
    name: organisationName,
    odsCode: odsCode.default(null),
    kind: z.enum(ORGANISATION_KINDS, { message: 'Choose the type of organisation' }),
  }),
  admin: z.strictObject({
    displayName: z.string().trim().min(1, 'Enter your full name').max(200, 'Enter a name of 200 characters or fewer'),
    email: emailSchema,
    password: passwordSchema,
  }),
});

export const setupRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['first run'];
    const limited = { rateLimit: { max: 20, timeWindow: '1 minute' } };

    app.get(
      '/setup/status',
      { schema: { tags, summary: 'Does Cultivate still need setting up, and is this token the one printed?', querystring: z.strictObject({ token: z.string().max(200).optional() }) } },
      async (request) => setupStatus(db, request.query.token),
    );

    app.post(
      '/setup',
      { config: limited, schema: { tags, summary: 'Create the organisation and its first administrator (once)', body: setupBody } },
      async (request, reply) => {
        const result = await completeSetup(db, request.body, deps.config.sessionHours);
        return reply.status(201).send(startBrowserSession(reply, result.token, result.session, deps.config.sessionHours));
      },
    );

    app.post(
      '/setup/demo',
      { config: limited, schema: { tags, summary: 'Load the demo organisation instead (once)', body: z.strictObject({ token }) } },
      async (request, reply) => {
        const demo = await setupWithDemo(db, request.body.token, deps.config.sessionHours);
        const session = startBrowserSession(reply, demo.signedIn.token, demo.signedIn.session, deps.config.sessionHours);
        return reply.status(201).send({ organisationId: demo.organisationId, session, accounts: demo.accounts });
      },
    );
  };
