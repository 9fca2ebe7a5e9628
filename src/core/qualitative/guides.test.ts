import { describe, expect, it } from 'vitest';
import { COMPASSIONATE_BEHAVIOURS, CULTURAL_ELEMENTS } from '../instruments/builtins/leadership-framework.js';
import { guideMinutes, validateGuide, type Guide } from './guide.js';
import { BOARD_INTERVIEW_GUIDE, BUILT_IN_GUIDES, copyBuiltInGuide, FOCUS_GROUP_GUIDE } from './guides.js';

const ELEMENT_KEYS = CULTURAL_ELEMENTS.map((e) => e.key as string);
const BEHAVIOUR_KEYS = COMPASSIONATE_BEHAVIOURS.map((b) => b.key as string);
const minutesOfQuestions = (guide: Guide): number => guide.questions.reduce((sum, q) => sum + q.minutes, 0);
const question = (guide: Guide, id: string) => guide.questions.find((q) => q.id === id);

describe('the culture focus group guide', () => {
  const guide = FOCUS_GROUP_GUIDE;

  it('is a valid focus group guide of about 90 minutes', () => {
    expect(guide.kind).toBe('focus_group');
    expect(validateGuide(guide)).toEqual([]);
    expect(guideMinutes(guide)).toBe(90);
    expect(guide.introMinutes + minutesOfQuestions(guide) + guide.closingMinutes).toBe(90);
  });

  it('opens with consent, confidentiality and a rule against names', () => {
    expect(guide.intro).toContain('Taking part is your choice.');
    expect(guide.intro).toContain('If you are happy to take part, please say so now.');
    expect(guide.intro).toContain('What is said in this room stays in this room.');
    expect(guide.intro).toContain('we will not write down your name');
    expect(guide.intro).toContain('Please do not use the names of other people.');
    expect(guide.closing).toContain('Our report will not name anyone.');
  });

  it('asks about every cultural element', () => {
    const tagged = new Set(guide.questions.flatMap((q) => q.elements));
    for (const key of ELEMENT_KEYS) expect(tagged.has(key), key).toBe(true);
    // Every element other than the closing question's also has a question of its own.
    const focused = new Set(guide.questions.filter((q) => q.elements.length === 1).flatMap((q) => q.elements));
    expect([...focused].sort()).toEqual([...ELEMENT_KEYS].sort());
  });

  it('gives each compassionate leadership behaviour its own question, asked at each level of leadership', () => {
    for (const behaviour of BEHAVIOUR_KEYS) {
      const asking = guide.questions.filter((q) => q.behaviours?.includes(behaviour));
      expect(asking.map((q) => q.behaviours), behaviour).toEqual([[behaviour]]);
      expect(asking[0]?.prompts.some((p) => /own manager.*senior managers.*board/.test(p))).toBe(true);
    }
  });

  it('asks about inclusive leadership, tagged with equity and inclusion', () => {
    const inclusive = question(guide, 'inclusive-leaders');
    expect(inclusive?.elements).toEqual(['equity_inclusion']);
    expect(inclusive?.text).toBe('How well do leaders include everyone when they make decisions?');
    expect(inclusive?.prompts).toContain('Is this the same for your own manager, for senior managers and for the board?');
  });
});

describe('the board interview guide', () => {
  const guide = BOARD_INTERVIEW_GUIDE;

  it('has exactly 14 questions taking about an hour', () => {
    expect(guide.kind).toBe('board_interview');
    expect(validateGuide(guide)).toEqual([]);
    expect(guide.questions).toHaveLength(14);
    const minutes = minutesOfQuestions(guide);
    expect(minutes).toBeGreaterThanOrEqual(55);
    expect(minutes).toBeLessThanOrEqual(65);
    expect(guideMinutes(guide)).toBe(60);
    expect(guide.intro).toContain('We will ask you 14 questions, and it will take about an hour.');
  });

  it('tags every question with at least one element, and covers all six', () => {
    for (const q of guide.questions) expect(q.elements.length, q.id).toBeGreaterThan(0);
    expect(new Set(guide.questions.flatMap((q) => q.elements))).toEqual(new Set(ELEMENT_KEYS));
  });

  it('covers the topics a board interview must reach, each with the elements it explores', () => {
    const topics: [string, string[]][] = [
      ['vision-strategy', ['vision_values', 'goals_performance']],
      ['board-culture', ['teamwork', 'vision_values']],
      ['board-behaviour', ['vision_values', 'support_compassion']],
      ['staff-experience', ['support_compassion', 'goals_performance']],
      ['patient-experience', ['support_compassion', 'equity_inclusion']],
      ['compassion', ['support_compassion']],
      ['inclusion', ['equity_inclusion']],
      ['learning-from-mistakes', ['learning_innovation', 'support_compassion']],
      ['innovation', ['learning_innovation']],
      ['teamwork-boundaries', ['teamwork']],
      ['future-leadership', ['vision_values', 'learning_innovation', 'equity_inclusion']],
    ];
    for (const [id, elements] of topics) expect(question(guide, id)?.elements, id).toEqual(elements);
    expect(question(guide, 'compassion')?.behaviours).toEqual(BEHAVIOUR_KEYS);
  });

  it('promises not to say who said what, and asks for no names', () => {
    expect(guide.intro).toContain('Our report will not say who said what.');
    expect(guide.intro).toContain('Please do not name other people.');
    expect(guide.intro).toContain('You can skip any question or stop at any time.');
  });
});

describe('the wording of both guides', () => {
  const sentencesOf = (guide: Guide): string[] =>
    [guide.intro, guide.closing, ...guide.questions.flatMap((q) => [q.text, ...q.prompts])].flatMap((text) => text.split(/(?<=[.?!])\s+/)).filter(Boolean);
  const wordsOf = (sentence: string): string[] => sentence.split(/\s+/).filter((w) => /\w/.test(w));
  // A rough syllable count (vowel groups, less a silent final e), enough for a Flesch–Kincaid estimate.
  const syllables = (word: string): number => {
    const w = word.toLowerCase().replace(/[^a-z]/g, '');
    if (w.length <= 3) return 1;
    const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
    return Math.max(1, groups?.length ?? 0);
  };

  it.each([
    ['focus group', FOCUS_GROUP_GUIDE],
    ['board interview', BOARD_INTERVIEW_GUIDE],
  ])('keeps the %s in short, plain sentences (a reading age of about 9 to 11)', (_name, guide) => {
    const sentences = sentencesOf(guide);
    const lengths = sentences.map((s) => wordsOf(s).length);
    // NHS.UK content style: aim for sentences of 15 to 20 words, and never more than 25.
    expect(Math.max(...lengths)).toBeLessThanOrEqual(25);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeLessThanOrEqual(12);
    const words = sentences.flatMap(wordsOf);
    const grade = (0.39 * words.length) / sentences.length + (11.8 * words.reduce((n, w) => n + syllables(w), 0)) / words.length - 15.59;
    // US grade 6 is a reading age of about 11.
    expect(grade).toBeLessThanOrEqual(6);
  });

  it('avoids words the NHS.UK and GOV.UK style guides ask writers not to use', () => {
    const avoid = /\b(utilise|facilitate|stakeholder|leverage|going forward|in order to|commence|prior to|whilst|robust|empower|streamline|key|tackle|drive|deliver)\b/i;
    for (const guide of [FOCUS_GROUP_GUIDE, BOARD_INTERVIEW_GUIDE]) {
      for (const sentence of sentencesOf(guide)) expect(sentence).not.toMatch(avoid);
    }
  });
});

describe('copies of the built-in guides', () => {
  it('gives a programme its own deep copy to edit', () => {
    const copy = copyBuiltInGuide('board_interview');
    expect(copy).toEqual(BOARD_INTERVIEW_GUIDE);
    copy.questions[0]?.prompts.push('Edited');
    copy.title = 'Our board interview';
    expect(BOARD_INTERVIEW_GUIDE.questions[0]?.prompts).not.toContain('Edited');
    expect(BUILT_IN_GUIDES.board_interview.title).toBe('Board interview');
    expect(copyBuiltInGuide('focus_group').id).toBe('culture-focus-group');
  });
});
