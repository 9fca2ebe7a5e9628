// Turns the text of a notes file into excerpts, ready for coding. Each line (a paragraph, in a
// Word document) is one excerpt, with its whitespace tidied; blank lines are dropped. When the
// note-taker wrote question headings ("Q3", "3.", "Question 3", the question's id, or the start
// of the question's words), the excerpts under a heading belong to that question; anything
// before the first heading, or in notes with no headings, is left unassigned for the coder.
import { foldWord, wordTexts } from '../comments/text.js';
import type { GuideQuestion } from './guide.js';

/** The longest excerpt; longer paragraphs are split between sentences. */
export const MAX_EXCERPT_CHARS = 2000;

export interface Excerpt {
  /** The question the excerpt was noted under, or null when the notes did not say. */
  questionId: string | null;
  text: string;
}

export type HeadingQuestion = Pick<GuideQuestion, 'id' | 'text'>;

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
// Control characters other than whitespace, zero-width characters, soft hyphens and stray byte order marks.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const CONTROL_SPACE = /[\u0080-\u009f]/g;
// A bullet a note-taker typed at the start of a line; lists in Word documents carry no such characters.
const BULLET = /^[•◦▪▫‣⁃●○■□·*\-–—]\s+/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** One paragraph's text with whitespace tidied: runs of spaces and tabs become one space, ends trimmed, bullets removed. */
export function normaliseParagraph(line: string): string {
  return line.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL_SPACE, ' ').replace(/\s+/g, ' ').trim().replace(BULLET, '');
}

/** The non-empty paragraphs of the notes, tidied. A line with no letters or digits (such as "-----") counts as empty. */
export function notesParagraphs(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map(normaliseParagraph)
    .filter((p) => HAS_CONTENT.test(p));
}

export interface Heading {
  questionId: string;
  /** Notes written on the same line after the heading, e.g. "Q3: they felt heard"; '' when none. */
  rest: string;
}

// "Q3", "Q.3", "Q 3", "Question 3", then optional punctuation and the rest of the line.
const QUESTION_MARKER = /^(?:q|question)\s*\.?\s*(\d{1,2})(?=$|[\s.:)\-–—])\s*[.:)\-–—]?\s*(.*)$/iu;
// "3.", "3)", "3:" or "3" on its own, then the rest of the line.
const NUMBER_MARKER = /^(\d{1,2})(?:[.):]|(?=\s*$))\s*(.*)$/u;

/**
 * The question a paragraph is a heading for, or null. A bare number ("3.") counts only when
 * nothing follows it but the question's own words, so numbered notes are not taken for headings;
 * "Q3" and "Question 3" are clear enough to count whatever follows them.
 */
export function headingFor(paragraph: string, questions: readonly HeadingQuestion[]): Heading | null {
  const byId = idHeading(paragraph, questions);
  if (byId) return byId;

  const marked = QUESTION_MARKER.exec(paragraph);
  const numbered = marked ?? NUMBER_MARKER.exec(paragraph);
  if (numbered) {
    const question = questions[Number(numbered[1]) - 1];
    const after = (numbered[2] ?? '').trim();
    if (question) {
      const isQuestionText = after === '' || startsQuestion(after, question.text);
      if (isQuestionText) return { questionId: question.id, rest: '' };
      if (marked) return { questionId: question.id, rest: after };
    }
  }

  const byText = questions.find((q) => startsQuestion(paragraph, q.text));
  return byText ? { questionId: byText.id, rest: '' } : null;
}

/** The id on its own ("teamwork"), or the id and a colon before notes ("teamwork: good"). Longest id first. */
function idHeading(paragraph: string, questions: readonly HeadingQuestion[]): Heading | null {
  const lower = paragraph.toLowerCase();
  const byLength = [...questions].sort((a, b) => b.id.length - a.id.length);
  for (const q of byLength) {
    const id = q.id.toLowerCase();
    if (!id || !lower.startsWith(id)) continue;
    const after = paragraph.slice(id.length);
    if (/^[.:]?$/.test(after)) return { questionId: q.id, rest: '' };
    if (after.startsWith(':')) return { questionId: q.id, rest: after.slice(1).trim() };
  }
  return null;
}

/** How many of a question's first words a heading must repeat (or all of them, for a shorter question). */
const HEADING_WORDS = 5;

/** Whether `line` is the start of the question's text (or all of it), ignoring case, accents and punctuation. */
export function startsQuestion(line: string, questionText: string): boolean {
  const said = wordTexts(line).map(foldWord);
  const asked = wordTexts(questionText).map(foldWord);
  if (!asked.length || said.length < Math.min(HEADING_WORDS, asked.length) || said.length > asked.length) return false;
  return said.every((word, i) => word === asked[i]);
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A paragraph cut into pieces of at most `max` characters, between sentences where it can be;
 * a single sentence longer than that is cut between words, and failing that anywhere (never
 * inside a character). Joining the pieces with single spaces gives back the paragraph.
 */
export function splitLongParagraph(paragraph: string, max = MAX_EXCERPT_CHARS): string[] {
  if (paragraph.length <= max) return [paragraph];
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of SENTENCES.segment(paragraph)) {
    const sentence = segment.trim();
    if (!sentence) continue;
    if (current && current.length + 1 + sentence.length <= max) {
      current = `${current} ${sentence}`;
      continue;
    }
    if (current) pieces.push(current);
    current = sentence;
    while (current.length > max) {
      const cut = cutPoint(current, max);
      pieces.push(current.slice(0, cut).trimEnd());
      current = current.slice(cut).trimStart();
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function cutPoint(text: string, max: number): number {
  const space = text.lastIndexOf(' ', max);
  if (space > 0) return space;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** The excerpts in a notes text, in order, each under the question heading it follows (if any). */
export function notesExcerpts(text: string, questions: readonly HeadingQuestion[]): Excerpt[] {
  const excerpts: Excerpt[] = [];
  let questionId: string | null = null;
  const add = (paragraph: string): void => {
    for (const piece of splitLongParagraph(paragraph)) excerpts.push({ questionId, text: piece });
  };
  for (const paragraph of notesParagraphs(text)) {
    const heading = headingFor(paragraph, questions);
    if (!heading) {
      add(paragraph);
      continue;
    }
    questionId = heading.questionId;
    if (HAS_CONTENT.test(heading.rest)) add(heading.rest);
  }
  return excerpts;
}
