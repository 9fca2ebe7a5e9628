import { describe, expect, it } from 'vitest';
import { guidePlace, guideProblem, notesProblem, pathParts } from './error-paths.js';

describe('pathParts', () => {
  it('reads bracketed and dotted indexes alike', () => {
    expect(pathParts('guide.questions[3].prompts[1]')).toEqual(['guide', 'questions', 3, 'prompts', 1]);
    expect(pathParts('guide.questions.3.prompts.1')).toEqual(['guide', 'questions', 3, 'prompts', 1]);
    expect(pathParts('excerpts[0].text')).toEqual(['excerpts', 0, 'text']);
  });
});

describe('guidePlace', () => {
  it('finds the field of each question part', () => {
    expect(guidePlace('guide.questions[3].text')).toEqual({ id: 'guide-q3-text', label: 'the words of question 4' });
    expect(guidePlace('guide.questions.0.minutes')).toEqual({ id: 'guide-q0-minutes', label: 'the minutes for question 1' });
    expect(guidePlace('guide.questions[2].prompts[1]')).toEqual({ id: 'guide-q2-prompts', label: 'prompt 2 of question 3' });
    expect(guidePlace('guide.questions[2].elements[0]').id).toBe('guide-q2-elements');
    expect(guidePlace('guide.questions[2].behaviours[1]').id).toBe('guide-q2-elements');
    expect(guidePlace('guide.questions[5].id').id).toBe('guide-q5-text');
  });
  it('finds the guide’s own fields, and gives none for the guide as a whole', () => {
    expect(guidePlace('guide.title').id).toBe('guide-title');
    expect(guidePlace('guide.closingMinutes').id).toBe('guide-closingMinutes');
    expect(guidePlace('guide.questions').id).toBe('guide-add-question');
    expect(guidePlace('guide.kind').id).toBeNull();
    expect(guidePlace('guide').id).toBeNull();
  });
});

describe('guideProblem', () => {
  it('turns "must not be empty" into what to do', () => {
    expect(guideProblem({ path: 'guide.questions[3].text', message: 'This must not be empty' })).toEqual({ field: 'guide-q3-text', message: 'Enter the words of question 4' });
    expect(guideProblem({ path: 'guide.intro', message: 'This must not be empty' })).toEqual({ field: 'guide-intro', message: 'Enter the introduction' });
  });
  it('names the field in place of "This"', () => {
    expect(guideProblem({ path: 'guide.questions[0].minutes', message: 'This must be between 1 and 60 minutes' })).toEqual({
      field: 'guide-q0-minutes',
      message: 'The minutes for question 1 must be between 1 and 60 minutes',
    });
  });
  it('puts the field before any other message', () => {
    expect(guideProblem({ path: 'guide.questions[1].elements', message: 'Tag the question with at least one cultural element, so notes from it can be coded' })).toEqual({
      field: 'guide-q1-elements',
      message: 'The cultural elements of question 2: Tag the question with at least one cultural element, so notes from it can be coded',
    });
  });
  it('keeps a whole-guide problem for the summary alone', () => {
    expect(guideProblem({ path: 'guide.kind', message: 'This is the focus group guide' })).toEqual({ field: null, message: 'This is the focus group guide' });
  });
});

describe('notesProblem', () => {
  const fields = { notes: 'notes', question: 'questionId' };
  it('puts a note’s problem on the notes box, with its number', () => {
    expect(notesProblem({ path: 'excerpts[2].text', message: 'Enter the note' }, fields)).toEqual({ field: 'notes', message: 'Note 3: Enter the note' });
    expect(notesProblem({ path: 'excerpts.0.text', message: 'Too long' }, fields)).toEqual({ field: 'notes', message: 'Note 1: Too long' });
  });
  it('puts a question problem on the question', () => {
    expect(notesProblem({ path: 'excerpts[0].questionId', message: 'Choose a question from this session’s guide, or none' }, fields)).toEqual({
      field: 'questionId',
      message: 'Choose a question from this session’s guide, or none',
    });
  });
  it('keeps anything else for the summary', () => {
    expect(notesProblem({ path: 'version', message: 'Stale' }, fields)).toEqual({ field: null, message: 'Stale' });
  });
});
