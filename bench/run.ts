// `npm run bench`: foundation benchmarks, SQLite and PostgreSQL side by side, written to
// bench/results/foundation.json and printed as a table. Loopback only; every loop is bounded.
//   --only cold,import,api   run some sections (the result then goes to foundation.<sections>.tmp)
//   --runs 5                 cold starts per series       --rows 50000   staff rows to import
//   --duration 10            seconds per endpoint         --connections 50
//   --log-level info         server log level during the API load (the production default is info)
//   --respondents 1000       survey respondents submitting at once (then 1.5× as many at --rate per second)
//   --rate 500               offered submissions per second for the sustained phase
//   --no-postgres            SQLite only
//   --analytics-runs 15      timed runs per engine for the analytics section (national: a third)
// Sections: cold, import, api (→ foundation.json), submit (→ surveys.json), analytics (→ analytics.json), dashboard (→ dashboard.json) and discover (→ discover.json).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../e2e/support/server.js';
import { apiLoad, type ApiLoadResult } from './api-load.js';
import { coldStartPostgres, coldStartSqlite, type ColdStartResult } from './cold-start.js';
import { importTwice, prepareDemoDatabase, writeStaffCsv, type ImportResult } from './import.js';
import { createDatabase, dropAllCreated, dropDatabase, postgresAvailable, postgresVersion } from './lib/pg.js';
import { round } from './lib/stats.js';
import { surveySubmit, type SubmitResult } from './survey-submit.js';
import { analyticsBench, printAnalyticsTable, type AnalyticsScaleResult } from './analytics.js';
import { breakdownsBench, type BreakdownsResult } from './breakdowns.js';
import { dashboardEngine, spcThroughput, type DashboardEngineResult, type SpcThroughput } from './dashboard.js';
import { discoverEngine, type DiscoverEngineResult } from './discover.js';
import { printSubmitTable, printTable } from './table.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'cold,import,api,submit,analytics,dashboard,discover' },
    'analytics-runs': { type: 'string', default: '15' },
    respondents: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '500' },
    runs: { type: 'string', default: '5' },
    rows: { type: 'string', default: '50000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'log-level': { type: 'string', default: 'info' },
    'no-postgres': { type: 'boolean', default: false },
  },
});
const sections = new Set(args.only.split(',').map((s) => s.trim()));
const runs = Math.min(20, Math.max(1, Number(args.runs)));
const rows = Math.min(500_000, Math.max(1, Number(args.rows)));
const durationSeconds = Math.min(60, Math.max(1, Number(args.duration)));
const connections = Math.min(200, Math.max(1, Number(args.connections)));
const tag = `${process.pid}`;

type Engines<T> = { sqlite: T | null; postgres: T | null };
const results = {
  name: 'foundation',
  date: new Date().toISOString(),
  machine: {} as Record<string, unknown>,
  targets: { coldStartSqliteMs: 2000, importWallMs: 10_000, importPeakRssMb: 500, apiP95Ms: 50 },
  coldStart: { sqlite: null, postgres: null } as Engines<ColdStartResult>,
  import: { sqlite: null, postgres: null } as Engines<ImportResult>,
  api: { sqlite: null, postgres: null } as Engines<ApiLoadResult>,
  notes: [
    'Cold start: wall time from spawning `node bin/cultivate.js serve` to its "Cultivate is listening on" line; one uncounted warm-up start first (SQLite).',
    'Import: `node bin/cultivate.js import staff FILE` on a database holding the demo organisation; "first" creates every row, "again" re-imports the same file (all updates). Wall time includes Node start-up and migrations check.',
    'Load average: the 1-minute load before and after; on a 2-core machine anything above about 0.5 before the run means other work shared the CPU.',
    'API: p50/p95/p99 are exact nearest-rank percentiles over every 2xx response time (autocannon "response" event); autocannon.p97_5/p99 are its own HDR histogram figures.',
  ],
  errors: [] as string[],
};

const surveyResults = {
  name: 'surveys',
  date: results.date,
  machine: results.machine,
  targets: { submitP95Ms: 200, submitPerSecond: 500 },
  submit: { sqlite: null, postgres: null } as Engines<SubmitResult>,
  notes: [
    'Submit: the demo organisation (about 3,000 staff) gets a leadership behaviours survey (68 answers each) by personal invitation. Each respondent first loads the survey (GET, which opens a keep-alive connection as the page would); then `burst` respondents press Submit at the same moment; then 1.5× as many submit at a steady offered rate (open loop). Latency is from sending to the end of the response, measured by the client on the same machine.',
    'stored is the response count read back through the response-rates API after the run; it must equal the submissions answered 201.',
  ],
};

const analyticsResults = {
  name: 'analytics',
  date: results.date,
  machine: results.machine,
  targets: { trustHeatmapMs: 50, trustUnitReportMs: 10, nationalHeatmapMs: 1000, nationalPeakRssMb: 1024, duckdbOverOursAtLeast: 1 },
  results: { trust: null as AnalyticsScaleResult | null, national: null as AnalyticsScaleResult | null },
  breakdowns: null as BreakdownsResult | null,
  notes: [
    'Synthetic responses (bench/lib/synthetic-responses.ts): 60 items on a 5-point scale scored 0–10, about 1 in 23 skipped, respondents leaning positive or negative, 10 scales of 6 items, a six-way unit tree with respondents crowded unevenly (some units below the threshold). Threshold 11.',
    'Heatmap (ours): respondent scale scores for every scale, every unit with its subtree rolled up, and primary plus complementary suppression per scale column; timed from the answers in memory to the finished table. Unit report: one unit’s 60 items (n, mean, SD, % positive) with the same suppression, computed from the answers each time (no cache).',
    'DuckDB: the same data made inside DuckDB by the same formulas; the query computes respondent scale scores, per-unit sums and the subtree roll-up through a closure table (no suppression, which SQL cannot express simply). Same sums: our pre-suppression totals equal DuckDB’s. DuckDB uses every core (threads shown); ours uses one.',
    'Each engine runs in a process of its own, so peak RSS is its own (it includes the answers held in memory).',
    'Breakdowns (bench/breakdowns.ts): the large trust’s respondents with five demographics; 160 tables published one after another (for each demographic: the organisation, the 30 largest units, the divisions crossed with it), each protected against all before it by the exact audit. Per table, for one population; the server repeats it for head counts and each measure of a table it shows, once: a table asked for again is read from the record.',
  ],
};

const dashboardResults = {
  name: 'dashboard',
  date: results.date,
  machine: results.machine,
  targets: { spc10000x60Ms: 1000, dashboard40MetricsServerMs: 100, import100000RowsMs: 10000 },
  spc: null as SpcThroughput | null,
  engines: { sqlite: null, postgres: null } as Engines<DashboardEngineResult>,
  notes: [
    'SPC: 10,000 synthetic series of 60 points (seeded; some with a step), each analysed with the mdc preset, improvement upwards and a target; five timed passes after a warm-up, median shown. One process, one core.',
    'Dashboard: 40 metrics × 60 months for the organisation; GET /metrics/dashboard through app.inject (server time, no network), 50 timed requests after 10 warm-up ones. Each request reads the values and runs 40 SPC analyses.',
    'Import: a 100,000-row CSV (20 metrics × 100 units × 50 months, 3.2 MB) through POST /metrics/values/import: multipart upload, reading, checking every row, writing in one transaction. storedAfter counts the rows read back.',
  ],
};

const discoverResults = {
  name: 'discover',
  date: results.date,
  machine: results.machine,
  targets: { boardReportMs: 5000, boardReportPeakRssMb: 500, suggestionPerNoteMs: 50 },
  engines: { sqlite: null as DiscoverEngineResult | null, postgres: null as DiscoverEngineResult | null },
  notes: [
    'Board report: the demo trust (about 3,000 staff, five closed surveys, 40 metrics over 30 months, 14 focus groups and board interviews with 228 notes, FFT and feedback), through app.inject (server time, no network). Cold: the first request after loading, which gathers every diagnostic’s evidence; each file request builds the document again. Warm: the median of three more, with the evidence kept for the data version.',
    'Memory: the worker process’s peak resident size (it holds the in-memory database and the demo too, about 240 MB before the report), read after the document, the PDF and the Word file in turn.',
    'Suggestions: 5,000 coded notes (the demo’s notes with their codes, each varied by a few words from another) in sessions of 50, then 50 new notes added to one session. Adding them answers with the session page, which trains the model on all 5,000 and suggests for each of the 50; opening the page again reuses the model.',
  ],
};

function machineInfo(pgVersion: string | null): Record<string, unknown> {
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      return null;
    }
  };
  let sqliteVersion: string | null = null;
  try {
    sqliteVersion = execFileSync(process.execPath, ['-e', "const D=require('better-sqlite3');console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)"], { cwd: REPO_ROOT })
      .toString()
      .trim();
  } catch {
    /* reported as null */
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sqlite: sqliteVersion,
    postgres: pgVersion,
    gitCommit: git('rev-parse', 'HEAD'),
    gitDirty: git('status', '--porcelain') ? true : false,
    loadAverageBefore: round(os.loadavg()[0]!, 2),
  };
}

async function attempt<T>(label: string, work: () => Promise<T>): Promise<T | null> {
  const started = Date.now();
  process.stdout.write(`bench: ${label} ... `);
  try {
    const r = await work();
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return r;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    console.log('FAILED');
    console.error(`  ${msg.split('\n').join('\n  ')}`);
    results.errors.push(`${label}: ${msg.split('\n')[0]}`);
    return null;
  }
}

async function main(): Promise<void> {
  const pgOk = !args['no-postgres'] && (await postgresAvailable());
  if (!args['no-postgres'] && !pgOk) results.errors.push('PostgreSQL is not reachable at 127.0.0.1:5432; its columns are empty.');
  results.machine = machineInfo(pgOk ? await postgresVersion() : null);
  const benchStarted = Date.now();

  if (sections.has('cold')) {
    results.coldStart.sqlite = await attempt('cold start, SQLite', () => coldStartSqlite(runs));
    if (pgOk) results.coldStart.postgres = await attempt('cold start, PostgreSQL', () => coldStartPostgres(runs, tag));
  }

  if (sections.has('import')) {
    const csv = await attempt(`generate ${rows} staff rows`, () => writeStaffCsv(rows, 20261123));
    if (csv) {
      try {
        results.import.sqlite = await attempt(`import ${rows} staff, SQLite`, async () => {
          const dbPath = path.join(csv.dir, 'import.db');
          await prepareDemoDatabase({}, dbPath);
          return importTwice(csv.file, rows, csv.bytes, { CULTIVATE_DB_PATH: dbPath, DATABASE_URL: undefined });
        });
        if (pgOk) {
          results.import.postgres = await attempt(`import ${rows} staff, PostgreSQL`, async () => {
            const name = `cultivate_bench_${tag}_import`;
            const url = await createDatabase(name);
            try {
              await prepareDemoDatabase({ DATABASE_URL: url });
              return await importTwice(csv.file, rows, csv.bytes, { DATABASE_URL: url });
            } finally {
              await dropDatabase(name);
            }
          });
        }
      } finally {
        fs.rmSync(csv.dir, { recursive: true, force: true });
      }
    }
  }

  if (sections.has('api')) {
    const opts = { connections, durationSeconds, logLevel: args['log-level'] };
    results.api.sqlite = await attempt(`API load, SQLite (${connections} connections)`, () => apiLoad({}, opts));
    if (pgOk) {
      results.api.postgres = await attempt(`API load, PostgreSQL (${connections} connections)`, async () => {
        const name = `cultivate_bench_${tag}_api`;
        const url = await createDatabase(name);
        try {
          return await apiLoad({ DATABASE_URL: url }, opts);
        } finally {
          await dropDatabase(name);
        }
      });
    }
    results.notes.push(`API load ran with CULTIVATE_LOG_LEVEL=${args['log-level']}.`);
  }

  if (sections.has('submit')) {
    const respondents = Math.min(2000, Math.max(10, Number(args.respondents)));
    const opts = { instrument: 'leadership-behaviours', burst: respondents, sustained: Math.round(respondents * 1.5), ratePerSecond: Math.max(1, Number(args.rate)) };
    surveyResults.submit.sqlite = await attempt(`survey submissions, SQLite (${respondents} at once)`, () => surveySubmit({}, opts));
    if (pgOk) {
      surveyResults.submit.postgres = await attempt(`survey submissions, PostgreSQL (${respondents} at once)`, async () => {
        const name = `cultivate_bench_${tag}_submit`;
        const url = await createDatabase(name);
        try {
          return await surveySubmit({ DATABASE_URL: url }, opts);
        } finally {
          await dropDatabase(name);
        }
      });
    }
    for (const [engine, r] of Object.entries(surveyResults.submit)) {
      const answered = r ? r.burst.ok + r.sustained.ok : 0;
      if (r && r.stored !== answered) results.errors.push(`${engine}: ${answered} submissions answered 201 but ${r.stored} responses are stored`);
    }
  }

  if (sections.has('analytics')) {
    const runs = Math.min(50, Math.max(3, Number(args['analytics-runs'])));
    analyticsResults.results.trust = await attempt('analytics, large trust', async () => analyticsBench('trust', runs));
    analyticsResults.results.national = await attempt('analytics, national', async () => analyticsBench('national', Math.max(3, Math.ceil(runs / 3))));
    for (const r of Object.values(analyticsResults.results)) if (r && !r.sameAggregation) results.errors.push('analytics: our aggregation and DuckDB’s differ');
    analyticsResults.breakdowns = await attempt('analytics, breakdowns', async () => breakdownsBench());
  }

  if (sections.has('dashboard')) {
    dashboardResults.spc = await attempt('SPC, 10,000 series of 60', async () => spcThroughput());
    dashboardResults.engines.sqlite = await attempt('dashboard and import, SQLite', async () => dashboardEngine({}));
    if (pgOk) {
      dashboardResults.engines.postgres = await attempt('dashboard and import, PostgreSQL', async () => {
        const name = `cultivate_bench_dash_${Date.now()}`;
        const url = await createDatabase(name);
        try {
          return dashboardEngine({ DATABASE_URL: url });
        } finally {
          await dropDatabase(name);
        }
      });
    }
    for (const [engine, r] of Object.entries(dashboardResults.engines)) if (r && r.import.written !== r.import.rows) results.errors.push(`dashboard ${engine}: ${r.import.written} of ${r.import.rows} rows written`);
  }

  if (sections.has('discover')) {
    discoverResults.engines.sqlite = await attempt('board report and suggestions, SQLite', async () => discoverEngine({}));
    if (pgOk) {
      discoverResults.engines.postgres = await attempt('board report and suggestions, PostgreSQL', async () => {
        const name = `cultivate_bench_discover_${Date.now()}`;
        const url = await createDatabase(name);
        try {
          return discoverEngine({ DATABASE_URL: url });
        } finally {
          await dropDatabase(name);
        }
      });
    }
  }

  results.machine.loadAverageAfter = round(os.loadavg()[0]!, 2);
  results.machine.benchSeconds = Math.round((Date.now() - benchStarted) / 1000);
  const outDir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const foundationSections = ['cold', 'import', 'api'].filter((x) => sections.has(x));
  if (foundationSections.length) {
    const full = foundationSections.length === 3;
    const outFile = path.join(outDir, full ? 'foundation.json' : `foundation.${foundationSections.sort().join('-')}.tmp`);
    fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    console.log(`\nWrote ${path.relative(process.cwd(), outFile)} (${results.machine.benchSeconds} s).`);
  }
  if (sections.has('submit')) {
    const outFile = path.join(outDir, 'surveys.json');
    fs.writeFileSync(outFile, `${JSON.stringify(surveyResults, null, 2)}\n`);
    printSubmitTable(surveyResults);
    console.log(`\nWrote ${path.relative(process.cwd(), outFile)}.`);
  }
  if (sections.has('analytics')) {
    const outFile = path.join(outDir, 'analytics.json');
    fs.writeFileSync(outFile, `${JSON.stringify(analyticsResults, null, 2)}\n`);
    printAnalyticsTable(analyticsResults.results);
    const b = analyticsResults.breakdowns;
    if (b) console.log(`Breakdowns: ${b.tables} tables in turn, each audited against all before it: median ${b.perTableMs.median} ms, p95 ${b.perTableMs.p95} ms, max ${b.perTableMs.max} ms (with all ${b.shape.demographics} demographics out: median ${b.byDemographicsReleased.at(-1)!.medianMs} ms).`);
    console.log(`\nWrote ${path.relative(process.cwd(), outFile)}.`);
  }
  if (sections.has('dashboard')) {
    const outFile = path.join(outDir, 'dashboard.json');
    fs.writeFileSync(outFile, `${JSON.stringify(dashboardResults, null, 2)}\n`);
    const d = dashboardResults;
    console.log('\nDashboard');
    if (d.spc) console.log(`SPC: ${d.spc.series.toLocaleString('en-GB')} series of ${d.spc.points} points in ${d.spc.medianMs} ms (median of 5)`);
    for (const [engine, r] of Object.entries(d.engines)) {
      if (r) console.log(`${engine.padEnd(10)} dashboard (${r.dashboard.metrics} metrics): median ${r.dashboard.medianMs} ms, p95 ${r.dashboard.p95Ms} ms; import of ${r.import.rows.toLocaleString('en-GB')} rows: ${(r.import.wallMs / 1000).toFixed(1)} s; peak RSS ${r.peakRssMb} MB`);
    }
    console.log(`\nWrote ${path.relative(process.cwd(), outFile)}.`);
  }
  if (sections.has('discover')) {
    const outFile = path.join(outDir, 'discover.json');
    fs.writeFileSync(outFile, `${JSON.stringify(discoverResults, null, 2)}\n`);
    console.log('\nDiscover');
    for (const [engine, r] of Object.entries(discoverResults.engines)) {
      if (!r) continue;
      const { report: b, suggestions: s } = r;
      console.log(`${engine.padEnd(10)} board report, ${b.pages} pages (${b.tables} tables, ${b.charts} charts): cold document ${b.coldMs.document} ms, PDF ${b.coldMs.pdf} ms, Word ${b.coldMs.docx} ms; warm ${b.warmMedianMs.document} / ${b.warmMedianMs.pdf} / ${b.warmMedianMs.docx} ms; peak RSS ${b.peakRssMb.afterDocument} / ${b.peakRssMb.afterPdf} / ${b.peakRssMb.afterDocx} MB`);
      console.log(`${''.padEnd(10)} suggestions with ${s.codedNotes.toLocaleString('en-GB')} coded notes: ${s.withTrainingPerNoteMs} ms a note with training (${s.withTrainingMs} ms for ${s.notesOnPage}), ${s.warmPerNoteMs} ms a note after; ${s.withSuggestions} of ${s.notesOnPage} notes had suggestions`);
    }
    console.log(`\nWrote ${path.relative(process.cwd(), outFile)}.`);
  }
  if (results.errors.length) {
    console.error(`\n${results.errors.length} part(s) failed:\n${results.errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exitCode = 1;
  }
}

const onSignal = () => void dropAllCreated().finally(() => process.exit(130));
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
try {
  await main();
} finally {
  await dropAllCreated();
}
