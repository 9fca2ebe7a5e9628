// Prints the foundation benchmark as a side-by-side table: measure | SQLite | PostgreSQL | target.
import type { ApiLoadResult } from './api-load.js';
import type { ColdStartResult } from './cold-start.js';
import type { ImportResult } from './import.js';
import type { PhaseFigures, SubmitResult } from './survey-submit.js';

type Results = {
  targets: { coldStartSqliteMs: number; importWallMs: number; importPeakRssMb: number; apiP95Ms: number };
  coldStart: { sqlite: ColdStartResult | null; postgres: ColdStartResult | null };
  import: { sqlite: ImportResult | null; postgres: ImportResult | null };
  api: { sqlite: ApiLoadResult | null; postgres: ApiLoadResult | null };
  machine: Record<string, unknown>;
};

const ms = (v: number | null | undefined) => (v == null ? '-' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const pair = (a: number | null | undefined, b: number | null | undefined) => (a == null && b == null ? '-' : `${ms(a)} / ${ms(b)}`);
const verdict = (v: number | null | undefined, limit: number) => (v == null ? '' : v < limit ? ' ok' : ' MISS');

export function printTable(r: Results): void {
  const rows: [string, string, string, string][] = [];
  const t = r.targets;
  const cs = r.coldStart;
  if (cs.sqlite || cs.postgres) {
    rows.push([
      'cold start, empty DB (median / max)',
      pair(cs.sqlite?.empty.medianMs, cs.sqlite?.empty.maxMs),
      pair(cs.postgres?.empty.medianMs, cs.postgres?.empty.maxMs),
      `< ${ms(t.coldStartSqliteMs)} (SQLite)${verdict(cs.sqlite?.empty.maxMs, t.coldStartSqliteMs)}`,
    ]);
    rows.push([
      'cold start, demo DB restart (median / max)',
      pair(cs.sqlite?.demoRestart.medianMs, cs.sqlite?.demoRestart.maxMs),
      pair(cs.postgres?.demoRestart.medianMs, cs.postgres?.demoRestart.maxMs),
      `< ${ms(t.coldStartSqliteMs)} (SQLite)${verdict(cs.sqlite?.demoRestart.maxMs, t.coldStartSqliteMs)}`,
    ]);
    rows.push(['first start with CULTIVATE_DEMO=1', ms(cs.sqlite?.demoFirstStartMs), ms(cs.postgres?.demoFirstStartMs), '']);
  }
  const im = r.import;
  if (im.sqlite || im.postgres) {
    const n = (im.sqlite ?? im.postgres)!.rows.toLocaleString('en-GB');
    for (const which of ['first', 'again'] as const) {
      const label = which === 'first' ? `import ${n} staff, new` : `import ${n} staff, again (updates)`;
      const s = im.sqlite?.[which];
      const p = im.postgres?.[which];
      const worst = Math.max(s?.wallMs ?? 0, p?.wallMs ?? 0) || null;
      const worstRss = Math.max(s?.peakRssMb ?? 0, p?.peakRssMb ?? 0) || null;
      rows.push([`${label}: wall time`, ms(s?.wallMs), ms(p?.wallMs), `< ${ms(t.importWallMs)}${verdict(worst, t.importWallMs)}`]);
      rows.push([
        `${label}: peak RSS`,
        s?.peakRssMb == null ? '-' : `${s.peakRssMb} MB`,
        p?.peakRssMb == null ? '-' : `${p.peakRssMb} MB`,
        `< ${t.importPeakRssMb} MB${verdict(worstRss, t.importPeakRssMb)}`,
      ]);
    }
  }
  const api = r.api;
  if (api.sqlite || api.postgres) {
    const c = (api.sqlite ?? api.postgres)!.connections;
    const paths = (api.sqlite ?? api.postgres)!.endpoints.map((e) => e.path);
    for (const p of paths) {
      const s = api.sqlite?.endpoints.find((e) => e.path === p);
      const g = api.postgres?.endpoints.find((e) => e.path === p);
      const fmt = (e: typeof s) =>
        e ? `${e.requestsPerSecond} req/s, ${ms(e.p50Ms)} / ${ms(e.p95Ms)} / ${ms(e.p99Ms)}${e.non2xx || e.errors ? ` (${e.non2xx} non-2xx, ${e.errors} errors)` : ''}` : '-';
      const worst = Math.max(s?.p95Ms ?? 0, g?.p95Ms ?? 0) || null;
      rows.push([`GET ${p.replace('/api/v1/organisations/:orgId', '…')} @${c}: req/s, p50/p95/p99`, fmt(s), fmt(g), `p95 < ${t.apiP95Ms} ms${verdict(worst, t.apiP95Ms)}`]);
    }
  }
  if (api.sqlite || api.postgres) {
    for (const p of (api.sqlite ?? api.postgres)!.endpoints.map((e) => e.path)) {
      const s = api.sqlite?.endpoints.find((e) => e.path === p)?.serial;
      const g = api.postgres?.endpoints.find((e) => e.path === p)?.serial;
      const fmt = (e: typeof s) => (e ? `${ms(e.p50Ms)} / ${ms(e.p95Ms)}` : '-');
      rows.push([`GET ${p.replace('/api/v1/organisations/:orgId', '…')} @1 (200 in a row): p50/p95`, fmt(s), fmt(g), '(no queueing)']);
    }
  }
  const m = r.machine;
  console.log(`\nCultivate foundation benchmark: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, SQLite ${m.sqlite}, PostgreSQL ${m.postgres}`);
  console.log(`Load average (1 min) before / after: ${m.loadAverageBefore} / ${m.loadAverageAfter}${Number(m.loadAverageBefore) > 0.5 ? ' (the machine was not idle: figures are pessimistic)' : ''}\n`);
  printRows(rows);
}

/** Prints measure | SQLite | PostgreSQL | target rows as a Markdown table. */
function printRows(rows: [string, string, string, string][]): void {
  const header: [string, string, string, string] = ['measure', 'SQLite', 'PostgreSQL', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

type SubmitResults = { targets: { submitP95Ms: number; submitPerSecond: number }; submit: { sqlite: SubmitResult | null; postgres: SubmitResult | null } };

export function printSubmitTable(r: SubmitResults): void {
  const { sqlite, postgres } = r.submit;
  const t = r.targets;
  const phase = (label: string, pick: (x: SubmitResult) => PhaseFigures, target: (worstP95: number | null, worstRate: number | null) => string): [string, string, string, string] => {
    const fmt = (x: SubmitResult | null) => {
      if (!x) return '-';
      const f = pick(x);
      return `${f.ok}/${f.requests} ok, ${f.perSecond}/s, p50 ${ms(f.p50Ms)}, p95 ${ms(f.p95Ms)}`;
    };
    const p95s = [sqlite, postgres].flatMap((x) => (x ? [pick(x).p95Ms ?? Infinity] : []));
    const rates = [sqlite, postgres].flatMap((x) => (x ? [pick(x).perSecond] : []));
    return [label, fmt(sqlite), fmt(postgres), target(p95s.length ? Math.max(...p95s) : null, rates.length ? Math.min(...rates) : null)];
  };
  const rows: [string, string, string, string][] = [
    phase('page loads (GET, opens connections)', (x) => x.pageLoads, () => ''),
    phase('submit: all at once', (x) => x.burst, (p95, rate) => `p95 < ${ms(t.submitP95Ms)}${verdict(p95, t.submitP95Ms)}; ≥ ${t.submitPerSecond}/s${rate === null ? '' : rate >= t.submitPerSecond ? ' ok' : ' MISS'}`),
    phase(`submit: steady ${sqlite?.sustained.offeredPerSecond ?? postgres?.sustained.offeredPerSecond ?? '?'}/s offered`, (x) => x.sustained, (p95, rate) => `p95 < ${ms(t.submitP95Ms)}${verdict(p95, t.submitP95Ms)}; ≥ ${t.submitPerSecond}/s${rate === null ? '' : rate >= t.submitPerSecond * 0.95 ? ' ok' : ' MISS'}`),
    ['responses stored (counted afterwards)', sqlite ? String(sqlite.stored) : '-', postgres ? String(postgres.stored) : '-', 'every 201 stored'],
  ];
  console.log(`\nCultivate survey submission benchmark (${(sqlite ?? postgres)?.instrument ?? ''}, ${(sqlite ?? postgres)?.itemsPerResponse ?? '?'} answers per response)\n`);
  printRows(rows);
}
