import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { sendReminders } from './invitations.service.js';
import { responseRates } from './response-rates.service.js';
import { paperForm, submitPaper } from './responses.service.js';
import { type SurveyView, createSurveyBody, paperSubmissionBody, respondentView, responseRatesView, surveyParams, surveyView, versionBody } from './surveys.schemas.js';
import * as service from './surveys.service.js';

export const surveyRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['surveys'];
    // Only a configured public address is trusted for printed links; otherwise the browser's own origin is right.
    const withUrl = (view: SurveyView): SurveyView => ({
      ...view,
      openLinkUrl: view.openLinkPath && deps.config.publicUrl ? `${deps.config.publicUrl}${view.openLinkPath}` : null,
    });
    const base = '/organisations/:orgId/surveys';

    app.get(base, { config: { action: 'surveys.read' }, schema: { tags, summary: 'Surveys, newest first', params: orgParams, response: { 200: z.object({ items: z.array(surveyView) }) } } },
      async (request) => ({ items: (await service.listSurveys(db, orgOf(request).organisationId)).map(withUrl) }));

    app.post(base, { config: { action: 'surveys.manage' }, schema: { tags, summary: 'Draft a survey', params: orgParams, body: createSurveyBody, response: { 201: surveyView } } },
      async (request, reply) => reply.status(201).send(withUrl(await service.createSurvey(db, orgOf(request), request.body))));

    app.get(`${base}/:surveyId`, { config: { action: 'surveys.read' }, schema: { tags, summary: 'One survey', params: surveyParams, response: { 200: surveyView } } },
      async (request) => withUrl(await service.getSurvey(db, orgOf(request).organisationId, request.params.surveyId)));

    app.post(`${base}/:surveyId/launch`, { config: { action: 'surveys.manage' }, schema: { tags, summary: 'Launch: freeze the audience and send invitations', params: surveyParams, body: versionBody, response: { 200: surveyView } } },
      async (request) => withUrl(await service.launchSurvey(deps, orgOf(request), request.params.surveyId, request.body.version)));

    app.post(`${base}/:surveyId/close`, { config: { action: 'surveys.manage' }, schema: { tags, summary: 'Close: no more responses', params: surveyParams, body: versionBody, response: { 200: surveyView } } },
      async (request) => withUrl(await service.closeSurvey(deps, orgOf(request), request.params.surveyId, request.body.version)));

    app.post(`${base}/:surveyId/reminders`, { config: { action: 'surveys.manage' }, schema: { tags, summary: 'Remind everyone who has not answered (who they are is never shown)', params: surveyParams, response: { 200: z.object({ reminded: z.number(), notSent: z.number() }) } } },
      async (request) => sendReminders(deps, orgOf(request), request.params.surveyId));

    app.get(`${base}/:surveyId/response-rates`, { config: { action: 'surveys.read' }, schema: { tags, summary: 'Live response rates by unit, for units at or above the threshold', params: surveyParams, response: { 200: responseRatesView } } },
      async (request) => responseRates(db, orgOf(request).organisationId, request.params.surveyId));

    app.get(`${base}/:surveyId/paper-form`, { config: { action: 'surveys.paper_entry' }, schema: { tags, summary: 'The questions of an open survey and the units answers may be filed under, for typing in paper forms', params: surveyParams, response: { 200: respondentView } } },
      async (request) => paperForm(deps, orgOf(request), request.params.surveyId));

    app.post(`${base}/:surveyId/paper-responses`, { config: { action: 'surveys.paper_entry' }, schema: { tags, summary: 'Type in a paper response', params: surveyParams, body: paperSubmissionBody } },
      async (request, reply) => {
        await submitPaper(deps, orgOf(request), request.params.surveyId, request.body);
        return reply.status(201).send({ stored: true });
      });
  };
