// Survey submissions under load: the demo organisation, a leadership behaviours survey sent
// to everyone, then N respondents (N connections at once, one submission each, each with its
// own personal link) posting complete answers over HTTP. Every response must be stored: the
// count is checked through the response-rates API afterwards.
import { BUILT_IN_INSTRUMENTS } from '../src/core/instruments/builtins/index.js';
import type { InstrumentDefinition } from '../src/core/instruments/definition.js';
import { completeAnswers } from '../src/core/instruments/complete-answers.js';
import { seededRng } from '../src/core/random/seeded.js';
import { readDemoAccounts, startServer, type RunningServer } from '../e2e/support/server.js';
import { signIn } from './lib/http.js';
import { keepAliveAgent, runLoad, type LoadOutcome, type LoadRequest } from './lib/http-load.js';
import { percentile, round } from './lib/stats.js';

export type PhaseFigures = {
  requests: number;
  ok: number;
  failed: number;
  wallMs: number;
  perSecond: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
};

export type SubmitResult = {
  instrument: string;
  itemsPerResponse: number;
  /** Every respondent first loads the survey (GET), which opens their connection, as the page would. */
  pageLoads: PhaseFigures;
  /** Then `burst.requests` respondents press Submit at the same moment. */
  burst: PhaseFigures;
  /** Then further respondents submit at a steady offered rate. */
  sustained: PhaseFigures & { offeredPerSecond: number };
  /** Responses counted through the API afterwards; must equal the submissions answered 201. */
  stored: number;
};

function figures(outcome: LoadOutcome, okStatus: number): PhaseFigures {
  const ok = outcome.latencies.filter((_, i) => outcome.statuses[i] === okStatus);
  return {
    requests: outcome.latencies.length,
    ok: ok.length,
    failed: outcome.latencies.length - ok.length,
    wallMs: round(outcome.wallMs, 0)!,
    perSecond: round((ok.length / outcome.wallMs) * 1000, 0)!,
    p50Ms: round(percentile(ok, 50), 1),
    p95Ms: round(percentile(ok, 95), 1),
    p99Ms: round(percentile(ok, 99), 1),
    maxMs: ok.length ? round(Math.max(...ok), 1) : null,
  };
}

async function api(base: string, cookie: string, csrf: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

export interface SubmitOptions {
  instrument: string;
  burst: number;
  sustained: number;
  ratePerSecond: number;
}

export async function surveySubmit(env: Record<string, string | undefined>, opts: SubmitOptions): Promise<SubmitResult> {
  const definition = BUILT_IN_INSTRUMENTS.find((d) => d.key === opts.instrument);
  if (!definition) throw new Error(`no built-in instrument ${opts.instrument}`);
  let server: RunningServer | null = null;
  try {
    server = await startServer({ demo: true, env: { ...env, CULTIVATE_LOG_LEVEL: 'warn' }, timeoutMs: 60_000 });
    const accounts = readDemoAccounts(server.output());
    const admin = accounts.find((a) => a.role === 'admin');
    if (!admin) throw new Error('no demo admin account in the server output');
    return await submitAgainst(server.baseUrl, admin, definition, opts);
  } finally {
    await server?.stop();
  }
}

/** Runs the load against a server already holding the demo, signed in as its admin. */
export async function submitAgainst(baseUrl: string, admin: { email: string; password: string }, definition: InstrumentDefinition, opts: SubmitOptions): Promise<SubmitResult> {
    const wanted = opts.burst + opts.sustained;
    const { cookie, session } = await signIn(baseUrl, admin.email, admin.password);
    const orgId = session.memberships[0]!.organisationId;
    const call = (method: string, path: string, body?: unknown) => api(baseUrl, cookie, session.csrfToken, method, `/organisations/${orgId}${path}`, body);

    const today = new Date().toISOString().slice(0, 10);
    const created = await call('POST', '/surveys', { title: 'Benchmark survey', instrumentRef: `builtin:${opts.instrument}`, opensOn: today, closesOn: '2099-12-31' });
    const launched = await call('POST', `/surveys/${created.id as string}/launch`, { version: created.version });
    if ((launched.audienceSize as number) < wanted) throw new Error(`only ${String(launched.audienceSize)} people invited; asked for ${wanted}`);

    const tokens: string[] = [];
    for (let page = 1; tokens.length < wanted; page++) {
      const { items } = (await call('GET', `/outbox?page=${page}&pageSize=200`)) as { items: { kind: string; body: string }[] };
      if (!items.length) break;
      for (const m of items) if (m.kind === 'invitation') tokens.push(/\/respond\/i\/([A-Za-z0-9_-]+)/.exec(m.body)![1]!);
    }
    if (tokens.length < wanted) throw new Error(`found ${tokens.length} invitation links, need ${wanted}`);

    // Varied, realistic answers: each respondent leans a different way.
    const rng = seededRng(20261123);
    const random = () => rng.next();
    const bodies = tokens.slice(0, wanted).map(() => {
      const lean = random();
      return JSON.stringify({ language: 'en', answers: completeAnswers(definition, (n) => Math.min(n - 1, Math.floor((lean * 0.6 + random() * 0.4) * n))), demographics: {} });
    });

    const burstCount = Math.min(opts.burst, tokens.length);
    const sustainedCount = Math.min(opts.sustained, tokens.length - burstCount);
    const agent = keepAliveAgent(burstCount);
    const post = (i: number): LoadRequest => ({ method: 'POST', path: `/api/v1/respond/invitation/${tokens[i]}`, body: bodies[i]! });
    const get = (i: number): LoadRequest => ({ method: 'GET', path: `/api/v1/respond/invitation/${tokens[i]}` });
    const pageLoads = await runLoad(baseUrl, agent, Array.from({ length: burstCount }, (_, i) => get(i)));
    const burst = await runLoad(baseUrl, agent, Array.from({ length: burstCount }, (_, i) => post(i)));
    const sustained = await runLoad(baseUrl, agent, Array.from({ length: sustainedCount }, (_, i) => post(burstCount + i)), opts.ratePerSecond);
    agent.destroy();

    const rates = await call('GET', `/surveys/${created.id as string}/response-rates`);
    return {
      instrument: definition.key,
      itemsPerResponse: Object.keys(completeAnswers(definition)).length,
      pageLoads: figures(pageLoads, 200),
      burst: figures(burst, 201),
      sustained: { ...figures(sustained, 201), offeredPerSecond: opts.ratePerSecond },
      stored: (rates.total as { responses: number }).responses,
    };
}
