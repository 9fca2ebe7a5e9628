import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../../../core/instruments/definition.js';
import { checkedSampleInstrument } from '../../../../core/instruments/testing.js';
import { checkCopyTitle, checkQuestion, checkStatement, formFieldFor, NEW_SECTION, questionDraft, questionValues, statementValues } from './edit-forms.js';

function sample(languages: ('en' | 'cy')[] = ['en', 'cy']): InstrumentDefinition {
  return { ...checkedSampleInstrument(), languages };
}

const blank = () => questionValues(null);

describe('question form', () => {
  it('asks for section, kind and the question, in Welsh too when the instrument is offered in Welsh', () => {
    expect(checkQuestion(blank(), sample(), true, '')).toEqual([
      { field: 'section', message: 'Choose the section the question goes in' },
      { field: 'type', message: 'Choose the kind of answer' },
      { field: 'text.en', message: 'Enter the question in English' },
    ]);
    const values = { ...blank(), section: NEW_SECTION, 'newSection.en': 'Extra', 'text.en': 'Shift?', 'hint.en': 'Pick one' };
    expect(checkQuestion(values, sample(), true, 'single').map((p) => p.field)).toEqual(['newSection.cy', 'text.cy', 'hint.cy', 'options.en']);
    expect(checkQuestion(values, sample(['en']), true, 'single').map((p) => p.field)).toEqual(['options.en']);
  });

  it('wants distinct options, and as many Welsh options as English ones', () => {
    const base = { ...blank(), 'text.en': 'Shift?', 'text.cy': 'Shifft?' };
    expect(checkQuestion({ ...base, 'options.en': 'Day\nday' }, sample(), false, 'single')).toEqual([{ field: 'options.en', message: 'Each option must be different' }]);
    expect(checkQuestion({ ...base, 'options.en': 'Day\n\nNight\n', 'options.cy': 'Dydd' }, sample(), false, 'multiple')).toEqual([
      { field: 'options.cy', message: 'Enter 2 Welsh options, one on each line in the same order as the English' },
    ]);
    expect(checkQuestion({ ...base }, sample(), false, 'grid')).toEqual([{ field: 'scale', message: 'Choose the answer scale' }]);
  });

  it('turns the fields into a draft, ignoring blank lines and dropping Welsh from an English-only instrument', () => {
    const values = { ...blank(), 'text.en': ' Shift? ', 'text.cy': 'Shifft?', 'options.en': 'Day\n\n Night ', 'options.cy': 'Dydd\nNos', required: ['yes'] };
    expect(questionDraft(values, sample(), 'single')).toEqual({
      type: 'single',
      text: { en: 'Shift?', cy: 'Shifft?' },
      hint: undefined,
      required: true,
      options: [
        { en: 'Day', cy: 'Dydd' },
        { en: 'Night', cy: 'Nos' },
      ],
    });
    expect(questionDraft(values, sample(['en']), 'single').options).toEqual([{ en: 'Day' }, { en: 'Night' }]);
  });

  it('starts from the question as it is', () => {
    const topics = sample().sections[1]!.items[1]!;
    expect(questionValues(topics)).toMatchObject({ type: 'multiple', 'text.en': 'Topics', 'options.en': 'Pay\nRota\nFood', 'options.cy': 'Cyflog\nRota\nBwyd', required: [] });
  });
});

describe('statements, titles and server errors', () => {
  it('starts a statement form from its text, scoring and measures', () => {
    expect(statementValues(sample(), 'row-two')).toEqual({ 'text.en': 'We rarely meet.', 'text.cy': 'Anaml rydyn ni’n cyfarfod.', reverse: ['yes'], constructs: ['teamwork'] });
    expect(checkStatement({ 'text.en': '', 'text.cy': 'Rhywbeth', reverse: [], constructs: [] }, sample())).toEqual([{ field: 'text.en', message: 'Enter the statement in English as well as Welsh' }]);
  });

  it('needs an English title for a copy, with Welsh optional', () => {
    expect(checkCopyTitle({ 'title.en': ' ', 'title.cy': '' })).toEqual([{ field: 'title.en', message: 'Enter the title in English' }]);
    expect(checkCopyTitle({ 'title.en': 'Mine', 'title.cy': '' })).toEqual([]);
  });

  it('puts the server’s errors on the edited part’s fields, and nothing else', () => {
    const prefix = 'sections[1].items[0]';
    expect(formFieldFor('sections[1].items[0].text.cy', prefix)).toBe('text.cy');
    expect(formFieldFor('sections[1].items[0].options[3].label.en', prefix)).toBe('options.en');
    expect(formFieldFor('sections[1].items[0].scale', prefix)).toBe('scale');
    expect(formFieldFor('sections[1].items[0].rows[2].text.en', prefix)).toBeNull();
    expect(formFieldFor('sections[1].items[01].text.en', prefix)).toBeNull();
    expect(formFieldFor('constructs[0].items[1]', prefix)).toBeNull();
  });
});
