// Where the server's problems belong on our pages. Field paths arrive two ways: from the guide's
// own checks as "guide.questions[3].text", and from the request schema as "guide.questions.3.text";
// both are read the same. Each problem is given a field id (so the error summary can link to it)
// and a message that says which question it is about.
import type { FieldProblem } from '../../../api/problem.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';

export type PathPart = string | number;

/** "guide.questions[3].prompts.1" → ['guide', 'questions', 3, 'prompts', 1]. */
export function pathParts(path: string): PathPart[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The ids of the guide editor's fields. The first checkbox of a group carries the group's id. */
export const guideFieldIds = {
  title: 'guide-title',
  intro: 'guide-intro',
  introMinutes: 'guide-introMinutes',
  closing: 'guide-closing',
  closingMinutes: 'guide-closingMinutes',
  questions: 'guide-add-question',
  question: (index: number, part: 'text' | 'prompts' | 'minutes' | 'elements') => `guide-q${index}-${part}`,
};

const TOP_LEVEL: Record<string, { id: string; label: string }> = {
  title: { id: guideFieldIds.title, label: 'the title' },
  intro: { id: guideFieldIds.intro, label: 'the introduction' },
  introMinutes: { id: guideFieldIds.introMinutes, label: 'the minutes for the introduction' },
  closing: { id: guideFieldIds.closing, label: 'the closing words' },
  closingMinutes: { id: guideFieldIds.closingMinutes, label: 'the minutes for the closing' },
  questions: { id: guideFieldIds.questions, label: 'the questions' },
};

interface Place {
  id: string | null;
  /** Lower case, to sit mid-sentence: "the words of question 4". */
  label: string;
}

/** The field and its name for a guide problem's path; null id for a problem with the whole guide. */
export function guidePlace(path: string): Place {
  const parts = pathParts(path);
  if (parts[0] === 'guide') parts.shift();
  const [first, index, part, sub] = parts;
  if (first === 'questions' && typeof index === 'number') {
    const n = index + 1;
    switch (part) {
      case 'prompts':
        return { id: guideFieldIds.question(index, 'prompts'), label: typeof sub === 'number' ? `prompt ${sub + 1} of question ${n}` : `the prompts for question ${n}` };
      case 'minutes':
        return { id: guideFieldIds.question(index, 'minutes'), label: `the minutes for question ${n}` };
      case 'elements':
      case 'behaviours':
        return { id: guideFieldIds.question(index, 'elements'), label: `the cultural elements of question ${n}` };
      default:
        // The text, the id (which the editor makes for you) or the question as a whole.
        return { id: guideFieldIds.question(index, 'text'), label: `the words of question ${n}` };
    }
  }
  const top = typeof first === 'string' ? TOP_LEVEL[first] : undefined;
  return top ? { id: top.id, label: top.label } : { id: null, label: 'the guide' };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A guide problem as the error summary shows it: "Enter the words of question 4". */
export function guideProblem(problem: FieldProblem): FormProblem {
  const { id, label } = guidePlace(problem.path);
  const message = problem.message.trim();
  if (id === null) return { field: null, message };
  if (/^this must not be empty$/i.test(message) || /^enter\b/i.test(message)) return { field: id, message: /^enter\b/i.test(message) ? message : `Enter ${label}` };
  if (/^this\s/i.test(message)) return { field: id, message: `${capitalise(label)} ${message.replace(/^this\s+/i, '')}` };
  return { field: id, message: `${capitalise(label)}: ${message}` };
}

/** Problems with typed notes: each note's problem on the notes box, named by its number; the question on the select. */
export function notesProblem(problem: FieldProblem, fields: { notes: string; question: string }): FormProblem {
  const [first, index, part] = pathParts(problem.path);
  if (first !== 'excerpts') return { field: null, message: problem.message };
  if (part === 'questionId') return { field: fields.question, message: problem.message };
  if (typeof index === 'number') return { field: fields.notes, message: `Note ${index + 1}: ${problem.message}` };
  return { field: fields.notes, message: problem.message };
}
