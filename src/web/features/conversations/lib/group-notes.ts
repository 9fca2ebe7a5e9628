// A session's notes under the questions of its guide, in the guide's order, then those noted
// under no question (or under a question the session's guide no longer has). Notes are numbered
// in the order they are shown, so "note 3" means the same on screen and to a screen reader.
import type { Excerpt, GuideQuestion } from '../api/conversations-api.js';

export interface NoteGroup {
  /** Null for the notes under no question. */
  question: GuideQuestion | null;
  /** 1 for the guide's first question; null for the notes under no question. */
  questionNumber: number | null;
  notes: { excerpt: Excerpt; number: number }[];
}

export function groupNotes(questions: readonly GuideQuestion[], excerpts: readonly Excerpt[]): NoteGroup[] {
  const known = new Set(questions.map((q) => q.id));
  const sorted = [...excerpts].sort((a, b) => a.position - b.position);
  const groups: NoteGroup[] = questions.map((question, i) => ({ question, questionNumber: i + 1, notes: [] }));
  const loose: NoteGroup = { question: null, questionNumber: null, notes: [] };
  let number = 0;
  for (const group of groups) {
    for (const excerpt of sorted) if (excerpt.questionId === group.question?.id) group.notes.push({ excerpt, number: ++number });
  }
  for (const excerpt of sorted) if (excerpt.questionId === null || !known.has(excerpt.questionId)) loose.notes.push({ excerpt, number: ++number });
  return loose.notes.length ? [...groups, loose] : groups;
}

/** "Q3. How well supported do you feel at work?" */
export const questionHeading = (group: NoteGroup): string => (group.question ? `Q${group.questionNumber}. ${group.question.text}` : 'Notes under no particular question');
