// The focus group and board interview API under
// /organisations/:orgId/programmes/:programmeId: guides, sessions, notes, coding and agreement.
// The programme lead and the change team run these conversations; nobody else reads the notes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { badRequest } from '../../kernel/errors.js';
import { agreement, drawSample, saveCoding, secondCoding } from './coding.service.js';
import {
  addExcerptsBody,
  agreementView,
  codingBody,
  codingParams,
  codingView,
  consentBody,
  conversationParams,
  conversationSummary,
  conversationView,
  createConversationBody,
  deleteExcerptQuery,
  excerptParams,
  guideParams,
  guideView,
  listQuery,
  programmeParams,
  sampleBody,
  saveGuideBody,
  secondCodingView,
  updateConversationBody,
  updateExcerptBody,
} from './conversations.schemas.js';
import * as service from './conversations.service.js';
import { guideOf, resetGuide, saveGuide } from './guides.service.js';

async function uploaded(request: FastifyRequest): Promise<Buffer> {
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw badRequest('file_missing', 'Attach the notes in a form field called "file".', [{ path: 'file', message: 'Choose a Word (.docx) or text (.txt) file' }]);
  return part.toBuffer();
}

export const conversationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['focus groups and board interviews'];
    const base = '/organisations/:orgId/programmes/:programmeId';
    const read = { action: 'conversations.read' } as const;
    const write = { action: 'conversations.write' } as const;
    const session = `${base}/conversations/:conversationId`;

    app.get(`${base}/guides/:kind`, { config: read, schema: { tags, summary: 'The programme’s focus-group or board interview guide: the built-in one until the programme edits its copy', params: guideParams, response: { 200: guideView } } },
      async (request) => guideOf(db, orgOf(request).organisationId, request.params.programmeId, request.params.kind));

    app.put(`${base}/guides/:kind`, { config: write, schema: { tags, summary: 'Save the programme’s copy of a guide; send the version you read, or get 409 edit_conflict', params: guideParams, body: saveGuideBody, response: { 200: guideView } } },
      async (request) => saveGuide(db, orgOf(request), request.params.programmeId, request.params.kind, request.body.guide, request.body.version));

    app.delete(`${base}/guides/:kind`, { config: write, schema: { tags, summary: 'Go back to the built-in guide', params: guideParams, querystring: deleteExcerptQuery, response: { 200: guideView } } },
      async (request) => resetGuide(db, orgOf(request), request.params.programmeId, request.params.kind, request.query.version));

    app.get(`${base}/facilitators`, { config: read, schema: { tags, summary: 'Who can facilitate a session: members who can keep notes', params: programmeParams, response: { 200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) }) } } },
      async (request) => ({ items: await service.facilitators(db, orgOf(request).organisationId, request.params.programmeId) }));

    app.get(`${base}/conversations`, { config: read, schema: { tags, summary: 'Focus groups and board interviews, latest first', params: programmeParams, querystring: listQuery, response: { 200: z.object({ items: z.array(conversationSummary) }) } } },
      async (request) => ({ items: await service.listConversations(db, orgOf(request).organisationId, request.params.programmeId, request.query.kind) }));

    app.post(`${base}/conversations`, { config: write, schema: { tags, summary: 'Plan a focus group or board interview against the programme’s guide', params: programmeParams, body: createConversationBody, response: { 201: conversationView } } },
      async (request, reply) => {
        const { kind, ...fields } = request.body;
        return reply.status(201).send(await service.createConversation(db, orgOf(request), request.params.programmeId, kind, fields));
      });

    app.get(session, { config: read, schema: { tags, summary: 'A session with its guide questions and notes (redacted unless you facilitate it or wrote the note), each note’s codes and suggestions', params: conversationParams, response: { 200: conversationView } } },
      async (request) => service.getConversation(db, orgOf(request), request.params.programmeId, request.params.conversationId));

    app.patch(session, { config: write, schema: { tags, summary: 'Change a session’s details; send the version you read', params: conversationParams, body: updateConversationBody, response: { 200: conversationView } } },
      async (request) => {
        const { version, ...fields } = request.body;
        return service.updateConversation(db, orgOf(request), request.params.programmeId, request.params.conversationId, version, fields);
      });

    app.delete(session, { config: write, schema: { tags, summary: 'Delete a session and all its notes', params: conversationParams } },
      async (request, reply) => {
        await service.deleteConversation(db, orgOf(request), request.params.programmeId, request.params.conversationId);
        return reply.status(204).send();
      });

    app.post(`${session}/consent`, { config: write, schema: { tags, summary: 'Record that the participants consented; notes can be kept only after this', params: conversationParams, body: consentBody, response: { 200: conversationView } } },
      async (request) => service.recordConsent(db, orgOf(request), request.params.programmeId, request.params.conversationId, request.body.version, request.body.note ?? ''));

    app.post(`${session}/excerpts`, { config: write, schema: { tags, summary: 'Add typed or pasted notes, each under a question of the guide or none', params: conversationParams, body: addExcerptsBody, response: { 201: conversationView } } },
      async (request, reply) => reply.status(201).send(await service.addExcerpts(db, orgOf(request), request.params.programmeId, request.params.conversationId, request.body.excerpts)));

    app.post(`${session}/notes`, { config: write, schema: { tags, summary: 'Import notes from a Word (.docx) or text (.txt) file (multipart field "file"): one note per paragraph, under the question heading it follows', params: conversationParams, consumes: ['multipart/form-data'], response: { 201: z.object({ format: z.string(), added: z.number(), conversation: conversationView }) } } },
      async (request, reply) => reply.status(201).send(await service.importNotesFile(db, orgOf(request), request.params.programmeId, request.params.conversationId, () => uploaded(request))));

    app.patch(`${session}/excerpts/:excerptId`, { config: write, schema: { tags, summary: 'Change a note’s words or question; send the version you read', params: excerptParams, body: updateExcerptBody, response: { 200: conversationView } } },
      async (request) => {
        const { version, ...patch } = request.body;
        return service.updateExcerpt(db, orgOf(request), request.params.programmeId, request.params.conversationId, request.params.excerptId, version, patch);
      });

    app.delete(`${session}/excerpts/:excerptId`, { config: write, schema: { tags, summary: 'Delete a note; send the version you read as ?version=', params: excerptParams, querystring: deleteExcerptQuery, response: { 200: conversationView } } },
      async (request) => service.deleteExcerpt(db, orgOf(request), request.params.programmeId, request.params.conversationId, request.params.excerptId, request.query.version));

    app.put(`${session}/excerpts/:excerptId/coding/:coder`, { config: write, schema: { tags, summary: 'Code a note (first coder, or second coder on the sample); version 0 for a first coding', params: codingParams, body: codingBody, response: { 200: codingView } } },
      async (request) => saveCoding(db, orgOf(request), request.params.programmeId, request.params.conversationId, request.params.excerptId, request.params.coder, request.body));

    app.get(`${base}/second-coding`, { config: read, schema: { tags, summary: 'The notes sampled for a second coder, with the second coding only', params: programmeParams, response: { 200: secondCodingView } } },
      async (request) => secondCoding(db, orgOf(request), request.params.programmeId));

    app.post(`${base}/second-coding/sample`, { config: write, schema: { tags, summary: 'Draw (or enlarge) the seeded sample of notes for a second coder', params: programmeParams, body: sampleBody, response: { 200: secondCodingView } } },
      async (request) => drawSample(db, orgOf(request), request.params.programmeId, request.body.percent));

    app.get(`${base}/agreement`, { config: read, schema: { tags, summary: 'Cohen’s kappa per cultural element between the first and second coders, with a plain reading', params: programmeParams, response: { 200: agreementView } } },
      async (request) => agreement(db, orgOf(request).organisationId, request.params.programmeId));
  };
