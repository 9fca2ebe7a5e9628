import { describe, expect, it } from 'vitest';
import { guideMinutes, validateGuide, type Guide, type GuideQuestion } from './guide.js';

const q = (id: string, extra: Partial<GuideQuestion> = {}): GuideQuestion => ({
  id,
  text: 'How well do people in your team work together?',
  prompts: ['What gets in the way?'],
  elements: ['teamwork'],
  minutes: 5,
  ...extra,
});

const guide = (questions: GuideQuestion[], extra: Partial<Guide> = {}): Guide => ({
  id: 'our-guide',
  kind: 'focus_group',
  title: 'Our focus group',
  intro: 'Welcome.',
  introMinutes: 5,
  questions,
  closing: 'Thank you.',
  closingMinutes: 3,
  ...extra,
});

describe('checking an edited guide', () => {
  it('accepts a guide that keeps to the rules, including the limits themselves', () => {
    const questions = Array.from({ length: 40 }, (_, i) => q(`q${i + 1}`, { text: 'x'.repeat(i === 0 ? 500 : 1), minutes: i === 0 ? 60 : 1 }));
    expect(validateGuide(guide(questions))).toEqual([]);
    expect(validateGuide(guide([q('only', { elements: [], behaviours: ['attending'] })]))).toEqual([]);
  });

  it('needs at least one question and allows no more than 40', () => {
    expect(validateGuide(guide([]))).toEqual([{ path: 'questions', message: 'Add at least 1 question' }]);
    const many = Array.from({ length: 41 }, (_, i) => q(`q${i + 1}`));
    expect(validateGuide(guide(many))).toEqual([{ path: 'questions', message: 'Use no more than 40 questions (this guide has 41)' }]);
  });

  it('needs every question id present, in slug form and used once', () => {
    const problems = validateGuide(guide([q('teamwork'), q(''), q('Team Work'), q('teamwork'), q('  ')]));
    expect(problems).toEqual([
      { path: 'questions[1].id', message: 'Give the question an id' },
      { path: 'questions[2].id', message: 'Use up to 64 lower-case letters, digits, hyphens or underscores, starting with a letter' },
      { path: 'questions[3].id', message: 'The id ‘teamwork’ is already used at questions[0].id' },
      { path: 'questions[4].id', message: 'Give the question an id' },
    ]);
  });

  it('needs question text of 1 to 500 characters, and prompts likewise', () => {
    const problems = validateGuide(guide([q('a'), q('b'), q('c'), q('d', { text: '   ' }), q('e', { text: 'x'.repeat(501), prompts: ['', 'fine', 'y'.repeat(501)] })]));
    expect(problems).toEqual([
      { path: 'questions[3].text', message: 'This must not be empty' },
      { path: 'questions[4].text', message: 'Use no more than 500 characters (this has 501)' },
      { path: 'questions[4].prompts[0]', message: 'This must not be empty' },
      { path: 'questions[4].prompts[2]', message: 'Use no more than 500 characters (this has 501)' },
    ]);
  });

  it('needs whole minutes from 1 to 60 for each question', () => {
    const problems = validateGuide(guide([q('a', { minutes: 0 }), q('b', { minutes: 61 }), q('c', { minutes: 2.5 }), q('d', { minutes: Number.NaN })]));
    expect(problems).toEqual([
      { path: 'questions[0].minutes', message: 'This must be between 1 and 60 minutes' },
      { path: 'questions[1].minutes', message: 'This must be between 1 and 60 minutes' },
      { path: 'questions[2].minutes', message: 'This must be a whole number of minutes' },
      { path: 'questions[3].minutes', message: 'This must be a whole number of minutes' },
    ]);
  });

  it('accepts only known elements and behaviours, each once, and at least one tag', () => {
    const problems = validateGuide(
      guide([q('a', { elements: ['teamwork', 'morale', 'teamwork'] }), q('b', { elements: ['vision_values'], behaviours: ['coaching'] }), q('c', { elements: [] })]),
    );
    expect(problems).toEqual([
      {
        path: 'questions[0].elements[1]',
        message:
          '‘morale’ is not a known cultural element. Use one of: vision_values, goals_performance, support_compassion, learning_innovation, teamwork, equity_inclusion',
      },
      { path: 'questions[0].elements[2]', message: '‘teamwork’ is listed twice' },
      { path: 'questions[1].behaviours[0]', message: '‘coaching’ is not a known leadership behaviour. Use one of: attending, understanding, empathising, helping' },
      { path: 'questions[2].elements', message: 'Tag the question with at least one cultural element, so notes from it can be coded' },
    ]);
  });

  it('checks elements against the organisation’s own set when one is given', () => {
    const custom = guide([q('a', { elements: ['teamwork'] }), q('b', { elements: ['safety'] })]);
    expect(validateGuide(custom, { elements: ['safety', 'teamwork'] })).toEqual([]);
    expect(validateGuide(custom, { elements: ['safety'] })).toEqual([
      { path: 'questions[0].elements[0]', message: '‘teamwork’ is not a known cultural element. Use one of: safety' },
    ]);
  });

  it('checks the guide’s own fields', () => {
    const problems = validateGuide(
      guide([q('a')], { kind: 'survey' as Guide['kind'], title: '', intro: 'x'.repeat(5001), introMinutes: -1, closing: ' ', closingMinutes: 31 }),
    );
    expect(problems).toEqual([
      { path: 'kind', message: 'This must be one of: focus_group, board_interview' },
      { path: 'title', message: 'This must not be empty' },
      { path: 'intro', message: 'Use no more than 5000 characters (this has 5001)' },
      { path: 'introMinutes', message: 'This must be between 0 and 30 minutes' },
      { path: 'closing', message: 'This must not be empty' },
      { path: 'closingMinutes', message: 'This must be between 0 and 30 minutes' },
    ]);
  });

  it('allows no more than 10 prompts to a question', () => {
    const prompts = Array.from({ length: 11 }, (_, i) => `Prompt ${i + 1}?`);
    expect(validateGuide(guide([q('a', { prompts })]))).toEqual([{ path: 'questions[0].prompts', message: 'Use no more than 10 prompts' }]);
  });

  it('adds the welcome, every question and the closing to give the session length', () => {
    expect(guideMinutes(guide([q('a', { minutes: 7 }), q('b', { minutes: 11 })]))).toBe(5 + 7 + 11 + 3);
  });
});
