// Page-data API under load: the demo organisation, signed in as the demo admin, 50 concurrent
// connections (autocannon) for a fixed time against each endpoint a page loads.
import autocannon from 'autocannon';
import { readDemoAccounts, startServer, type RunningServer } from '../e2e/support/server.js';
import { signIn } from './lib/http.js';
import { percentile, round } from './lib/stats.js';

export type EndpointResult = {
  path: string;
  requestsPerSecond: number | null;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Exact percentiles over every 2xx response time recorded from autocannon's 'response' event (ms). */
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  /** One connection, 200 requests in a row: the latency with no queueing (ms). */
  serial: { p50Ms: number | null; p95Ms: number | null };
  /** autocannon's own histogram figures, for comparison (ms). */
  autocannon: { p50: number | null; p97_5: number | null; p99: number | null; max: number | null; mean: number | null };
};
export type ApiLoadResult = { connections: number; durationSeconds: number; organisationId: string; endpoints: EndpointResult[] };

export const PAGE_DATA_PATHS = ['/home', '/units', '/staff?page=1', '/programmes'];

async function serial(url: string, cookie: string): Promise<EndpointResult['serial']> {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: 1, amount: 200, timeout: 10, headers: { cookie, accept: 'application/json' } });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  await instance;
  return { p50Ms: round(percentile(latencies, 50), 2), p95Ms: round(percentile(latencies, 95), 2) };
}

async function load(base: string, path: string, cookie: string, connections: number, duration: number): Promise<EndpointResult> {
  const url = base + path;
  const unloaded = await serial(url, cookie);
  const latencies: number[] = [];
  const instance = autocannon({ url, connections, duration, timeout: 10, headers: { cookie, accept: 'application/json' } });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const r = await instance;
  const pick = (k: string) => round(r.latency[k] ?? Number.NaN, 2);
  return {
    path: `/api/v1/organisations/:orgId${path}`,
    requestsPerSecond: round(r.requests.average ?? Number.NaN, 0),
    requests: latencies.length + r.non2xx,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    p50Ms: round(percentile(latencies, 50), 2),
    p95Ms: round(percentile(latencies, 95), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    serial: unloaded,
    autocannon: { p50: pick('p50'), p97_5: pick('p97_5'), p99: pick('p99'), max: pick('max'), mean: pick('mean') },
  };
}

/** Starts the server with the demo, signs in as the demo admin, and loads each page-data endpoint in turn. */
export async function apiLoad(
  env: Record<string, string | undefined>,
  opts: { connections: number; durationSeconds: number; logLevel: string },
): Promise<ApiLoadResult> {
  let server: RunningServer | null = null;
  try {
    server = await startServer({ demo: true, env: { ...env, CULTIVATE_LOG_LEVEL: opts.logLevel }, timeoutMs: 60_000 });
    const accounts = readDemoAccounts(server.output());
    const admin = accounts.find((a) => a.role === 'admin') ?? accounts[0];
    if (!admin) throw new Error(`no demo accounts found in the server's output:\n${server.output().slice(0, 4000)}`);
    const { cookie, session } = await signIn(server.baseUrl, admin.email, admin.password);
    const orgId = session.memberships[0]?.organisationId;
    if (!orgId) throw new Error(`the demo admin (${admin.email}) has no membership`);
    const base = `${server.baseUrl}/api/v1/organisations/${orgId}`;

    // Each endpoint must answer 200 before it is loaded, so a broken route cannot pass as fast.
    for (const p of PAGE_DATA_PATHS) {
      const res = await fetch(base + p, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }
    await load(base, '/home', cookie, opts.connections, 2); // warm-up, not reported

    const endpoints: EndpointResult[] = [];
    for (const p of PAGE_DATA_PATHS) endpoints.push(await load(base, p, cookie, opts.connections, opts.durationSeconds));
    return { connections: opts.connections, durationSeconds: opts.durationSeconds, organisationId: orgId, endpoints };
  } finally {
    await server?.stop();
  }
}
