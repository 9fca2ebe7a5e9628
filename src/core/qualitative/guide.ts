// Discussion guides for the Discover phase: the culture focus group and the board interview, as
// data. Each question is tagged with the cultural elements it explores (and, for leadership
// questions, the compassionate leadership behaviours), so notes taken against a question arrive
// already pointing at the right part of the culture model. Programmes can edit their own copy of
// a guide; `validateGuide` checks an edited copy before it is saved.
import type { DefinitionError } from '../instruments/check-definition.js';
import { COMPASSIONATE_BEHAVIOURS, CULTURAL_ELEMENTS } from '../instruments/builtins/leadership-framework.js';

export const GUIDE_KINDS = ['focus_group', 'board_interview'] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

export interface GuideQuestion {
  /** A stable slug, e.g. `vision-values`; notes and codes point at it, so it survives edits. */
  id: string;
  /** The question as the facilitator asks it. */
  text: string;
  /** Follow-up prompts, asked if the group needs help to get going or to go deeper. */
  prompts: string[];
  /** Cultural element keys (by default the six in CULTURAL_ELEMENTS). */
  elements: string[];
  /** Compassionate leadership behaviours the question explores: attending, understanding, empathising, helping. */
  behaviours?: string[];
  /** Suggested time for the question, in whole minutes. */
  minutes: number;
}

export interface Guide {
  id: string;
  kind: GuideKind;
  title: string;
  /** Read out at the start: what the session is for and its ground rules. Paragraphs are separated by a blank line. */
  intro: string;
  /** Suggested time for the welcome and ground rules, in whole minutes. */
  introMinutes: number;
  questions: GuideQuestion[];
  /** Read out at the end. Paragraphs are separated by a blank line. */
  closing: string;
  /** Suggested time for the closing, in whole minutes. */
  closingMinutes: number;
}

/** One problem with an edited guide, with a path such as `questions[3].text` ('' for the whole guide). */
export type GuideProblem = DefinitionError;

export const GUIDE_LIMITS = {
  minQuestions: 1,
  maxQuestions: 40,
  maxTitleChars: 200,
  maxIntroChars: 5000,
  maxQuestionChars: 500,
  maxPrompts: 10,
  maxPromptChars: 500,
  minQuestionMinutes: 1,
  maxQuestionMinutes: 60,
  /** The welcome and the closing may take no time at all, but not more than this. */
  maxIntroMinutes: 30,
} as const;

/** The same rule as instrument ids: lower-case letters, digits, hyphens or underscores, starting with a letter. */
export const QUESTION_ID_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

export interface KnownTags {
  /** Cultural element keys a question may be tagged with; defaults to the six cultural elements. */
  elements?: readonly string[];
  /** Behaviour keys; defaults to the four compassionate leadership behaviours. */
  behaviours?: readonly string[];
}

export const DEFAULT_ELEMENT_KEYS: readonly string[] = CULTURAL_ELEMENTS.map((e) => e.key);
export const DEFAULT_BEHAVIOUR_KEYS: readonly string[] = COMPASSIONATE_BEHAVIOURS.map((b) => b.key);

/** The whole session's suggested length: welcome, questions and closing. */
export function guideMinutes(guide: Pick<Guide, 'introMinutes' | 'questions' | 'closingMinutes'>): number {
  return guide.introMinutes + guide.questions.reduce((sum, q) => sum + q.minutes, 0) + guide.closingMinutes;
}

/** Every problem with a guide, in the order the fields appear; an empty list means it can be saved. */
export function validateGuide(guide: Guide, known: KnownTags = {}): GuideProblem[] {
  const elements = new Set(known.elements ?? DEFAULT_ELEMENT_KEYS);
  const behaviours = new Set(known.behaviours ?? DEFAULT_BEHAVIOUR_KEYS);
  const problems: GuideProblem[] = [];
  const fail = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  const L = GUIDE_LIMITS;

  if (!(GUIDE_KINDS as readonly string[]).includes(guide.kind)) fail('kind', `This must be one of: ${GUIDE_KINDS.join(', ')}`);
  checkText(guide.title, 'title', L.maxTitleChars, fail);
  checkText(guide.intro, 'intro', L.maxIntroChars, fail);
  checkWholeNumber(guide.introMinutes, 'introMinutes', 0, L.maxIntroMinutes, fail);
  checkText(guide.closing, 'closing', L.maxIntroChars, fail);
  checkWholeNumber(guide.closingMinutes, 'closingMinutes', 0, L.maxIntroMinutes, fail);

  const questions = Array.isArray(guide.questions) ? guide.questions : [];
  if (questions.length < L.minQuestions) fail('questions', 'Add at least 1 question');
  if (questions.length > L.maxQuestions) fail('questions', `Use no more than ${L.maxQuestions} questions (this guide has ${questions.length})`);

  const ids = new Map<string, string>();
  questions.forEach((q, i) => {
    const path = `questions[${i}]`;
    const id = typeof q.id === 'string' ? q.id : '';
    if (!id.trim()) fail(`${path}.id`, 'Give the question an id');
    else if (!QUESTION_ID_PATTERN.test(id)) {
      fail(`${path}.id`, 'Use up to 64 lower-case letters, digits, hyphens or underscores, starting with a letter');
    } else if (ids.has(id)) fail(`${path}.id`, `The id ‘${id}’ is already used at ${ids.get(id) as string}`);
    else ids.set(id, `${path}.id`);

    checkText(q.text, `${path}.text`, L.maxQuestionChars, fail);

    const prompts = Array.isArray(q.prompts) ? q.prompts : [];
    if (prompts.length > L.maxPrompts) fail(`${path}.prompts`, `Use no more than ${L.maxPrompts} prompts`);
    prompts.forEach((prompt, p) => checkText(prompt, `${path}.prompts[${p}]`, L.maxPromptChars, fail));

    checkTags(q.elements ?? [], `${path}.elements`, elements, 'cultural element', fail);
    checkTags(q.behaviours ?? [], `${path}.behaviours`, behaviours, 'leadership behaviour', fail);
    if (!(q.elements?.length || q.behaviours?.length)) {
      fail(`${path}.elements`, 'Tag the question with at least one cultural element, so notes from it can be coded');
    }

    checkWholeNumber(q.minutes, `${path}.minutes`, L.minQuestionMinutes, L.maxQuestionMinutes, fail);
  });
  return problems;
}

type Fail = (path: string, message: string) => void;

function checkText(value: unknown, path: string, max: number, fail: Fail): void {
  if (typeof value !== 'string' || !value.trim()) fail(path, 'This must not be empty');
  else if (value.length > max) fail(path, `Use no more than ${max} characters (this has ${value.length})`);
}

function checkWholeNumber(value: unknown, path: string, min: number, max: number, fail: Fail): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'This must be a whole number of minutes');
  else if (value < min || value > max) fail(path, `This must be between ${min} and ${max} minutes`);
}

function checkTags(tags: readonly string[], path: string, known: ReadonlySet<string>, noun: string, fail: Fail): void {
  tags.forEach((tag, t) => {
    if (!known.has(tag)) fail(`${path}[${t}]`, `‘${tag}’ is not a known ${noun}. Use one of: ${[...known].join(', ')}`);
    else if (tags.indexOf(tag) !== t) fail(`${path}[${t}]`, `‘${tag}’ is listed twice`);
  });
}
