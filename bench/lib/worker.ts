// Runs a benchmark worker (bench/*-worker.ts) in a process of its own, so its memory is its own,
// with DATABASE_URL only when the engine is PostgreSQL, and returns the JSON line it prints last.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../e2e/support/server.js';

export function runWorker<T>(file: string, extra: Record<string, string | undefined>): T {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench', file)], {
    cwd: REPO_ROOT,
    env,
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}
