import { describe, expect, it } from 'vitest';
import { copyBuiltInGuide } from '../../../../core/qualitative/guides.js';
import { addQuestion, draftFromGuide, draftMinutes, guideFromDraft, moveQuestion, newQuestionId, parseMinutes, promptLines, removeQuestion } from './guide-draft.js';

const guide = copyBuiltInGuide('focus_group');

describe('draftFromGuide and guideFromDraft', () => {
  it('give back the same guide when nothing is changed', () => {
    const { guide: back, problems } = guideFromDraft(draftFromGuide(guide));
    expect(problems).toEqual([]);
    expect(back).toEqual(guide);
  });
  it('reads prompts one per line, leaving out blank lines', () => {
    expect(promptLines('  First?\n\n Second? \r\n')).toEqual(['First?', 'Second?']);
    const draft = draftFromGuide(guide);
    draft.questions[0]!.prompts = 'Why?\n\nHow?';
    expect(guideFromDraft(draft).guide.questions[0]!.prompts).toEqual(['Why?', 'How?']);
  });
  it('refuses minutes that are not whole numbers, by field', () => {
    const draft = draftFromGuide(guide);
    draft.introMinutes = 'ten';
    draft.questions[2]!.minutes = '7.5';
    expect(guideFromDraft(draft).problems).toEqual([
      { field: 'guide-introMinutes', message: 'Enter the minutes for the introduction as a whole number, like 5' },
      { field: 'guide-q2-minutes', message: 'Enter the minutes for question 3 as a whole number, like 5' },
    ]);
  });
});

describe('parseMinutes', () => {
  it('reads whole numbers only', () => {
    expect(parseMinutes(' 12 ')).toBe(12);
    expect(parseMinutes('0')).toBe(0);
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('-1')).toBeNull();
    expect(parseMinutes('1.5')).toBeNull();
  });
});

describe('changing the questions', () => {
  const draft = draftFromGuide(guide);
  const ids = (d: typeof draft) => d.questions.map((q) => q.id);
  it('moves a question up or down one place, and not past either end', () => {
    expect(ids(moveQuestion(draft, 1, -1)).slice(0, 3)).toEqual([ids(draft)[1], ids(draft)[0], ids(draft)[2]]);
    expect(ids(moveQuestion(draft, 0, 1)).slice(0, 2)).toEqual([ids(draft)[1], ids(draft)[0]]);
    expect(moveQuestion(draft, 0, -1)).toBe(draft);
    expect(moveQuestion(draft, draft.questions.length - 1, 1)).toBe(draft);
  });
  it('removes a question', () => {
    const removed = removeQuestion(draft, 0);
    expect(removed.questions).toHaveLength(draft.questions.length - 1);
    expect(ids(removed)).not.toContain(ids(draft)[0]);
  });
  it('adds an empty question at the end with an id no other question has', () => {
    const added = addQuestion(draft);
    const last = added.questions.at(-1)!;
    expect(last).toEqual({ id: `question-${draft.questions.length + 1}`, text: '', prompts: '', elements: [], behaviours: undefined, minutes: '5' });
    expect(newQuestionId({ ...draft, questions: [{ ...last, id: 'question-2' }, { ...last, id: 'question-3' }] })).toBe('question-4');
  });
  it('adds up the minutes as they stand', () => {
    const total = guide.introMinutes + guide.questions.reduce((s, q) => s + q.minutes, 0) + guide.closingMinutes;
    expect(draftMinutes(draft)).toBe(total);
    expect(draftMinutes({ ...draft, introMinutes: 'soon' })).toBe(total - guide.introMinutes);
  });
});
