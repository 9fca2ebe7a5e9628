// A small HTTP load client on keep-alive connections, for loads autocannon does not model:
// every request different (its own personal link), fired all at once or at a steady offered
// rate (open loop: the schedule does not wait for answers, as real respondents would not).
import http from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadOutcome {
  /** Milliseconds from sending to the end of the response, per request, in request order. */
  latencies: number[];
  statuses: number[];
  wallMs: number;
}

export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
}

function send(agent: http.Agent, base: URL, req: LoadRequest): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const r = http.request(
      { agent, host: base.hostname, port: base.port, method: req.method, path: req.path, headers: req.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(req.body) } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    r.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    r.end(req.body);
  });
}

/** Sends every request; all at once when ratePerSecond is Infinity, else one every 1/rate seconds. */
export async function runLoad(baseUrl: string, agent: http.Agent, requests: readonly LoadRequest[], ratePerSecond = Infinity): Promise<LoadOutcome> {
  const base = new URL(baseUrl);
  const started = performance.now();
  const pending: Promise<{ status: number; ms: number }>[] = [];
  for (let i = 0; i < requests.length; i++) {
    if (Number.isFinite(ratePerSecond)) {
      const due = started + (i * 1000) / ratePerSecond;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    }
    pending.push(send(agent, base, requests[i]!));
  }
  const done = await Promise.all(pending);
  return { latencies: done.map((d) => d.ms), statuses: done.map((d) => d.status), wallMs: performance.now() - started };
}
