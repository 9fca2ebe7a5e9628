// 50,000-row staff import through the CLI (`cultivate import staff FILE`), as a child process:
// wall time and peak resident memory, on a database that holds one organisation (the demo).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startServer } from '../e2e/support/server.js';
import { round } from './lib/stats.js';

export type ImportRun = {
  wallMs: number | null;
  peakRssMb: number | null;
  rowsPerSecond: number | null;
  exitCode: number | null;
  /** How peak RSS was read: /usr/bin/time -v (Maximum resident set size) or /proc/<pid>/status VmHWM. */
  rssSource: string;
  outputTail: string;
};
export type ImportResult = { rows: number; csvBytes: number; first: ImportRun; again: ImportRun };

const GNU_TIME = '/usr/bin/time';

/** Writes makeStaffCsv(rows, seed) to a temp file. */
export async function writeStaffCsv(rows: number, seed: number): Promise<{ file: string; bytes: number; dir: string }> {
  const mod = (await import('../src/core/imports/synthetic-staff.js')) as {
    makeStaffCsv: (rows: number, seed: number) => unknown;
  };
  const csv = await mod.makeStaffCsv(rows, seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-bench-csv-'));
  const file = path.join(dir, `staff-${rows}.csv`);
  if (typeof csv === 'string' || csv instanceof Uint8Array) fs.writeFileSync(file, csv);
  else if (csv && typeof (csv as AsyncIterable<string>)[Symbol.asyncIterator] === 'function') {
    const out = fs.createWriteStream(file);
    for await (const chunk of csv as AsyncIterable<string>) out.write(chunk);
    await new Promise((r) => out.end(r));
  } else if (csv && typeof (csv as Iterable<string>)[Symbol.iterator] === 'function') {
    fs.writeFileSync(file, [...(csv as Iterable<string>)].join(''));
  } else throw new Error(`makeStaffCsv returned ${typeof csv}; expected the CSV text`);
  return { file, bytes: fs.statSync(file).size, dir };
}

/** Loads the demo organisation into the database by starting the server once with CULTIVATE_DEMO=1. */
export async function prepareDemoDatabase(env: Record<string, string | undefined>, dbPath?: string): Promise<void> {
  const server = await startServer({ env, demo: true, ...(dbPath ? { dbPath } : {}), timeoutMs: 60_000 });
  await server.stop();
}

function readVmHwmKb(pid: number): number | null {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+)\s+kB/m);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Runs `node bin/cultivate.js import staff FILE` once and measures it. */
export async function runImport(file: string, rows: number, env: Record<string, string | undefined>): Promise<ImportRun> {
  const useTime = fs.existsSync(GNU_TIME);
  const timeFile = path.join(path.dirname(file), `time-${process.hrtime.bigint()}.txt`);
  const cliArgs = [path.join(REPO_ROOT, 'bin', 'cultivate.js'), 'import', 'staff', file];
  const [cmd, args] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...cliArgs]] : [process.execPath, cliArgs];
  const childEnv: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', CULTIVATE_LOG_LEVEL: 'warn', CULTIVATE_DEMO: undefined, ...env };
  for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];

  let output = '';
  let hwmKb: number | null = null;
  const started = performance.now();
  const child = spawn(cmd, args as string[], { cwd: REPO_ROOT, env: childEnv as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output = (output + c).slice(-20_000)));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output = (output + c).slice(-20_000)));
  // Fallback when GNU time is absent: poll the high-water mark of the node process itself.
  const poll = useTime
    ? null
    : setInterval(() => {
        const kb = readVmHwmKb(child.pid!);
        if (kb !== null) hwmKb = Math.max(hwmKb ?? 0, kb);
      }, 25);
  const killer = setTimeout(() => child.kill('SIGKILL'), 120_000); // bounded: two minutes at most
  const exitCode: number | null = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearTimeout(killer);
  if (poll) clearInterval(poll);

  let rssSource = '/proc/<pid>/status VmHWM (polled every 25 ms)';
  if (useTime) {
    rssSource = '/usr/bin/time -v (Maximum resident set size)';
    const text = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '';
    const m = text.match(/Maximum resident set size \(kbytes\):\s*(\d+)/);
    hwmKb = m ? Number(m[1]) : null;
    fs.rmSync(timeFile, { force: true });
  }
  const ok = exitCode === 0;
  return {
    wallMs: ok ? round(wallMs, 0) : null,
    peakRssMb: ok && hwmKb !== null ? round(hwmKb / 1024, 1) : null,
    rowsPerSecond: ok ? round(rows / (wallMs / 1000), 0) : null,
    exitCode,
    rssSource,
    outputTail: output.trim().split('\n').slice(-3).join('\n'),
  };
}

/** Imports the same file twice: first every row is new, then every row is an update. */
export async function importTwice(file: string, rows: number, csvBytes: number, env: Record<string, string | undefined>): Promise<ImportResult> {
  const first = await runImport(file, rows, env);
  if (first.exitCode !== 0) throw new Error(`the import failed (exit ${first.exitCode}):\n${first.outputTail}`);
  const again = await runImport(file, rows, env);
  if (again.exitCode !== 0) throw new Error(`the second import failed (exit ${again.exitCode}):\n${again.outputTail}`);
  return { rows, csvBytes, first, again };
}
