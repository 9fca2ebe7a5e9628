// Tests for answer validation: each kind of bad answer refused with its field and message, in English and Welsh.
import { describe, expect, it } from 'vitest';
import { sectionOrder, sectionPosition, validateDemographics, validateSection, validateSubmission } from './answers.js';
import type { InstrumentDefinition } from './definition.js';
import { checkedSampleInstrument } from './testing.js';

function sample(change?: (def: InstrumentDefinition) => void): InstrumentDefinition {
  const definition = checkedSampleInstrument();
  change?.(definition);
  return definition;
}

const complete = { 'row-one': 4, 'row-two': 2, role: 'nurse' };

function errorsFor(answers: Record<string, unknown>, language: 'en' | 'cy' = 'en', demographics: Record<string, unknown> = {}) {
  const result = validateSubmission(sample(), { answers, demographics }, language);
  if (result.ok) throw new Error('expected the submission to be refused');
  return result.errors;
}

describe('validateSubmission', () => {
  it('normalises a good submission: trims text, orders choices, keeps "Don\'t know" as null, drops blanks', () => {
    const result = validateSubmission(
      sample(),
      {
        answers: { 'row-one': 5, 'row-two': null, overall: 0, role: 'doctor', topics: ['rota', 'pay'], comments: '  Fine.  ' },
        demographics: { service: 'prefer_not_to_say', site: '' },
      },
      'en',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        answers: { 'row-one': 5, 'row-two': null, overall: 0, role: 'doctor', topics: ['pay', 'rota'], comments: 'Fine.' },
        demographics: { service: 'prefer_not_to_say' },
      },
    });
  });

  it('leaves unanswered optional questions out, and treats an empty text or empty list as unanswered', () => {
    const result = validateSubmission(sample(), { answers: { ...complete, comments: '   ', topics: [] } }, 'en');
    expect(result).toEqual({ ok: true, value: { answers: complete, demographics: {} } });
  });

  it('requires every row of a required grid, naming the statement', () => {
    expect(errorsFor({ 'row-one': 4, role: 'nurse' })).toEqual([
      { field: 'row-two', message: 'Select how much you agree with ‘We rarely meet.’' },
    ]);
  });

  it('words the required message for the kind of question', () => {
    expect(errorsFor({ 'row-one': 4, 'row-two': 3 })).toEqual([{ field: 'role', message: 'Select an answer for ‘Your role’' }]);
    const allRequired = sample((d) => d.sections.forEach((s) => s.items.forEach((item) => (item.required = true))));
    const result = validateSubmission(allRequired, { answers: complete }, 'en');
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'overall', message: 'Select a number from 0 to 10 for ‘Rate the team.’' },
      { field: 'topics', message: 'Select at least one answer for ‘Topics’' },
      { field: 'comments', message: 'Enter your answer to ‘Comments’' },
    ]);
  });

  it('gives the messages in Welsh, with the Welsh question text', () => {
    expect(errorsFor({ 'row-one': 4, 'row-two': 9 }, 'cy')).toEqual([
      { field: 'row-two', message: 'Nid yw eich ateb ar gyfer ‘Anaml rydyn ni’n cyfarfod.’ yn un o\'r opsiynau' },
      { field: 'role', message: 'Dewiswch ateb ar gyfer ‘Eich rôl’' },
    ]);
    expect(errorsFor({ 'row-one': 4, role: 'nurse' }, 'cy')).toEqual([
      { field: 'row-two', message: "Dewiswch i ba raddau rydych chi'n cytuno â'r datganiad ‘Anaml rydyn ni’n cyfarfod.’" },
    ]);
  });

  it('falls back to the English question text when Welsh is missing', () => {
    const def = sample((d) => {
      const grid = d.sections[0]!.items[0]!;
      if (grid.type === 'grid') delete grid.rows[1]!.text.cy;
    });
    const result = validateSubmission(def, { answers: { 'row-one': 4, role: 'nurse' } }, 'cy');
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'row-two', message: "Dewiswch i ba raddau rydych chi'n cytuno â'r datganiad ‘We rarely meet.’" },
    ]);
  });

  it.each([
    ['a value beyond the scale', 6],
    ['zero on a 1 to 5 scale', 0],
    ['a number written as text', '4'],
    ['a fraction', 3.5],
    ['a list', [4]],
  ])('refuses %s on a scale question', (_label, value) => {
    expect(errorsFor({ ...complete, 'row-one': value })).toEqual([
      { field: 'row-one', message: 'Your answer to ‘We share goals.’ is not one of the options' },
    ]);
  });

  it('refuses "Don\'t know" (null) where the scale does not offer it', () => {
    expect(errorsFor({ ...complete, overall: null })).toEqual([
      { field: 'overall', message: 'Your answer to ‘Rate the team.’ is not one of the options' },
    ]);
  });

  it('refuses keys that are not questions, including a grid’s own id', () => {
    expect(errorsFor({ ...complete, 'team-grid': 4, extra: 'x' })).toEqual([
      { field: 'team-grid', message: '‘team-grid’ is not a question in this survey' },
      { field: 'extra', message: '‘extra’ is not a question in this survey' },
    ]);
  });

  it('refuses a single choice that is not an option', () => {
    expect(errorsFor({ ...complete, role: 'porter' })).toEqual([{ field: 'role', message: 'Your answer to ‘Your role’ is not one of the options' }]);
    expect(errorsFor({ ...complete, role: 1 })).toEqual([{ field: 'role', message: 'Your answer to ‘Your role’ is not one of the options' }]);
  });

  it('refuses bad multiple choices: not a list, unknown, repeated, too many', () => {
    expect(errorsFor({ ...complete, topics: 'pay' })).toEqual([{ field: 'topics', message: 'Your answer to ‘Topics’ is not one of the options' }]);
    expect(errorsFor({ ...complete, topics: ['pay', 'parking'] })).toEqual([
      { field: 'topics', message: 'Your answer to ‘Topics’ is not one of the options' },
    ]);
    expect(errorsFor({ ...complete, topics: ['pay', 'pay'] })).toEqual([{ field: 'topics', message: 'Select each answer only once for ‘Topics’' }]);
    expect(errorsFor({ ...complete, topics: ['pay', 'rota', 'food'] })).toEqual([
      { field: 'topics', message: 'Select no more than 2 answers for ‘Topics’' },
    ]);
    expect(errorsFor({ ...complete, topics: ['pay', 'rota', 'food'] }, 'cy')).toEqual([
      { field: 'topics', message: 'Dewiswch hyd at 2 ateb ar gyfer ‘Pynciau’' },
    ]);
  });

  it('refuses text that is too long after trimming, counting characters as people see them', () => {
    expect(errorsFor({ ...complete, comments: 'eleven char' })).toEqual([{ field: 'comments', message: 'Enter no more than 10 characters' }]);
    expect(errorsFor({ ...complete, comments: 'eleven char' }, 'cy')).toEqual([{ field: 'comments', message: 'Rhowch 10 o nodau neu lai' }]);
    // Ten emoji are 20 UTF-16 units but ten characters.
    expect(validateSubmission(sample(), { answers: { ...complete, comments: ` ${'😀'.repeat(10)} ` } }, 'en').ok).toBe(true);
  });

  it('refuses text that is not a string', () => {
    expect(errorsFor({ ...complete, comments: 42 })).toEqual([{ field: 'comments', message: 'Your answer to ‘Comments’ must be text' }]);
  });

  it('checks demographics: options, prefer not to say only where offered, no unknown keys', () => {
    expect(errorsFor(complete, 'en', { service: 'medium' })).toEqual([
      { field: 'service', message: 'Your answer to ‘Years here’ is not one of the options' },
    ]);
    expect(errorsFor(complete, 'en', { site: 'prefer_not_to_say' })).toEqual([
      { field: 'site', message: 'Your answer to ‘Site’ is not one of the options' },
    ]);
    expect(errorsFor(complete, 'en', { payBand: '5' })).toEqual([{ field: 'payBand', message: '‘payBand’ is not a question in this survey' }]);
  });

  it('refuses a submission it cannot read', () => {
    for (const bad of [null, 'answers', { answers: [] }, { answers: {}, demographics: 'x' }]) {
      const result = validateSubmission(sample(), bad, 'en');
      expect(result).toEqual({ ok: false, errors: [{ field: '', message: 'Your answers could not be read. Try again.' }] });
    }
  });
});

describe('validateSection', () => {
  it('checks only the questions on that page', () => {
    expect(validateSection(sample(), 'first', { 'row-one': 1, 'row-two': 5 }, 'en')).toEqual({
      ok: true,
      value: { 'row-one': 1, 'row-two': 5 },
    });
    expect(validateSection(sample(), 'second', { topics: ['food'] }, 'en')).toEqual({
      ok: false,
      errors: [{ field: 'role', message: 'Select an answer for ‘Your role’' }],
    });
  });

  it('refuses answers to questions on other pages, and pages that do not exist', () => {
    expect(validateSection(sample(), 'first', { 'row-one': 1, 'row-two': 5, role: 'nurse' }, 'en')).toEqual({
      ok: false,
      errors: [{ field: 'role', message: '‘role’ is not a question on this page' }],
    });
    expect(validateSection(sample(), 'third', {}, 'cy')).toEqual({
      ok: false,
      errors: [{ field: '', message: "Nid yw'r dudalen hon yn rhan o'r arolwg" }],
    });
  });
});

describe('validateDemographics', () => {
  it('accepts an empty page, since every demographic question is optional', () => {
    expect(validateDemographics(sample(), {}, 'en')).toEqual({ ok: true, value: {} });
    expect(validateDemographics(sample(), { site: 'north' }, 'en')).toEqual({ ok: true, value: { site: 'north' } });
  });
});

describe('section order', () => {
  it('lists sections in order and places one among them', () => {
    expect(sectionOrder(sample())).toEqual(['first', 'second']);
    expect(sectionPosition(sample(), 'second')).toEqual({ number: 2, total: 2, previous: 'first', next: null });
    expect(sectionPosition(sample(), 'first')).toEqual({ number: 1, total: 2, previous: null, next: 'second' });
    expect(sectionPosition(sample(), 'nope')).toBeNull();
  });
});
