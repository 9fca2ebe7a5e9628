// The Discover synthesis: a matrix of cultural elements × sources, each cell starting from the
// evidence the product already holds and a suggested rating, which the change team replaces with
// its own rating and narrative at the synthesis event; a summary per element; triangulation
// showing where sources agree; and, once the programme lead records it as agreed, the programme
// moves from Discover to Design. Every save names the version it read.
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import { SOURCE_NAMES, SYNTHESIS_SOURCES, suggestRating, triangulate, type Rating, type SynthesisSource } from '../../../core/synthesis/index.js';
import type { Db } from '../../db/database.js';
import { AppError, unprocessable } from '../../kernel/errors.js';
import { nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { findProgramme, updatePhase } from '../programmes/index.js';
import { gatherEvidence, type EvidenceGrid } from './evidence.service.js';
import * as repo from './synthesis.repository.js';
import type { SynthesesTable, SynthesisCellsTable } from './synthesis.table.js';
import type { SynthesisView } from './synthesis.schemas.js';

/** Quotes need a group of at least this many (commercial survey tools' usual comment threshold; see DESIGN.md §4). */
export const DEFAULT_QUOTE_THRESHOLD = 10;
const ELEMENTS = CULTURAL_ELEMENTS.map((e) => ({ key: e.key as string, name: e.name.en }));
const ELEMENT_KEYS: ReadonlySet<string> = new Set(ELEMENTS.map((e) => e.key));

async function assertProgramme(db: Db, organisationId: string, programmeId: string): Promise<void> {
  if (!(await findProgramme(db, organisationId, programmeId))) throw new AppError(404, 'not_found', 'The programme was not found.');
}

async function stateOf(db: Db, organisationId: string, programmeId: string): Promise<SynthesesTable> {
  await assertProgramme(db, organisationId, programmeId);
  const found = await repo.findSynthesis(db, organisationId, programmeId);
  if (found) return found;
  // A synthesis exists from the first time anyone looks: a draft with nothing rated yet.
  await repo.insertSynthesis(db, { programme_id: programmeId, organisation_id: organisationId, status: 'draft', event_date: null, quote_threshold: DEFAULT_QUOTE_THRESHOLD, agreed_at: null, agreed_by: null, version: 1, updated_at: nowIso() });
  return (await repo.findSynthesis(db, organisationId, programmeId))!;
}

// Gathering the evidence reads every diagnostic (about a second for the demo trust), so it is
// kept per data version; rating a cell leaves the data version alone (see the routes).
const evidenceCache = new Map<string, Promise<EvidenceGrid>>();

function evidenceOf(db: Db, org: OrgContext, programmeId: string, quoteThreshold: number): Promise<EvidenceGrid> {
  const key = `${org.organisationId}@${org.dataVersion}/${programmeId}/${quoteThreshold}`;
  let entry = evidenceCache.get(key);
  if (!entry) {
    entry = gatherEvidence(db, org, programmeId, quoteThreshold);
    evidenceCache.set(key, entry);
    entry.catch(() => evidenceCache.delete(key));
    if (evidenceCache.size > 20) evidenceCache.delete(evidenceCache.keys().next().value as string);
  }
  return entry;
}

export async function getSynthesis(db: Db, org: OrgContext, programmeId: string): Promise<SynthesisView> {
  const state = await stateOf(db, org.organisationId, programmeId);
  const [grid, cells] = await Promise.all([evidenceOf(db, org, programmeId, state.quote_threshold), repo.cellsOf(db, org.organisationId, programmeId)]);
  const saved = new Map(cells.map((c) => [`${c.element}/${c.source}`, c]));
  return {
    programmeId,
    status: state.status as 'draft' | 'agreed',
    eventDate: state.event_date,
    quoteThreshold: state.quote_threshold,
    agreedAt: state.agreed_at,
    version: state.version,
    sources: SYNTHESIS_SOURCES.map((key) => ({ key, name: SOURCE_NAMES[key] })),
    elements: ELEMENTS.map(({ key, name }) => {
      const ratings = new Map<SynthesisSource, Rating>();
      const row = SYNTHESIS_SOURCES.map((source) => {
        const cell = saved.get(`${key}/${source}`);
        const evidence = grid.get(key)?.get(source) ?? [];
        if (cell?.rating) ratings.set(source, cell.rating as Rating);
        return { source, sourceName: SOURCE_NAMES[source], evidence, suggested: suggestRating(evidence), rating: (cell?.rating as Rating | null) ?? null, narrative: cell?.narrative ?? '', version: cell?.version ?? 0 };
      });
      const overall = saved.get(`${key}/overall`);
      const { agreement, text } = triangulate(ratings, SOURCE_NAMES);
      return { key, name, overall: { rating: (overall?.rating as Rating | null) ?? null, narrative: overall?.narrative ?? '', version: overall?.version ?? 0 }, cells: row, triangulation: { agreement, text } };
    }),
  };
}

const agreedAlready = () => new AppError(409, 'synthesis_agreed', 'The synthesis has been agreed, so it cannot be changed. The programme lead can reopen it if something must change.');

export async function saveCell(db: Db, actor: OrgContext, programmeId: string, element: string, source: SynthesisSource | 'overall', input: { version: number; rating: Rating | null; narrative: string }) {
  if (!ELEMENT_KEYS.has(element)) throw new AppError(404, 'not_found', 'There is no such cultural element.');
  return inTransaction(db, async (trx) => {
    const state = await stateOf(trx, actor.organisationId, programmeId);
    if (state.status === 'agreed') throw agreedAlready();
    const current = (await repo.cellsOf(trx, actor.organisationId, programmeId)).find((c) => c.element === element && c.source === source);
    const row: SynthesisCellsTable = {
      organisation_id: actor.organisationId,
      programme_id: programmeId,
      element,
      source,
      rating: input.rating,
      narrative: input.narrative,
      version: input.version + 1,
      updated_by: actor.userId,
      updated_at: nowIso(),
    };
    const conflict = () =>
      new AppError(409, 'edit_conflict', 'Someone else changed this part of the synthesis since you opened it. Their version is shown; make your change again if it is still needed.', undefined, {
        current: current ? { rating: current.rating, narrative: current.narrative, version: current.version } : null,
      });
    if (!current) {
      if (input.version !== 0) throw conflict();
      await repo.insertCell(trx, row);
    } else if (current.version !== input.version || !(await repo.updateCellIfVersion(trx, row, input.version))) {
      throw conflict();
    }
    return { rating: row.rating as Rating | null, narrative: row.narrative, version: row.version };
  });
}

const stateConflict = () => new AppError(409, 'edit_conflict', 'Someone else changed the synthesis since you opened it. Reload to see their changes, then make yours again.');

export async function saveSettings(db: Db, actor: OrgContext, programmeId: string, input: { version: number; eventDate?: string | null | undefined; quoteThreshold?: number | undefined }): Promise<SynthesisView> {
  await inTransaction(db, async (trx) => {
    const state = await stateOf(trx, actor.organisationId, programmeId);
    if (state.status === 'agreed') throw agreedAlready();
    const patch = { ...(input.eventDate !== undefined ? { event_date: input.eventDate } : {}), ...(input.quoteThreshold !== undefined ? { quote_threshold: input.quoteThreshold } : {}), updated_at: nowIso() };
    if (!(await repo.updateSynthesisIfVersion(trx, actor.organisationId, programmeId, input.version, patch))) throw stateConflict();
  });
  return getSynthesis(db, actor, programmeId);
}

/** Records the synthesis as agreed at the synthesis event: every element needs its overall rating; Discover is then complete and Design begins. */
export async function agreeSynthesis(db: Db, actor: OrgContext, programmeId: string, input: { version: number; eventDate: string }): Promise<SynthesisView> {
  await inTransaction(db, async (trx) => {
    const state = await stateOf(trx, actor.organisationId, programmeId);
    if (state.status === 'agreed') throw agreedAlready();
    const overall = new Map((await repo.cellsOf(trx, actor.organisationId, programmeId)).filter((c) => c.source === 'overall' && c.rating).map((c) => [c.element, c]));
    const missing = ELEMENTS.filter((e) => !overall.has(e.key));
    if (missing.length) {
      throw unprocessable('synthesis_incomplete', 'Rate every cultural element before the synthesis is agreed.', missing.map((e) => ({ path: `elements.${e.key}.overall`, message: `Give ${e.name} an overall rating` })));
    }
    const at = nowIso();
    if (!(await repo.updateSynthesisIfVersion(trx, actor.organisationId, programmeId, input.version, { status: 'agreed', event_date: input.eventDate, agreed_at: at, agreed_by: actor.userId, updated_at: at }))) throw stateConflict();
    await updatePhase(trx, actor.organisationId, programmeId, 'discover', { status: 'complete', endDate: input.eventDate });
    await updatePhase(trx, actor.organisationId, programmeId, 'design', { status: 'in_progress', startDate: input.eventDate });
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'synthesis.agreed', targetType: 'programme', targetId: programmeId, detail: { eventDate: input.eventDate } });
  });
  return getSynthesis(db, actor, programmeId);
}

/** Opens an agreed synthesis for changes again; the programme goes back to Discover until it is agreed once more. */
export async function reopenSynthesis(db: Db, actor: OrgContext, programmeId: string, version: number): Promise<SynthesisView> {
  await inTransaction(db, async (trx) => {
    const state = await stateOf(trx, actor.organisationId, programmeId);
    if (state.status !== 'agreed') throw new AppError(409, 'synthesis_not_agreed', 'The synthesis is still a draft, so there is nothing to reopen.');
    if (!(await repo.updateSynthesisIfVersion(trx, actor.organisationId, programmeId, version, { status: 'draft', agreed_at: null, agreed_by: null, updated_at: nowIso() }))) throw stateConflict();
    await updatePhase(trx, actor.organisationId, programmeId, 'discover', { status: 'in_progress', endDate: null });
    await updatePhase(trx, actor.organisationId, programmeId, 'design', { status: 'not_started', startDate: null });
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'synthesis.reopened', targetType: 'programme', targetId: programmeId });
  });
  return getSynthesis(db, actor, programmeId);
}
