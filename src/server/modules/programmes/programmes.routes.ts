import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import {
  addMemberBody,
  changeTeamMemberView,
  createProgrammeBody,
  memberParams,
  phaseParams,
  programmeParams,
  programmeView,
  updatePhaseBody,
  updateProgrammeBody,
} from './programmes.schemas.js';
import * as service from './programmes.service.js';

export const programmeRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['programme'];
    const base = '/organisations/:orgId/programmes';

    app.get(base, { config: { action: 'programme.read', readCache: true }, schema: { tags, summary: 'Programmes, newest first', params: orgParams, response: { 200: z.object({ items: z.array(programmeView) }) } } },
      async (request) => ({ items: await service.listProgrammes(db, orgOf(request).organisationId) }));

    app.post(base, { config: { action: 'programme.write' }, schema: { tags, summary: 'Start a programme with its phases', params: orgParams, body: createProgrammeBody, response: { 201: programmeView } } },
      async (request, reply) => reply.status(201).send(await service.createProgrammeAudited(db, orgOf(request), request.body)));

    app.get(`${base}/:programmeId`, { config: { action: 'programme.read' }, schema: { tags, summary: 'One programme', params: programmeParams, response: { 200: programmeView } } },
      async (request) => service.getProgramme(db, orgOf(request).organisationId, request.params.programmeId));

    app.patch(`${base}/:programmeId`, { config: { action: 'programme.write' }, schema: { tags, summary: 'Edit a programme; send the version you read, or get 409 edit_conflict', params: programmeParams, body: updateProgrammeBody, response: { 200: programmeView } } },
      async (request) => service.updateProgramme(db, orgOf(request), request.params.programmeId, request.body));

    app.patch(`${base}/:programmeId/phases/:phase`, { config: { action: 'programme.write' }, schema: { tags, summary: 'Set a phase’s status and dates', params: phaseParams, body: updatePhaseBody, response: { 200: programmeView } } },
      async (request) => service.updatePhase(db, orgOf(request).organisationId, request.params.programmeId, request.params.phase, request.body));

    app.get(`${base}/:programmeId/change-team`, { config: { action: 'programme.read', readCache: true }, schema: { tags, summary: 'The change team', params: programmeParams, response: { 200: z.object({ items: z.array(changeTeamMemberView) }) } } },
      async (request) => ({ items: await service.changeTeam(db, orgOf(request).organisationId, request.params.programmeId) }));

    app.post(`${base}/:programmeId/change-team`, { config: { action: 'programme.write' }, schema: { tags, summary: 'Add someone from the staff list to the change team', params: programmeParams, body: addMemberBody } },
      async (request, reply) => {
        await service.addToChangeTeam(db, orgOf(request).organisationId, request.params.programmeId, request.body.personId, request.body.roleNote);
        return reply.status(204).send();
      });

    app.delete(`${base}/:programmeId/change-team/:personId`, { config: { action: 'programme.write' }, schema: { tags, summary: 'Remove someone from the change team', params: memberParams } },
      async (request, reply) => {
        await service.removeFromChangeTeam(db, orgOf(request).organisationId, request.params.programmeId, request.params.personId);
        return reply.status(204).send();
      });
  };
