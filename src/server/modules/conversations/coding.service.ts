// Coding focus-group and interview excerpts to the cultural elements (each as a strength or an
// area to develop), the compassionate leadership behaviours and free themes. Suggestions come
// from a classifier trained only on the organisation's own first codings (no outside model or
// service), retrained only after new coding. A second person codes a seeded sample blind (never
// seeing the first coding, and never the same person), and Cohen's kappa per element says how far
// the two agree.
import { agreementByElement, kappaReading, secondCoderSample, type CohenKappa, type ElementCode } from '../../../core/agreement/index.js';
import { calibrateThemeModel, suggestThemes, trainThemeModel, type ThemeModel } from '../../../core/comments/classifier.js';
import { COMPASSIONATE_BEHAVIOURS, CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import type { GuideQuestion } from '../../../core/qualitative/guide.js';
import type { Db } from '../../db/database.js';
import { AppError, notFound, unprocessable, type FieldError } from '../../kernel/errors.js';
import { nowIso, sha256 } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import type { ExcerptCodingsTable } from './conversations.table.js';
import * as repo from './conversations.repository.js';
import type { AgreementView, CodingView, SecondCodingView } from './conversations.schemas.js';
import { redacted, redactorFor } from './excerpt-text.js';
import { assertProgramme } from './guides.service.js';

export type Coder = 'first' | 'second';
export type Stance = 'strength' | 'develop';
const ELEMENT_KEYS: ReadonlySet<string> = new Set(CULTURAL_ELEMENTS.map((e) => e.key));
const BEHAVIOUR_KEYS: ReadonlySet<string> = new Set(COMPASSIONATE_BEHAVIOURS.map((b) => b.key));

export function presentCoding(row: ExcerptCodingsTable): CodingView {
  return { codes: JSON.parse(row.codes) as ElementCode[], behaviours: JSON.parse(row.behaviours) as string[], themes: JSON.parse(row.themes) as string[], version: row.version, codedAt: row.coded_at };
}

export async function codingsByExcerpt(db: Db, organisationId: string, excerptIds: readonly string[]): Promise<Map<string, Partial<Record<Coder, ExcerptCodingsTable>>>> {
  const map = new Map<string, Partial<Record<Coder, ExcerptCodingsTable>>>();
  for (const row of await repo.codingsOf(db, organisationId, excerptIds)) map.set(row.excerpt_id, { ...map.get(row.excerpt_id), [row.coder]: row });
  return map;
}

// The suggestion model learns "element:stance" labels, so a suggestion says which way the excerpt points too.
const label = (c: ElementCode) => `${c.element}:${c.stance}`;
const models = new Map<string, { state: string; model: Promise<ThemeModel> }>();

async function modelOf(db: Db, organisationId: string, dataVersion: number): Promise<ThemeModel> {
  const state = await repo.codingState(db, organisationId);
  const known = models.get(organisationId);
  if (known?.state === state) return known.model;
  const model = (async () => {
    const [rows, redactor] = await Promise.all([repo.organisationCodings(db, organisationId), redactorFor(db, organisationId, dataVersion)]);
    const examples = rows.filter((r) => r.coder === 'first').map((r) => ({ text: redacted(r.text, redactor), themes: (JSON.parse(r.codes) as ElementCode[]).map(label) }));
    const trained = trainThemeModel(examples);
    calibrateThemeModel(trained);
    return trained;
  })();
  models.set(organisationId, { state, model });
  model.catch(() => models.delete(organisationId));
  if (models.size > 50) models.delete(models.keys().next().value as string);
  return model;
}

export type Suggestion = { element: string; stance: Stance; score: number };

/** Suggested codes for each (already redacted) text, by id. */
export async function suggestionsFor(db: Db, organisationId: string, dataVersion: number, texts: readonly { id: string; text: string }[]): Promise<Map<string, Suggestion[]>> {
  const result = new Map<string, Suggestion[]>();
  if (!texts.length) return result;
  const model = await modelOf(db, organisationId, dataVersion);
  for (const { id, text } of texts) {
    const suggestions = suggestThemes(model, text).map((s) => {
      const [element, stance] = s.theme.split(':') as [string, Stance];
      return { element, stance, score: Math.round(s.score * 100) / 100 };
    });
    if (suggestions.length) result.set(id, suggestions);
  }
  return result;
}

export interface CodingInput {
  version: number;
  codes: readonly ElementCode[];
  behaviours: readonly string[];
  themes: readonly string[];
}

function checkCoding(input: CodingInput): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.codes.forEach((c, i) => {
    if (!ELEMENT_KEYS.has(c.element)) errors.push({ path: `codes[${i}].element`, message: 'Choose one of the cultural elements' });
    else if (seen.has(label(c))) errors.push({ path: `codes[${i}]`, message: 'This element and stance is already coded' });
    seen.add(label(c));
  });
  input.behaviours.forEach((b, i) => {
    if (!BEHAVIOUR_KEYS.has(b)) errors.push({ path: `behaviours[${i}]`, message: 'Choose attending, understanding, empathising or helping' });
  });
  return errors;
}

export async function saveCoding(db: Db, actor: OrgContext, programmeId: string, conversationId: string, excerptId: string, coder: Coder, input: CodingInput): Promise<CodingView> {
  const errors = checkCoding(input);
  if (errors.length) throw unprocessable('validation_failed', 'Check the codes', errors);
  return inTransaction(db, async (trx) => {
    await assertProgramme(trx, actor.organisationId, programmeId);
    const excerpt = await repo.findExcerpt(trx, actor.organisationId, conversationId, excerptId);
    if (!excerpt || !(await repo.findConversation(trx, actor.organisationId, programmeId, conversationId))) throw notFound('The note');
    const codings = (await codingsByExcerpt(trx, actor.organisationId, [excerptId])).get(excerptId) ?? {};
    const other = codings[coder === 'first' ? 'second' : 'first'];
    if (coder === 'second' && excerpt.second_coding !== 1) throw new AppError(409, 'not_in_sample', 'This note is not in the sample for a second coder.');
    // Agreement means two people: whoever coded one side cannot code the other.
    if (other?.coded_by === actor.userId) throw new AppError(409, 'same_coder', 'You coded this note the other time. A second coding has to be done by someone else, so that the agreement between coders means something.');
    const current = codings[coder];
    const themes = [...new Set(input.themes.map((t) => t.trim()))];
    const row: ExcerptCodingsTable = {
      organisation_id: actor.organisationId,
      excerpt_id: excerptId,
      coder,
      codes: JSON.stringify(input.codes.map((c) => ({ element: c.element, stance: c.stance }))),
      behaviours: JSON.stringify([...new Set(input.behaviours)]),
      themes: JSON.stringify(themes),
      coded_by: actor.userId,
      version: input.version + 1,
      coded_at: nowIso(),
    };
    const conflict = () =>
      new AppError(409, 'edit_conflict', 'Someone else coded this note since you opened it. Reload to see their codes, then make yours again.', undefined, {
        current: current ? presentCoding(current) : null,
      });
    if (!current) {
      if (input.version !== 0) throw conflict();
      await repo.insertCoding(trx, row);
    } else if (current.version !== input.version || !(await repo.updateCodingIfVersion(trx, row, input.version))) {
      throw conflict();
    }
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'comment.coded', targetType: 'excerpt', targetId: excerptId, detail: { coder, codes: input.codes.length } });
    return presentCoding(row);
  });
}

/** A stable seed per programme, so the sample is the same whoever draws it, and a larger one keeps the smaller. */
export const secondCoderSeed = (programmeId: string) => Number.parseInt(sha256(`second-coder:${programmeId}`).slice(0, 8), 16);

export async function drawSample(db: Db, actor: OrgContext, programmeId: string, percent: number): Promise<SecondCodingView> {
  await inTransaction(db, async (trx) => {
    await assertProgramme(trx, actor.organisationId, programmeId);
    const excerpts = await repo.programmeExcerpts(trx, actor.organisationId, programmeId);
    if (!excerpts.length) throw new AppError(409, 'nothing_to_sample', 'There are no notes to sample yet. Add notes to a session first.');
    const chosen = new Set(secondCoderSample(excerpts.map((e) => e.id), { fraction: percent / 100 }, secondCoderSeed(programmeId)));
    const fresh = excerpts.filter((e) => chosen.has(e.id) && e.second_coding !== 1).map((e) => e.id);
    await repo.markSecondCoding(trx, actor.organisationId, fresh);
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'conversation.sample_drawn', targetType: 'programme', targetId: programmeId, detail: { percent, added: fresh.length } });
  });
  return secondCoding(db, actor, programmeId);
}

/** The sample as the second coder sees it: redacted text and their own coding only, never the first. */
export async function secondCoding(db: Db, actor: OrgContext, programmeId: string): Promise<SecondCodingView> {
  await assertProgramme(db, actor.organisationId, programmeId);
  const sampled = (await repo.programmeExcerpts(db, actor.organisationId, programmeId)).filter((e) => e.second_coding === 1);
  const [codings, redactor] = await Promise.all([codingsByExcerpt(db, actor.organisationId, sampled.map((e) => e.id)), redactorFor(db, actor.organisationId, actor.dataVersion)]);
  const questionText = (guide: string, id: string | null) => (id ? ((JSON.parse(guide) as GuideQuestion[]).find((q) => q.id === id)?.text ?? null) : null);
  const excerpts = sampled.map((e) => {
    const second = codings.get(e.id)?.second;
    return { id: e.id, conversationId: e.conversation_id, conversationTitle: e.title, question: questionText(e.guide, e.question_id), text: redacted(e.text, redactor), coding: second ? presentCoding(second) : null, version: e.version };
  });
  return { sampled: excerpts.length, coded: excerpts.filter((e) => e.coding).length, excerpts };
}

function kappaSummary(result: CohenKappa) {
  const reading = kappaReading(result);
  return { n: result.n, kappa: result.kappa, low: result.ci95?.[0] ?? null, high: result.ci95?.[1] ?? null, reading: reading.text, cautions: reading.cautions };
}

/** Cohen's kappa per element over every excerpt both coders have coded. */
export async function agreement(db: Db, organisationId: string, programmeId: string): Promise<AgreementView> {
  await assertProgramme(db, organisationId, programmeId);
  const rows = (await repo.organisationCodings(db, organisationId)).filter((r) => r.programme_id === programmeId);
  const byExcerpt = new Map<string, Partial<Record<Coder, ElementCode[]>>>();
  for (const r of rows) byExcerpt.set(r.excerpt_id, { ...byExcerpt.get(r.excerpt_id), [r.coder]: JSON.parse(r.codes) as ElementCode[] });
  const both = [...byExcerpt].flatMap(([id, c]) => (c.first && c.second ? [{ id, first: c.first, second: c.second }] : []));
  const results = agreementByElement(both, CULTURAL_ELEMENTS.map((e) => e.key));
  const names = new Map<string, string>(CULTURAL_ELEMENTS.map((e) => [e.key, e.name.en]));
  return {
    doubleCoded: both.length,
    elements: results.map((r) => ({
      element: r.element,
      name: names.get(r.element) ?? r.element,
      presence: kappaSummary(r.presence),
      stance: { ...kappaSummary(r.stance), linear: r.stance.weighted?.linear.kappa ?? null, quadratic: r.stance.weighted?.quadratic.kappa ?? null },
    })),
  };
}
