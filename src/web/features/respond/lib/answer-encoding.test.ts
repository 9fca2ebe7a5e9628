// Tests the conversion between stored answers and form values, both ways, for every kind of question.
import { describe, expect, it } from 'vitest';
import { questionsOf } from '../../../../core/instruments/questions.js';
import {
  answerProblems,
  decodeAnswers,
  decodeDemographics,
  demographicField,
  encodeAnswers,
  encodeDemographics,
  mergePageAnswers,
  NOT_APPLICABLE,
  questionField,
} from './answer-encoding.js';
import { sample } from './test-instrument.js';

const questions = questionsOf(sample());

describe('encodeAnswers', () => {
  it('gives every question a field, empty where unanswered', () => {
    expect(encodeAnswers(questions, {})).toEqual({
      'q-row-one': '',
      'q-row-two': '',
      'q-overall': '',
      'q-role': '',
      'q-topics': [],
      'q-comments': '',
    });
  });

  it('writes scale values as text, "not applicable" as its own value, and copies choices', () => {
    const answers = { 'row-one': 5, 'row-two': null, overall: 0, role: 'nurse', topics: ['pay', 'food'], comments: 'Fine.' };
    const values = encodeAnswers(questions, answers);
    expect(values).toEqual({ 'q-row-one': '5', 'q-row-two': NOT_APPLICABLE, 'q-overall': '0', 'q-role': 'nurse', 'q-topics': ['pay', 'food'], 'q-comments': 'Fine.' });
    expect(values['q-topics']).not.toBe(answers.topics);
  });
});

describe('decodeAnswers', () => {
  it('reverses encodeAnswers exactly', () => {
    const answers = { 'row-one': 1, 'row-two': null, overall: 10, role: 'doctor', topics: ['rota'], comments: 'Line one\nline two' };
    expect(decodeAnswers(questions, encodeAnswers(questions, answers))).toEqual(answers);
  });

  it('leaves out blank text, an empty choice list and unchosen radios, so they count as unanswered', () => {
    expect(decodeAnswers(questions, { 'q-row-one': '', 'q-topics': [], 'q-comments': '   \n ', 'q-role': '' })).toEqual({});
  });

  it('keeps text as typed (the server trims it) and ignores fields of other questions', () => {
    expect(decodeAnswers(questions, { 'q-comments': '  spaced  ', 'q-unknown': 'x', comments: 'no prefix' })).toEqual({ comments: '  spaced  ' });
  });

  it('drops a scale value that is not a whole number rather than sending it', () => {
    expect(decodeAnswers(questions, { 'q-row-one': 'strongly', 'q-overall': '7' })).toEqual({ overall: 7 });
  });
});

describe('mergePageAnswers', () => {
  it("replaces one page's answers, removing those now unanswered, and keeps the rest", () => {
    const all = { 'row-one': 4, 'row-two': 2, role: 'nurse' };
    expect(mergePageAnswers(all, ['row-one', 'row-two', 'overall'], { 'row-one': 5, overall: 3 })).toEqual({ 'row-one': 5, overall: 3, role: 'nurse' });
  });
});

describe('demographics', () => {
  it('round-trips the chosen options and leaves out the unanswered', () => {
    const ids = ['service', 'site'];
    const values = encodeDemographics(ids, { service: 'prefer_not_to_say' });
    expect(values).toEqual({ 'd-service': 'prefer_not_to_say', 'd-site': '' });
    expect(decodeDemographics(ids, values)).toEqual({ service: 'prefer_not_to_say' });
  });
});

describe('answerProblems', () => {
  it('points each error at its field, and a whole-form error at none', () => {
    const errors = [
      { field: 'row-two', message: 'Select how much you agree' },
      { field: '', message: 'Your answers could not be read. Try again.' },
    ];
    expect(answerProblems(errors, questionField)).toEqual([
      { field: 'q-row-two', message: 'Select how much you agree' },
      { field: null, message: 'Your answers could not be read. Try again.' },
    ]);
    expect(answerProblems([{ field: 'site', message: 'Not an option' }], demographicField)).toEqual([{ field: 'd-site', message: 'Not an option' }]);
  });
});
