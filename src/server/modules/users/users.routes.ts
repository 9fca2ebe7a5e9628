import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgOf } from '../../kernel/authorize.js';
import type { AppDeps } from '../../kernel/deps.js';
import { orgParams } from '../../kernel/http-schemas.js';
import { addUserBody, memberView, setRolesBody, userParams } from './users.schemas.js';
import { addMember, listMembers, removeMember, setRoles } from './users.service.js';

export const userRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = deps.database.db;
    const tags = ['users and roles'];
    const base = '/organisations/:orgId/users';

    app.get(base, { config: { action: 'users.manage' }, schema: { tags, summary: 'People with access, and their roles', params: orgParams, response: { 200: z.object({ items: z.array(memberView) }) } } },
      async (request) => ({ items: await listMembers(db, orgOf(request).organisationId) }));

    app.post(base, { config: { action: 'users.manage' }, schema: { tags, summary: 'Give someone access; a one-time password is generated if none is given', params: orgParams, body: addUserBody } },
      async (request, reply) => reply.status(201).send(await addMember(db, orgOf(request), request.body)));

    app.put(`${base}/:userId/roles`, { config: { action: 'users.manage' }, schema: { tags, summary: 'Replace someone’s roles', params: userParams, body: setRolesBody } },
      async (request, reply) => {
        await setRoles(db, orgOf(request), request.params.userId, request.body.roles);
        return reply.status(204).send();
      });

    app.delete(`${base}/:userId`, { config: { action: 'users.manage' }, schema: { tags, summary: 'Remove someone’s access to this organisation', params: userParams } },
      async (request, reply) => {
        await removeMember(db, orgOf(request), request.params.userId);
        return reply.status(204).send();
      });
  };
