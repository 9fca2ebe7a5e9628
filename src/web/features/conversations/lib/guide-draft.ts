// The guide editor's working copy: text as typed (prompts one per line, minutes as strings), and
// the steps that change its shape: add, remove and move questions. Question ids are kept, as
// notes point at them; a new question gets a fresh id the guide does not use yet.
import type { Guide, GuideQuestion } from '../../../../core/qualitative/guide.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { guideFieldIds } from './error-paths.js';

export interface QuestionDraft {
  id: string;
  text: string;
  /** One prompt per line. */
  prompts: string;
  elements: string[];
  /** Kept as they were: the editor does not change them. */
  behaviours: string[] | undefined;
  minutes: string;
}

export interface GuideDraft {
  id: string;
  kind: Guide['kind'];
  title: string;
  intro: string;
  introMinutes: string;
  questions: QuestionDraft[];
  closing: string;
  closingMinutes: string;
}

export function draftFromGuide(guide: Guide): GuideDraft {
  return {
    id: guide.id,
    kind: guide.kind,
    title: guide.title,
    intro: guide.intro,
    introMinutes: String(guide.introMinutes),
    questions: guide.questions.map((q) => ({ id: q.id, text: q.text, prompts: q.prompts.join('\n'), elements: [...q.elements], behaviours: q.behaviours ? [...q.behaviours] : undefined, minutes: String(q.minutes) })),
    closing: guide.closing,
    closingMinutes: String(guide.closingMinutes),
  };
}

export const promptLines = (text: string): string[] =>
  text
    .split(/\r\n|[\n\r]/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A whole number of minutes as typed ("5", " 12 "), or null. */
export function parseMinutes(text: string): number | null {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : null;
}

/**
 * The guide to send, and the problems found before sending (minutes that are not whole numbers).
 * Everything else is checked by the server, whose problems come back by path.
 */
export function guideFromDraft(draft: GuideDraft): { guide: Guide; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const minutes = (text: string, field: string, what: string): number => {
    const n = parseMinutes(text);
    if (n === null) problems.push({ field, message: `Enter the minutes for ${what} as a whole number, like 5` });
    return n ?? 0;
  };
  const introMinutes = minutes(draft.introMinutes, guideFieldIds.introMinutes, 'the introduction');
  const questions = draft.questions.map((q, i): GuideQuestion => {
    const question: GuideQuestion = { id: q.id, text: q.text.trim(), prompts: promptLines(q.prompts), elements: [...q.elements], minutes: minutes(q.minutes, guideFieldIds.question(i, 'minutes'), `question ${i + 1}`) };
    if (q.behaviours) question.behaviours = [...q.behaviours];
    return question;
  });
  const closingMinutes = minutes(draft.closingMinutes, guideFieldIds.closingMinutes, 'the closing');
  return {
    guide: { id: draft.id, kind: draft.kind, title: draft.title.trim(), intro: draft.intro.trim(), introMinutes, questions, closing: draft.closing.trim(), closingMinutes },
    problems,
  };
}

/** The question moved by one place up (-1) or down (+1); unchanged at either end. */
export function moveQuestion(draft: GuideDraft, index: number, by: -1 | 1): GuideDraft {
  const to = index + by;
  if (index < 0 || index >= draft.questions.length || to < 0 || to >= draft.questions.length) return draft;
  const questions = [...draft.questions];
  const [moved] = questions.splice(index, 1);
  questions.splice(to, 0, moved!);
  return { ...draft, questions };
}

export function removeQuestion(draft: GuideDraft, index: number): GuideDraft {
  return { ...draft, questions: draft.questions.filter((_, i) => i !== index) };
}

/** A fresh id, "question-N", that no question in the guide uses. */
export function newQuestionId(draft: GuideDraft): string {
  const used = new Set(draft.questions.map((q) => q.id));
  let n = draft.questions.length + 1;
  while (used.has(`question-${n}`)) n += 1;
  return `question-${n}`;
}

export function addQuestion(draft: GuideDraft): GuideDraft {
  return { ...draft, questions: [...draft.questions, { id: newQuestionId(draft), text: '', prompts: '', elements: [], behaviours: undefined, minutes: '5' }] };
}

/** The suggested length of the draft as it stands, counting only minutes that read as whole numbers. */
export function draftMinutes(draft: GuideDraft): number {
  const n = (t: string) => parseMinutes(t) ?? 0;
  return n(draft.introMinutes) + draft.questions.reduce((sum, q) => sum + n(q.minutes), 0) + n(draft.closingMinutes);
}
