// One engine's run of the Discover benchmark, in a process of its own:
//   node --import tsx bench/discover-worker.ts   (DATABASE_URL set for PostgreSQL; unset for SQLite)
// The demo trust in a fresh migrated database. First the board report through the API (server
// time by app.inject, no network): the document, the PDF and the Word file, asked for cold (the
// evidence gathered afresh) and again warm. Then 5,000 coded notes are added to the programme
// and a session with 50 notes not yet coded is opened: the first opening trains the suggestion
// model on every coded note, later ones reuse it. Prints one JSON line.
import { BOARD_NOTES, FOCUS_GROUP_NOTES } from '../src/server/modules/conversations/demo-conversation-notes.js';
import { loadDemo } from '../src/server/modules/demo/index.js';
import { pages, pdfObjects } from '../src/server/modules/report/pdf-inspect.js';
import { inTransaction } from '../src/server/kernel/transaction.js';
import { createTestContext } from '../src/server/test/harness.js';
import { seededRng } from '../src/core/random/seeded.js';
import { percentile, round } from './lib/stats.js';

const ctx = await createTestContext();
const { organisationId: orgId } = await inTransaction(ctx.handle.db, (trx) => loadDemo(trx));
const lead = await ctx.agent(orgId, ['programme_lead']);
const programmeId = (await lead.get(`/api/v1/organisations/${orgId}/programmes`)).json().items[0].id as string;
const base = `/api/v1/organisations/${orgId}/programmes/${programmeId}`;
const rssMb = () => round(process.memoryUsage().rss / 1024 / 1024, 0)!;

async function timed(url: string) {
  const started = performance.now();
  const res = await lead.request({ method: 'GET', url });
  const ms = performance.now() - started;
  if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
  return { ms: round(ms, 0)!, bytes: res.rawPayload.length, body: res.rawPayload };
}

const peakMb = () => round(process.resourceUsage().maxRSS / 1024, 0)!;
const rssBefore = rssMb();
// Cold: nothing gathered yet. The document first, then each file (each builds the document again,
// as a fresh request would). The process's peak memory is read after each, before any repeats.
const coldJson = await timed(`${base}/report`);
const peakAfterDocument = peakMb();
const coldPdf = await timed(`${base}/report.pdf`);
const peakAfterPdf = peakMb();
const coldDocx = await timed(`${base}/report.docx`);
const peakAfterDocx = peakMb();
const warm = { json: [] as number[], pdf: [] as number[], docx: [] as number[] };
for (let i = 0; i < 3; i++) {
  warm.json.push((await timed(`${base}/report`)).ms);
  warm.pdf.push((await timed(`${base}/report.pdf`)).ms);
  warm.docx.push((await timed(`${base}/report.docx`)).ms);
}
const doc = JSON.parse(coldJson.body.toString()) as { sections: { blocks: { type: string }[] }[] };
const blocks = doc.sections.flatMap((s) => s.blocks);
const report = {
  pages: pages(pdfObjects(coldPdf.body)).length,
  sections: doc.sections.length,
  tables: blocks.filter((b) => b.type === 'table').length,
  charts: blocks.filter((b) => b.type === 'chart').length,
  pdfBytes: coldPdf.bytes,
  docxBytes: coldDocx.bytes,
  coldMs: { document: coldJson.ms, pdf: coldPdf.ms, docx: coldDocx.ms },
  warmMedianMs: { document: percentile(warm.json, 50), pdf: percentile(warm.pdf, 50), docx: percentile(warm.docx, 50) },
  rssBeforeMb: rssBefore,
  peakRssMb: { afterDocument: peakAfterDocument, afterPdf: peakAfterPdf, afterDocx: peakAfterDocx },
};

// 5,000 coded notes: the demo's notes with their codes, varied by words from other notes, in
// sessions of 50. The codings go straight into the table, and the coding state the model is kept
// by changes with each batch, so the next request retrains.
const notes = [...FOCUS_GROUP_NOTES, ...BOARD_NOTES];
const codesOf = (spec: string) => spec.split(/\s+/).filter(Boolean).map((c) => ({ element: { VV: 'vision_values', GP: 'goals_performance', SC: 'support_compassion', LI: 'learning_innovation', TW: 'teamwork', EI: 'equity_inclusion' }[c.slice(0, 2)]!, stance: c.endsWith('+') ? 'strength' : 'develop' }));
const rng = seededRng(5000);
async function session(title: string) {
  const c = (await lead.post(`${base}/conversations`, { kind: 'focus_group', title, facilitatorUserId: lead.userId, participants: 10 })).json();
  return (await lead.post(`${base}/conversations/${c.id}/consent`, { version: c.version })).json() as { id: string };
}
const variant = (i: number) => {
  const note = notes[i % notes.length]!;
  const other = notes[Math.floor(rng.next() * notes.length)]!.text.split(' ');
  const extra = other.slice(0, 3 + Math.floor(rng.next() * 5)).join(' ');
  return { text: `${note.text} ${extra}`, codes: codesOf(note.codes) };
};
const coded = { wanted: 5000, done: 0 };
while (coded.done < coded.wanted) {
  const s = await session(`Bench group ${coded.done / 50 + 1}`);
  const batch = Array.from({ length: 50 }, (_, k) => variant(coded.done + k));
  const added = (await lead.post(`${base}/conversations/${s.id}/excerpts`, { excerpts: batch.map((b) => ({ questionId: null, text: b.text })) })).json() as { id: string; excerpts: { id: string }[] };
  // Straight into the table, as coding 5,000 notes one request at a time would only time the HTTP layer.
  await ctx.handle.db
    .insertInto('excerpt_codings')
    .values(added.excerpts.map((e, k) => ({ organisation_id: orgId, excerpt_id: e.id, coder: 'first', codes: JSON.stringify(batch[k]!.codes), behaviours: '[]', themes: '[]', coded_by: lead.userId, version: 1, coded_at: new Date().toISOString() })))
    .execute();
  coded.done += 50;
}
// Adding the 50 notes answers with the session page, suggestions and all: the first answer since
// the last batch was coded, so it trains the model on all 5,000 coded notes.
const fresh = await session('Bench: fifty notes to code');
const addStarted = performance.now();
const addRes = await lead.post(`${base}/conversations/${fresh.id}/excerpts`, { excerpts: Array.from({ length: 50 }, (_, k) => ({ questionId: null, text: variant(7919 * (k + 1)).text })) });
const withTrainingMs = performance.now() - addStarted;
if (addRes.statusCode !== 201) throw new Error(`adding notes answered ${addRes.statusCode}`);
const open = async () => {
  const started = performance.now();
  const res = await lead.get(`${base}/conversations/${fresh.id}`);
  const ms = performance.now() - started;
  const body = res.json() as { excerpts: { suggestions: unknown[] }[] };
  return { ms, suggested: body.excerpts.filter((e) => e.suggestions.length).length };
};
const first = await open();
const again: number[] = [];
let suggested = first.suggested;
for (let i = 0; i < 10; i++) {
  const r = await open();
  again.push(r.ms);
  suggested = r.suggested;
}
await ctx.close();

console.log(
  JSON.stringify({
    report,
    suggestions: {
      codedNotes: coded.done,
      notesOnPage: 50,
      withSuggestions: suggested,
      withTrainingMs: round(withTrainingMs, 0),
      withTrainingPerNoteMs: round(withTrainingMs / 50, 2),
      firstOpenMs: round(first.ms, 0),
      warmOpenMedianMs: round(percentile(again, 50), 1),
      warmPerNoteMs: round(percentile(again, 50) / 50, 2),
    },
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
  }),
);
