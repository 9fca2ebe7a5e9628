// Survey comments as the change team reads and codes them: names, contact details and unit
// names redacted before anyone sees them; shown for a unit only when its group is at or above
// the survey's comment threshold and cannot be narrowed below it by comparing with the units
// inside it (the same leftover rule as the scores, with the comment threshold); searchable,
// and coded to the cultural elements with suggestions from a classifier trained on every
// comment the organisation has coded, in any of its surveys (kept until someone codes again).
import { SHOWN, suppressHierarchy, type SuppressionStatus } from '../../../core/analytics/hierarchy-suppression.js';
import { rollUpUnits } from '../../../core/analytics/unit-rollup.js';
import { subtreeMembers } from '../../../core/analytics/unit-tree.js';
import { calibrateThemeModel, suggestThemes, trainThemeModel, type ThemeModel } from '../../../core/comments/classifier.js';
import { compileRedactor, redactComment } from '../../../core/comments/redact.js';
import { searchComments } from '../../../core/comments/search.js';
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import { questionsOf } from '../../../core/instruments/questions.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { nowIso } from '../../kernel/ids.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { inTransaction } from '../../kernel/transaction.js';
import { recordAudit } from '../audit/index.js';
import { staffNames } from '../staff/index.js';
import { closedSurveyData } from '../surveys/index.js';
import { codesOfSurvey, codingState, replaceCodes } from './comments.repository.js';
import { STATUS_NAMES } from './presentation.js';
import type { CommentsQuery, CommentsView } from './comments.schemas.js';
import { resultsOf, type SurveyResults } from './results.service.js';

export const THEMES = CULTURAL_ELEMENTS.map((e) => ({ id: e.key, name: e.name.en }));
const THEME_IDS: ReadonlySet<string> = new Set(THEMES.map((t) => t.id));

interface SurveyComment {
  key: string;
  unit: number;
  questionId: string;
  question: string;
  /** Already redacted. */
  text: string;
}

interface SurveyComments {
  results: SurveyResults;
  comments: SurveyComment[];
  questions: { id: string; text: string }[];
  status: Uint8Array;
}

const cache = new Map<string, Promise<SurveyComments>>();

async function gather(deps: AppDeps, organisationId: string, results: SurveyResults): Promise<SurveyComments> {
  const db = deps.database.db;
  const { survey, matrix } = results;
  const textQuestions = questionsOf(survey.definition).filter((q) => q.kind === 'text');
  const [data, names] = await Promise.all([closedSurveyData(db, organisationId, survey.id), staffNames(db, organisationId)]);
  const redactor = compileRedactor(names, { units: data.units.map((u) => u.name) });
  const position = new Map(matrix.unitIds.map((id, i) => [id, i]));
  const comments: SurveyComment[] = [];
  for (const response of data.responses) {
    for (const q of textQuestions) {
      const raw = response.answers[q.id];
      if (typeof raw !== 'string' || !raw.trim()) continue;
      comments.push({
        key: deps.secretKey.mac('survey-comment', `${response.id}:${q.id}`),
        unit: position.get(response.unitId) ?? 0,
        questionId: q.id,
        question: q.text.en,
        text: redactComment(raw, redactor).text,
      });
    }
  }
  // A stable order that says nothing about when each was written.
  comments.sort((a, b) => (a.key < b.key ? -1 : 1));
  const counts = rollUpUnits([], matrix.unitOf, matrix.tree).respondents;
  return { results, comments, questions: textQuestions.map((q) => ({ id: q.id, text: q.text.en })), status: suppressHierarchy(matrix.tree, counts, survey.commentThreshold) };
}

async function commentsOf(deps: AppDeps, organisationId: string, surveyId: string): Promise<SurveyComments> {
  const results = await resultsOf(deps.database.db, organisationId, surveyId);
  const key = `${organisationId}/${results.survey.id}@${results.survey.closedAt}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = gather(deps, organisationId, results);
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
    if (cache.size > 20) cache.delete(cache.keys().next().value as string);
  }
  return entry;
}

const models = new Map<string, { state: string; model: Promise<ThemeModel> }>();

/** The organisation's own theme model: every comment it has coded, retrained only after new coding. */
async function themeModelOf(deps: AppDeps, organisationId: string): Promise<ThemeModel> {
  const db = deps.database.db;
  const surveys = await codingState(db, organisationId);
  const state = JSON.stringify(surveys);
  const known = models.get(organisationId);
  if (known?.state === state) return known.model;
  const model = (async () => {
    const examples = [];
    for (const { survey_id: surveyId } of surveys) {
      const [all, codes] = await Promise.all([commentsOf(deps, organisationId, surveyId), codesOfSurvey(db, organisationId, surveyId)]);
      const themes = new Map<string, string[]>();
      for (const c of codes) themes.set(c.comment_key, [...(themes.get(c.comment_key) ?? []), c.theme]);
      for (const c of all.comments) if (themes.has(c.key)) examples.push({ text: c.text, themes: themes.get(c.key)! });
    }
    const trained = trainThemeModel(examples);
    calibrateThemeModel(trained);
    return trained;
  })();
  models.set(organisationId, { state, model });
  model.catch(() => models.delete(organisationId));
  return model;
}

export async function listComments(deps: AppDeps, organisationId: string, surveyId: string, query: CommentsQuery): Promise<CommentsView> {
  const all = await commentsOf(deps, organisationId, surveyId);
  const { results } = all;
  const unit = query.unitId ? results.matrix.unitIds.indexOf(query.unitId) : 0;
  if (unit < 0) throw new AppError(404, 'not_found', 'This survey has no such unit.');
  const status = all.status[unit] as SuppressionStatus;
  const base = {
    survey: { id: results.survey.id, title: results.survey.title, closedAt: results.survey.closedAt, anonymityThreshold: results.survey.anonymityThreshold },
    commentThreshold: results.survey.commentThreshold,
    unit: { unitId: results.matrix.unitIds[unit]!, name: results.matrix.unitNames[unit]! },
    status: STATUS_NAMES[status],
    themes: THEMES,
    questions: all.questions,
  };
  if (status !== SHOWN) return { ...base, total: 0, comments: [] };

  const codes = new Map<string, string[]>();
  for (const c of await codesOfSurvey(deps.database.db, organisationId, results.survey.id)) codes.set(c.comment_key, [...(codes.get(c.comment_key) ?? []), c.theme]);
  const inside = subtreeMembers(results.matrix.tree, unit);
  let visible = all.comments.filter((c) => inside[c.unit] === 1 && (!query.questionId || c.questionId === query.questionId));
  if (query.theme) visible = visible.filter((c) => (query.theme === 'uncoded' ? !codes.has(c.key) : codes.get(c.key)?.includes(query.theme!)));
  const hits = query.q ? searchComments(visible, query.q) : visible.map((comment) => ({ comment, highlights: [] }));

  const model = await themeModelOf(deps, organisationId);
  const page = hits.slice(0, query.limit);
  return {
    ...base,
    total: hits.length,
    comments: page.map(({ comment, highlights }) => ({
      key: comment.key,
      questionId: comment.questionId,
      text: comment.text,
      highlights,
      themes: codes.get(comment.key) ?? [],
      suggestions: codes.has(comment.key) ? [] : suggestThemes(model, comment.text).map((s) => ({ theme: s.theme, score: Math.round(s.score * 100) / 100 })),
    })),
  };
}

export async function codeComment(deps: AppDeps, actor: OrgContext, surveyId: string, key: string, themes: readonly string[]): Promise<{ key: string; themes: string[] }> {
  const unknown = themes.filter((t) => !THEME_IDS.has(t));
  if (unknown.length) throw new AppError(422, 'validation_failed', 'Check the themes', [{ path: 'themes', message: `Unknown theme: ${unknown.join(', ')}` }]);
  const all = await commentsOf(deps, actor.organisationId, surveyId);
  const comment = all.comments.find((c) => c.key === key);
  // A comment is only ever seen through a shown group; one that no shown group holds cannot be coded.
  if (!comment || all.status[0] !== SHOWN) throw new AppError(404, 'not_found', 'There is no such comment.');
  const distinct = [...new Set(themes)];
  await inTransaction(deps.database.db, async (trx) => {
    await replaceCodes(trx, actor.organisationId, all.results.survey.id, key, distinct, nowIso());
    await recordAudit(trx, { organisationId: actor.organisationId, actorUserId: actor.userId, actorLabel: actor.actorLabel, action: 'comment.coded', targetType: 'survey', targetId: all.results.survey.id, detail: { themes: distinct.length } });
  });
  return { key, themes: distinct };
}
