// Starts the built Cultivate server (`node bin/cultivate.js serve`) as a child process on a free
// loopback port with its own fresh SQLite file, for browser journeys and benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO_ROOT, 'bin', 'cultivate.js');

const LISTENING = /Cultivate is listening on (https?:\/\/[^\s]+)/;
const SETUP_LINK = /^Open this link to set up Cultivate \(it works once\): (http:\/\/\S+\/setup\?token=(\S+))$/m;

export type StartServerOptions = {
  /** Load the demo organisation at start (CULTIVATE_DEMO=1). */
  demo?: boolean;
  /** Extra environment; a key set to undefined is removed. DATABASE_URL here switches to PostgreSQL. */
  env?: Record<string, string | undefined>;
  /** Reuse this SQLite file instead of a fresh one in a new temp folder (it is then not deleted). */
  dbPath?: string;
  /** Milliseconds to wait for the listening line (default 30 s). */
  timeoutMs?: number;
  /** Arguments after `node bin/cultivate.js` (default ['serve']). */
  args?: string[];
};

export type RunningServer = {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  port: number;
  /** The SQLite file in use (meaningless when DATABASE_URL is set). */
  dbPath: string;
  pid: number;
  /** Milliseconds from spawn to the listening line. */
  startupMs: number;
  /** Everything the server printed so far, stdout and stderr interleaved as received. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, waiting for it if need be. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM, then SIGKILL after 5 s; removes the temp folder. Safe to call twice. */
  stop(): Promise<void>;
};

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Keeps the first 1 MB and the last 256 KB of a long output, so a load test cannot exhaust memory. */
class OutputBuffer {
  private head = '';
  private tail = '';
  private dropped = 0;
  private static readonly HEAD = 1024 * 1024;
  private static readonly TAIL = 256 * 1024;
  append(chunk: string): void {
    if (this.head.length < OutputBuffer.HEAD) {
      const room = OutputBuffer.HEAD - this.head.length;
      this.head += chunk.slice(0, room);
      chunk = chunk.slice(room);
    }
    if (!chunk) return;
    this.tail += chunk;
    if (this.tail.length > OutputBuffer.TAIL * 2) {
      this.dropped += this.tail.length - OutputBuffer.TAIL;
      this.tail = this.tail.slice(-OutputBuffer.TAIL);
    }
  }
  text(): string {
    return this.dropped ? `${this.head}\n[... ${this.dropped} characters left out ...]\n${this.tail}` : this.head + this.tail;
  }
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const tmpDir = options.dbPath ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-e2e-'));
  const dbPath = options.dbPath ?? path.join(tmpDir!, 'cultivate.db');

  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CULTIVATE_DB_PATH: dbPath,
    CULTIVATE_LOG_LEVEL: 'info',
    // Behave as `npm start` does, not as the test runner's NODE_ENV=test.
    NODE_ENV: 'production',
    DATABASE_URL: undefined,
    CULTIVATE_DEMO: options.demo ? '1' : undefined,
    CULTIVATE_PUBLIC_URL: undefined,
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];

  const out = new OutputBuffer();
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());

  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [CLI, ...(options.args ?? ['serve'])], {
    cwd: REPO_ROOT,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.setEncoding('utf8').on('data', (c: string) => {
    out.append(c);
    notify();
  });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    out.append(c);
    notify();
  });
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      notify();
      resolve();
    });
  });

  const waitForOutput = (pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const m = out.text().match(pattern);
        if (m) {
          done();
          resolve(m);
          return true;
        }
        if (exited) {
          done();
          reject(
            new Error(
              `The server exited (code ${exited.code}, signal ${exited.signal}) before printing ${pattern}.\n` +
                `Its output:\n${out.text()}`,
            ),
          );
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${pattern}.\nThe server's output:\n${out.text()}`));
      }, timeoutMs);
      const listener = () => void check();
      const done = () => {
        clearTimeout(timer);
        waiters.delete(listener);
      };
      waiters.add(listener);
      check();
    });

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitPromise;
      clearTimeout(killer);
    }
    if (tmpDir && !process.env.CULTIVATE_E2E_KEEP) fs.rmSync(tmpDir, { recursive: true, force: true });
  };

  let baseUrl: string;
  try {
    const m = await waitForOutput(LISTENING, options.timeoutMs ?? 30_000);
    baseUrl = m[1]!.replace(/\/$/, '');
  } catch (err) {
    await stop();
    throw err;
  }
  const startupMs = performance.now() - started;
  return { baseUrl, port, dbPath, pid: child.pid!, startupMs, output: () => out.text(), waitForOutput, stop };
}

/** The one-time setup link printed on an empty database, or null when there is none. */
export function readSetupLink(output: string): { url: string; path: string; token: string } | null {
  const m = output.match(SETUP_LINK);
  if (!m) return null;
  const url = new URL(m[1]!);
  return { url: m[1]!, path: url.pathname + url.search, token: m[2]! };
}

export type DemoAccount = { role: string | null; email: string; password: string };

const ROLE_WORDS: [RegExp, string][] = [
  [/programme[\s_-]*lead/i, 'programme_lead'],
  [/change[\s_-]*team/i, 'change_team'],
  [/team[\s_-]*leader/i, 'team_leader'],
  [/\badmin(istrator)?\b/i, 'admin'],
  [/\bboard\b/i, 'board'],
  [/\bstaff\b/i, 'staff'],
];

/**
 * The demo accounts printed when the server starts with CULTIVATE_DEMO=1 (or by `cultivate demo`), e.g.
 *   `  Administrator                  admin@demo.example        abcd-EFGH-2346-wxyz`
 * Tolerant of layout: each line with an email address gives an account; the password is what follows
 * "password:" or else the next whitespace-separated field; the role comes from the words before the email.
 */
export function readDemoAccounts(output: string): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  const seen = new Set<string>();
  for (const raw of output.split('\n')) {
    if (raw.trimStart().startsWith('{')) continue; // JSON log lines
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
    const email = line.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
    if (!email || seen.has(email[0].toLowerCase())) continue;
    const after = line.slice(email.index! + email[0].length);
    const pw = after.match(/password\s*[:=]\s*(\S+)/i) ?? after.match(/^\s*[|,:]?\s+(\S+)/);
    if (!pw) continue;
    const before = line.slice(0, email.index);
    const role = ROLE_WORDS.find(([re]) => re.test(before))?.[1] ?? null;
    seen.add(email[0].toLowerCase());
    accounts.push({ role, email: email[0], password: pw[1]!.replace(/[,;)]$/, '') });
  }
  return accounts;
}

/** The demo account printed for a role (matched by the start of its name, e.g. "staff", "programme"); fails if none was printed. */
export function demoAccount(output: string, role: string): DemoAccount {
  const found = readDemoAccounts(output).find((a) => a.role?.toLowerCase().startsWith(role));
  if (!found) throw new Error(`no ${role} account printed`);
  return found;
}
