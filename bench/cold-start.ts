// Cold start: time from spawning `node bin/cultivate.js serve` to its listening line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../e2e/support/server.js';
import { createDatabase, dropDatabase } from './lib/pg.js';
import { max, median, round } from './lib/stats.js';

export type StartSeries = { samplesMs: number[]; medianMs: number | null; maxMs: number | null };
export type ColdStartResult = {
  /** Fresh empty database each time (SQLite: new file; PostgreSQL: new database), migrations included. */
  empty: StartSeries;
  /** Restarts on a database that already holds the demo organisation. */
  demoRestart: StartSeries;
  /** The first start with CULTIVATE_DEMO=1 on an empty database (migrations and demo load). */
  demoFirstStartMs: number | null;
};

const series = (samples: number[]): StartSeries => ({
  samplesMs: samples.map((s) => round(s, 1)!),
  medianMs: round(median(samples), 1),
  maxMs: round(max(samples), 1),
});

async function timeStart(env: Record<string, string | undefined>, dbPath?: string, demo = false): Promise<number> {
  const server = await startServer({ env, demo, ...(dbPath ? { dbPath } : {}), timeoutMs: 60_000 });
  await server.stop();
  return server.startupMs;
}

export async function coldStartSqlite(runs: number): Promise<ColdStartResult> {
  await timeStart({}); // warm the file cache once; not counted
  const empty: number[] = [];
  for (let i = 0; i < runs; i++) empty.push(await timeStart({}));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-bench-'));
  try {
    const dbPath = path.join(dir, 'demo.db');
    const first = await timeStart({}, dbPath, true);
    const restarts: number[] = [];
    for (let i = 0; i < runs; i++) restarts.push(await timeStart({}, dbPath));
    return { empty: series(empty), demoRestart: series(restarts), demoFirstStartMs: round(first, 1) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function coldStartPostgres(runs: number, tag: string): Promise<ColdStartResult> {
  const empty: number[] = [];
  for (let i = 0; i < runs; i++) {
    const name = `cultivate_bench_${tag}_cold${i}`;
    const url = await createDatabase(name);
    try {
      empty.push(await timeStart({ DATABASE_URL: url }));
    } finally {
      await dropDatabase(name);
    }
  }
  const name = `cultivate_bench_${tag}_colddemo`;
  const url = await createDatabase(name);
  try {
    const first = await timeStart({ DATABASE_URL: url }, undefined, true);
    const restarts: number[] = [];
    for (let i = 0; i < runs; i++) restarts.push(await timeStart({ DATABASE_URL: url }));
    return { empty: series(empty), demoRestart: series(restarts), demoFirstStartMs: round(first, 1) };
  } finally {
    await dropDatabase(name);
  }
}
