// Builds the Fastify app: plugins, then the kernel (errors, sessions, CSRF, authorization),
// then every module under /api/v1, then the web app and its fallback route.
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DbHandle } from './db/database.js';
import { registerAuthorization } from './kernel/authorize.js';
import type { AppDeps } from './kernel/deps.js';
import { registerErrorHandling, sendProblem } from './kernel/error-handler.js';
import { AppError } from './kernel/errors.js';
import { auditRoutes } from './modules/audit/index.js';
import { authRoutes, registerAuthHooks } from './modules/auth/index.js';
import { healthRoutes } from './modules/health/index.js';
import { importRoutes } from './modules/imports/index.js';
import { bumpDataVersion, organisationRoutes } from './modules/organisations/index.js';
import { programmeRoutes } from './modules/programmes/index.js';
import { benchmarkRoutes } from './modules/benchmarks/index.js';
import { resultsRoutes } from './modules/results/index.js';
import { metricRoutes } from './modules/metrics/index.js';
import { patientExperienceRoutes } from './modules/patient-experience/index.js';
import { conversationRoutes } from './modules/conversations/index.js';
import { synthesisRoutes } from './modules/synthesis/index.js';
import { workforceRoutes } from './modules/workforce/index.js';
import { feedbackRoutes } from './modules/feedback/index.js';
import { deliverQueued, mailRoutes } from './modules/mail/index.js';
import { instrumentRoutes, respondRoutes, surveyRoutes } from './modules/surveys/index.js';
import { setupRoutes } from './modules/setup/index.js';
import { staffRoutes } from './modules/staff/index.js';
import { unitRoutes } from './modules/units/index.js';
import { userRoutes } from './modules/users/index.js';

import { createMailer } from './kernel/mailer.js';
import { registerReadCache } from './kernel/read-cache.js';
import { loadSecretKey } from './kernel/secret-key.js';

/**
 * Request log lines without survey link secrets or respondents' addresses: a personal link's
 * token, or the address of the ward computer, next to the time, would say who answered when.
 */
function redactedRequest(req: { method: string; url: string; ip?: string }) {
  const url = redactSurveyLinks(req.url);
  return url === req.url ? { method: req.method, url, remoteAddress: req.ip } : { method: req.method, url };
}

export const redactSurveyLinks = (url: string) => url.replace(/\/(respond\/(?:invitation|open|feedback|i|o|f)\/)[^/?#]+/g, '/$1[redacted]');

export const API_PREFIX = '/api/v1';
const MAIL_RETRY_MS = 30_000;

/** With a mail server, retries anything queued (after a restart, or when the server was down) every 30 s. */
function startMailDelivery(app: FastifyInstance, deps: AppDeps): void {
  if (!deps.mailer) return;
  const timer = setInterval(() => void deliverQueued(deps).catch((err) => app.log.error({ err }, 'mail delivery failed')), MAIL_RETRY_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    deps.mailer?.close();
  });
}
const JSON_BODY_LIMIT = 1024 * 1024;

export async function buildApp(config: Config, database: DbHandle): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, serializers: { req: redactedRequest } },
    trustProxy: config.trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const deps: AppDeps = { config, database, secretKey: loadSecretKey(config.secret), mailer: createMailer(config.mail) };
  startMailDelivery(app, deps);

  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only means something over TLS; it is added below when the request arrived securely.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10, parts: 12 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Cultivate API',
        version: '1',
        description: 'Run a culture and leadership programme. Every error is application/problem+json with a stable `code`.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuthHooks(app, deps);
  registerAuthorization(app);
  registerReadCache(app, { bump: (orgId) => bumpDataVersion(database.db, orgId) });

  await app.register(healthRoutes(deps), { prefix: '/api' });
  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(setupRoutes(deps));
      await api.register(organisationRoutes(deps));
      await api.register(unitRoutes(deps));
      await api.register(staffRoutes(deps));
      await api.register(userRoutes(deps));
      await api.register(programmeRoutes(deps));
      await api.register(mailRoutes(deps));
      await api.register(feedbackRoutes(deps));
      await api.register(instrumentRoutes(deps));
      await api.register(surveyRoutes(deps));
      await api.register(respondRoutes(deps));
      await api.register(resultsRoutes(deps));
      await api.register(benchmarkRoutes(deps));
      await api.register(metricRoutes(deps));
      await api.register(patientExperienceRoutes(deps));
      await api.register(conversationRoutes(deps));
      await api.register(synthesisRoutes(deps));
      await api.register(workforceRoutes(deps));
      await api.register(importRoutes(deps));
      await api.register(auditRoutes(deps));
    },
    { prefix: API_PREFIX },
  );

  await registerWebApp(app, config.webRoot);
  return app;
}

async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const indexFile = path.join(webRoot, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    // A missing bundle file (say, from a page left open across an upgrade) is a plain 404, not the app's HTML.
    if (url.startsWith('/api') || url.startsWith('/assets/') || request.method !== 'GET') {
      return sendProblem(reply, new AppError(404, 'route_not_found', `There is no ${request.method} ${url}.`));
    }
    if (!hasWeb) {
      return reply.type('text/plain').send('The web app has not been built. Run `npm run build` (npm start does this for you).');
    }
    // Survey links load the respondent pages, a small bundle of their own; every other route the staff
    // app. Never from a cache without asking: a page naming old bundles would fail after an upgrade.
    const page = url.startsWith('/respond/') ? 'respond.html' : 'index.html';
    return reply.header('cache-control', 'no-cache').sendFile(page, { cacheControl: false });
  });
}
