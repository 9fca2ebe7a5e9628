// Route-test harness: a real, migrated database per test file (SQLite in memory, or a fresh
// PostgreSQL database when DATABASE_URL is set), the real app, and signed-in agents.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import type { Role } from '../../core/access/roles.js';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type DbHandle } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import { newId } from '../kernel/ids.js';
import { createAccount } from '../modules/auth/index.js';
import { createOrganisation } from '../modules/organisations/index.js';

export const TEST_PASSWORD = 'correct horse battery staple 9';

async function freshDatabase(): Promise<{ database: Config['database']; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: { kind: 'sqlite', path: ':memory:' }, drop: async () => {} };
  const name = `cultivate_t_${newId().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: target.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestContext {
  app: FastifyInstance;
  handle: DbHandle;
  config: Config;
  close(): Promise<void>;
  /** Creates an organisation with its name. */
  organisation(name?: string): Promise<string>;
  /** Creates an account with these roles in the organisation and returns a signed-in agent. */
  agent(organisationId: string, roles: Role[], email?: string): Promise<Agent>;
  anonymous(): Promise<Agent>;
}

export interface Agent {
  userId: string | null;
  email: string | null;
  csrf: string;
  cookies: Record<string, string>;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

function makeAgent(app: FastifyInstance, userId: string | null, email: string | null): Agent {
  const agent: Agent = {
    userId,
    email,
    csrf: '',
    cookies: {},
    async request(opts) {
      const headers = { ...(opts.headers ?? {}) } as Record<string, string>;
      const method = (opts.method ?? 'GET').toUpperCase();
      if (method !== 'GET' && agent.csrf && headers['x-csrf-token'] === undefined) headers['x-csrf-token'] = agent.csrf;
      const res = await app.inject({ ...opts, headers, cookies: { ...agent.cookies, ...(opts.cookies ?? {}) } });
      for (const c of res.cookies) {
        if (c.value === '' || (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires && c.expires.getTime() < Date.now())) delete agent.cookies[c.name];
        else agent.cookies[c.name] = c.value;
      }
      if (String(res.headers['content-type'] ?? '').includes('json') && res.body) {
        try {
          const body = JSON.parse(res.body) as { csrfToken?: string; session?: { csrfToken?: string } };
          const token = body.csrfToken ?? body.session?.csrfToken;
          if (token) agent.csrf = token;
        } catch {
          /* not JSON after all */
        }
      }
      return res;
    },
    get: (url) => agent.request({ method: 'GET', url }),
    post: (url, payload) => agent.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) }),
    patch: (url, payload) => agent.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload) => agent.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => agent.request({ method: 'DELETE', url }),
  };
  return agent;
}

let counter = 0;

export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, drop } = await freshDatabase();
  const config = loadConfig({ NODE_ENV: 'test', CULTIVATE_LOG_LEVEL: 'silent' }, { database, webRoot: '/nonexistent', signInRatePerMinute: 1000, secret: { kind: 'ephemeral' }, ...overrides });
  const handle = openDatabase(database);
  await migrateToLatest(handle.db);
  const app = await buildApp(config, handle);
  await app.ready();

  const ctx: TestContext = {
    app,
    handle,
    config,
    async close() {
      await app.close();
      await handle.close();
      await drop();
    },
    organisation: (name = `Test Trust ${++counter}`) => createOrganisation(handle.db, { name, odsCode: null, kind: 'acute_trust' }),
    async agent(organisationId, roles, email = `user${++counter}.${roles.join('-')}@example.nhs.uk`) {
      const { userId } = await createAccount(handle.db, organisationId, { email, displayName: `Test ${roles.join(' ')}`, password: TEST_PASSWORD }, roles);
      const agent = makeAgent(app, userId, email);
      await agent.get('/api/v1/auth/session');
      const res = await agent.post('/api/v1/auth/sign-in', { email, password: TEST_PASSWORD });
      if (res.statusCode !== 200) throw new Error(`sign-in failed for test agent: ${res.statusCode} ${res.body}`);
      return agent;
    },
    async anonymous() {
      const agent = makeAgent(app, null, null);
      await agent.get('/api/v1/auth/session');
      return agent;
    },
  };
  return ctx;
}

/** Creates units through the API as `admin`, returning each new unit's id. */
export const unitCreator =
  (admin: Agent, orgId: string) =>
  (body: { name: string; externalCode: string; kind: string; parentId: string | null }): Promise<string> =>
    admin.post(`/api/v1/organisations/${orgId}/units`, body).then((r) => r.json<{ id: string }>().id);
