// The `cultivate` command, run as a real process against a temporary SQLite database.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let env: NodeJS.ProcessEnv;

async function cultivate(args: string[], input?: string): Promise<{ code: number; out: string; err: string }> {
  const child = run(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/index.ts'), ...args], { env, cwd: root });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-cli-'));
  env = { PATH: process.env.PATH, CULTIVATE_DB_PATH: path.join(dir, 'cv.db'), CULTIVATE_LOG_LEVEL: 'silent' };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cultivate command', () => {
  it('migrates an empty database', async () => {
    const r = await cultivate(['db', 'migrate']);
    expect(r).toMatchObject({ code: 0, out: 'The database schema is up to date.\n' });
  });

  it('loads the demo once, refuses to load it twice, and resets it with new passwords', async () => {
    const first = await cultivate(['demo']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Northfield Valley NHS Foundation Trust');
    const password = (out: string) => /admin@northfield-valley\.example\s+(\S+)/.exec(out)?.[1];
    expect(password(first.out)).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const second = await cultivate(['demo']);
    expect(second.code).toBe(1);
    expect(second.err).toContain('already loaded');
    const reset = await cultivate(['demo', '--reset']);
    expect(reset.code).toBe(0);
    expect(password(reset.out)).not.toBe(password(first.out));
    const db = new SQLite(env.CULTIVATE_DB_PATH as string, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM users WHERE email LIKE '%northfield-valley.example'").get()).toEqual({ n: 6 });
    db.close();
  });

  it('creates an administrator with a piped password, and refuses a weak one', async () => {
    const weak = await cultivate(['admin', 'create', '--email', 'weak@x.nhs.uk', '--name', 'Weak', '--password-stdin'], 'password\n');
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('at least 12 characters');
    const ok = await cultivate(['admin', 'create', '--email', 'ops@x.nhs.uk', '--name', 'Ops Person', '--password-stdin'], 'lantern meadow copper 88\n');
    expect(ok).toMatchObject({ code: 0, out: 'Administrator ops@x.nhs.uk created.\n' });
  });

  it('backs up the SQLite database to a new file that opens and holds the data, and will not overwrite', async () => {
    const target = path.join(dir, 'backup.db');
    const r = await cultivate(['backup', target]);
    expect(r.code).toBe(0);
    const copy = new SQLite(target, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: expect.any(Number) });
    expect((copy.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n).toBeGreaterThan(2800);
    copy.close();
    expect((await cultivate(['backup', target])).code).toBe(1);
  });

  it('refuses bad configuration before doing anything', async () => {
    const saved = env;
    env = { ...env, PORT: 'not-a-port' };
    const r = await cultivate(['db', 'migrate']);
    env = saved;
    expect(r.code).toBe(78);
    expect(r.err).toContain('PORT');
  });
});
