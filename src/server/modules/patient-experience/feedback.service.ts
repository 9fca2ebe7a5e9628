// Complaints and compliments as the change team reads and codes them: staff names, unit names,
// email addresses, phone numbers and the like are redacted before anyone reads them (a patient
// often names the nurse who helped, or the one who did not); filtered by kind, unit and theme;
// searchable; and coded to the cultural elements with suggestions from a classifier trained on
// what the organisation has already coded. Files come in whole or not at all.
import { createHash } from 'node:crypto';
import { calibrateThemeModel, suggestThemes, trainThemeModel, type ThemeModel } from '../../../core/comments/classifier.js';
import { compileRedactor, redactComment } from '../../../core/comments/redact.js';
import { searchComments } from '../../../core/comments/search.js';
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import { descendantsOf } from '../../../core/organisation/unit-tree.js';
import { validateFeedback, type FeedbackKind } from '../../../core/patient-experience/feedback-values.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { newId, nowIso, todayIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { readUploadedTable } from '../imports/index.js';
import { staffNames } from '../staff/index.js';
import { listUnits, type UnitView } from '../units/index.js';
import { importRefused } from './fft.service.js';
import * as repo from './patient-experience.repository.js';
import type { FeedbackListView, FeedbackQuery, ImportResultView } from './patient-experience.schemas.js';
import { unitsByCode } from './unit-outline.js';

export const THEMES = CULTURAL_ELEMENTS.map((e) => ({ id: e.key, name: e.name.en }));
const THEME_IDS: ReadonlySet<string> = new Set(THEMES.map((t) => t.id));

export interface ReadableFeedback {
  id: string;
  unitId: string | null;
  receivedOn: string;
  kind: FeedbackKind;
  /** Redacted, as is the text, in whatever leaves this file. */
  category: string | null;
  text: string;
  themes: string[];
}

/** Every item of the organisation as stored, with its themes; newest first. Never shown as it is. */
async function storedFeedback(db: Db, organisationId: string): Promise<ReadableFeedback[]> {
  const [rows, codes] = await Promise.all([repo.allFeedback(db, organisationId), repo.allCodes(db, organisationId)]);
  const themes = new Map<string, string[]>();
  for (const c of codes) themes.set(c.feedback_id, [...(themes.get(c.feedback_id) ?? []), c.theme]);
  return rows.map((r) => ({ id: r.id, unitId: r.unit_id, receivedOn: r.received_on, kind: r.kind as FeedbackKind, category: r.category, text: r.text, themes: themes.get(r.id) ?? [] }));
}

/** Each item's unit, kind and themes: all the strengths and concerns need, with no words at all. */
export async function feedbackThemes(db: Db, organisationId: string): Promise<Pick<ReadableFeedback, 'unitId' | 'kind' | 'themes'>[]> {
  return (await storedFeedback(db, organisationId)).map(({ unitId, kind, themes }) => ({ unitId, kind, themes }));
}

/** Every item of the organisation, redacted, with its themes; newest first. */
export async function readableFeedback(db: Db, organisationId: string, units: readonly UnitView[]): Promise<ReadableFeedback[]> {
  const [items, names] = await Promise.all([storedFeedback(db, organisationId), staffNames(db, organisationId)]);
  const redactor = compileRedactor(names, { units: units.map((u) => u.name) });
  return items.map((i) => ({ ...i, category: i.category === null ? null : redactComment(i.category, redactor).text, text: redactComment(i.text, redactor).text }));
}

// One model per organisation, retrained only when what it learns from has changed.
const models = new Map<string, { state: string; model: ThemeModel }>();

function themeModelOf(organisationId: string, items: readonly ReadableFeedback[]): ThemeModel {
  const examples = items.filter((i) => i.themes.length).map((i) => ({ text: i.text, themes: i.themes }));
  const hash = createHash('sha256');
  for (const e of examples) hash.update(`${e.themes.join(',')}\u0000${e.text}\u0000`);
  const state = hash.digest('hex');
  const known = models.get(organisationId);
  if (known?.state === state) return known.model;
  const model = trainThemeModel(examples);
  calibrateThemeModel(model);
  models.set(organisationId, { state, model });
  if (models.size > 50) models.delete(models.keys().next().value as string);
  return model;
}

export async function listFeedback(db: Db, organisationId: string, query: FeedbackQuery): Promise<FeedbackListView> {
  if (query.theme && query.theme !== 'uncoded' && !THEME_IDS.has(query.theme)) {
    throw new AppError(422, 'validation_failed', 'Check the filters', [{ path: 'theme', message: 'Choose a cultural element, or “uncoded”' }]);
  }
  const units = await listUnits(db, organisationId);
  const names = new Map(units.map((u) => [u.id, u.name]));
  let inside: ReadonlySet<string | null> | null = null;
  if (query.unitId === repo.ORGANISATION_KEY) inside = new Set([null]);
  else if (query.unitId) {
    if (!names.has(query.unitId)) throw new AppError(404, 'not_found', 'There is no such unit.');
    inside = new Set([query.unitId, ...descendantsOf(units, query.unitId)]);
  }
  const all = await readableFeedback(db, organisationId, units);
  const visible = all.filter(
    (i) =>
      (!query.kind || i.kind === query.kind) &&
      (!inside || inside.has(i.unitId)) &&
      (!query.theme || (query.theme === 'uncoded' ? i.themes.length === 0 : i.themes.includes(query.theme))),
  );
  const hits = query.q ? searchComments(visible, query.q) : visible.map((comment) => ({ comment, highlights: [] }));
  const model = themeModelOf(organisationId, all);
  return {
    total: hits.length,
    themes: THEMES,
    items: hits.slice(0, query.limit).map(({ comment: i, highlights }) => ({
      id: i.id,
      receivedOn: i.receivedOn,
      kind: i.kind,
      category: i.category,
      unit: i.unitId && names.has(i.unitId) ? { unitId: i.unitId, name: names.get(i.unitId)! } : null,
      text: i.text,
      highlights,
      themes: i.themes,
      suggestions: i.themes.length ? [] : suggestThemes(model, i.text).map((s) => ({ theme: s.theme, score: Math.round(s.score * 100) / 100 })),
    })),
  };
}

export async function codeFeedback(db: Db, actor: OrgContext, feedbackId: string, themes: readonly string[]): Promise<{ id: string; themes: string[] }> {
  const unknown = themes.filter((t) => !THEME_IDS.has(t));
  if (unknown.length) throw new AppError(422, 'validation_failed', 'Check the themes', [{ path: 'themes', message: `Unknown theme: ${unknown.join(', ')}` }]);
  const distinct = [...new Set(themes)];
  await inTransaction(db, async (trx) => {
    if (!(await repo.findFeedback(trx, actor.organisationId, feedbackId))) throw new AppError(404, 'not_found', 'There is no such complaint or compliment.');
    await repo.replaceCodes(trx, actor.organisationId, feedbackId, distinct);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'comment.coded', targetType: 'patient_feedback', targetId: feedbackId, detail: { themes: distinct } });
  });
  return { id: feedbackId, themes: distinct };
}

const sameItem = (i: { receivedOn: string; unitId: string | null; kind: string; text: string }) => `${i.receivedOn}|${i.unitId ?? ''}|${i.kind}|${i.text}`;

/**
 * A CSV or XLSX file of complaints and compliments, checked whole and written in one
 * transaction, or refused with every problem. A row identical to one already stored (date,
 * unit, kind and words) is skipped, so importing the same export twice does not double it.
 */
export async function importFeedback(db: Db, actor: OrgContext, buffer: Buffer): Promise<ImportResultView> {
  const read = await readUploadedTable(buffer);
  if (read.problems.length) throw importRefused('The file could not be read to the end; nothing was saved.', read.problems);
  const plan = validateFeedback(read.table, { unitsByCode: unitsByCode(await listUnits(db, actor.organisationId)), today: todayIso() });
  if (plan.errors.length) throw importRefused('The file has problems; nothing was saved.', plan.errors);
  const stored = new Set((await repo.allFeedback(db, actor.organisationId)).map((r) => sameItem({ receivedOn: r.received_on, unitId: r.unit_id, kind: r.kind, text: r.text })));
  const fresh = plan.rows.filter((r) => !stored.has(sameItem(r)));
  const skipped = plan.rows.filter((r) => stored.has(sameItem(r)));
  const at = nowIso();
  const rows = fresh.map((r) => ({ id: newId(), organisation_id: actor.organisationId, unit_id: r.unitId, received_on: r.receivedOn, kind: r.kind, category: r.category, text: r.text, created_at: at }));
  await inTransaction(db, async (trx) => {
    await repo.insertFeedback(trx, rows);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'metrics.values_saved', targetType: 'organisation', targetId: actor.organisationId, detail: { kind: 'feedback', rows: rows.length } });
  });
  const warnings = skipped.length
    ? [{ row: skipped[0]!.row, column: '', message: `${skipped.length === 1 ? 'This row was' : `${skipped.length} rows, starting with this one, were`} already imported (the same date, unit, kind and words), so ${skipped.length === 1 ? 'it was' : 'they were'} skipped` }]
    : [];
  return { written: rows.length, skipped: skipped.length, warnings };
}
