// Caches page data per organisation and data version. Routes that opt in (config.readCache:
// GET, answer the same for everyone allowed to ask) are answered from memory while nothing in
// the organisation has changed. Every successful change under /organisations/:orgId bumps the
// organisation's data version in the database before its answer is sent, so the next read,
// on this server or any other sharing the database, misses and computes afresh (a route marked
// leavesDataVersion changes nothing any of these reads depend on, and skips the bump). Authorization
// still runs first on every request: the cache only skips the work behind an allowed read.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const CAPACITY = 1000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Entry {
  body: string;
  contentType: string;
}

export interface ReadCacheOptions {
  /** Marks the organisation's data as changed (a database write, so every server sees it). */
  bump(organisationId: string): Promise<void>;
}

const keyOf = (request: FastifyRequest) => (request.org ? `${request.org.organisationId}\n${request.org.dataVersion}\n${request.url}` : null);

export function registerReadCache(app: FastifyInstance, options: ReadCacheOptions): void {
  const cache = new Map<string, Entry>();

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || !request.routeOptions.config.readCache) return;
    const key = keyOf(request);
    const hit = key ? cache.get(key) : undefined;
    if (!hit) return;
    cache.delete(key!);
    cache.set(key!, hit);
    reply.header('x-cache', 'hit');
    return reply.type(hit.contentType).send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const orgId = (request.params as Record<string, string | undefined> | undefined)?.orgId;
    if (!SAFE_METHODS.has(request.method)) {
      if (orgId && request.org && reply.statusCode < 400 && !request.routeOptions.config.leavesDataVersion) await options.bump(orgId);
      return payload;
    }
    if (request.method !== 'GET' || !request.routeOptions.config.readCache || reply.statusCode !== 200 || reply.getHeader('x-cache')) return payload;
    const key = keyOf(request);
    if (key && typeof payload === 'string') {
      cache.set(key, { body: payload, contentType: String(reply.getHeader('content-type') ?? 'application/json') });
      if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
    }
    return payload;
  });
}
