// Tests for checkDefinition: each invariant refused with the right path and a plain message.
import { describe, expect, it } from 'vitest';
import { checkDefinition, formatPath } from './check-definition.js';
import { sampleInstrument } from './testing.js';

// Tests break the sample on purpose, in ways the types would not allow.
type Loose = any;

function errorsAfter(change: (def: Loose) => void) {
  const def: Loose = sampleInstrument();
  change(def);
  const result = checkDefinition(def);
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.errors;
}

describe('checkDefinition', () => {
  it('accepts the sample and fills in defaults', () => {
    const result = checkDefinition(sampleInstrument());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const overall = result.definition.sections[0]!.items[1]!;
    expect(overall).toMatchObject({ id: 'overall', required: false, reverse: false });
    expect(result.definition.demographics[0]!.preferNotToSay).toBe(true);
  });

  it('formats paths with indexes in brackets', () => {
    expect(formatPath(['sections', 1, 'items', 3, 'scale'])).toBe('sections[1].items[3].scale');
    expect(formatPath([])).toBe('');
  });

  it('reports schema problems in plain English with their paths', () => {
    const errors = errorsAfter((d) => {
      delete d.title;
      d.sections[0].items[1].type = 'slider';
      d.scales[0].surprise = true;
      d.sections[1].items[2].maxLength = 0;
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'This is missing' },
        { path: 'sections[0].items[1].type', message: 'This must be one of: scale, grid, single, multiple, text' },
        { path: 'scales[0]', message: 'Remove the unknown field ‘surprise’' },
        { path: 'sections[1].items[2].maxLength', message: 'This must be 1 or more' },
      ]),
    );
  });

  it('keeps the schema’s own message for badly formed ids', () => {
    const errors = errorsAfter((d) => (d.sections[0].id = 'First Page'));
    expect(errors).toEqual([
      { path: 'sections[0].id', message: 'Use lower-case letters, digits, hyphens or underscores, starting with a letter' },
    ]);
  });

  it('refuses an item id used twice, including grid rows', () => {
    expect(errorsAfter((d) => (d.sections[1].items[2].id = 'row-two'))).toEqual([
      { path: 'sections[1].items[2].id', message: 'The id ‘row-two’ is already used at sections[0].items[0].rows[1].id' },
    ]);
    expect(errorsAfter((d) => (d.sections[0].items[1].id = 'team-grid'))).toEqual([
      { path: 'sections[0].items[1].id', message: 'The id ‘team-grid’ is already used at sections[0].items[0].id' },
    ]);
  });

  it('refuses a demographic id that is also a question id, or used twice', () => {
    expect(errorsAfter((d) => (d.demographics[1].id = 'role'))).toEqual([
      { path: 'demographics[1].id', message: 'The id ‘role’ is already used by a question at sections[1].items[0].id' },
    ]);
    expect(errorsAfter((d) => (d.demographics[1].id = 'service'))).toEqual([
      { path: 'demographics[1].id', message: 'The id ‘service’ is already used at demographics[0].id' },
    ]);
  });

  it('refuses a section id used twice', () => {
    expect(errorsAfter((d) => (d.sections[1].id = 'first'))).toEqual([
      { path: 'sections[1].id', message: 'The section id ‘first’ is already used at sections[0].id' },
    ]);
  });

  it('refuses an item whose scale is not defined', () => {
    expect(errorsAfter((d) => (d.sections[0].items[1].scale = 'eleven'))).toEqual([
      { path: 'sections[0].items[1].scale', message: 'There is no scale with the id ‘eleven’' },
    ]);
  });

  it('refuses scale ids used twice', () => {
    expect(errorsAfter((d) => (d.scales[1].id = 'agree'))).toEqual(
      expect.arrayContaining([{ path: 'scales[1].id', message: 'The scale id ‘agree’ is already used at scales[0].id' }]),
    );
  });

  it('refuses scale values that repeat or go down', () => {
    expect(errorsAfter((d) => (d.scales[0].options[2].value = 2))).toEqual([
      { path: 'scales[0].options[2].value', message: 'The value 2 is used twice in this scale' },
    ]);
    expect(errorsAfter((d) => d.scales[0].options.reverse())).toEqual([
      { path: 'scales[0].options[1].value', message: 'Option values must go up from lowest to highest, but 4 comes after 5' },
      { path: 'scales[0].options[2].value', message: 'Option values must go up from lowest to highest, but 3 comes after 4' },
      { path: 'scales[0].options[3].value', message: 'Option values must go up from lowest to highest, but 2 comes after 3' },
      { path: 'scales[0].options[4].value', message: 'Option values must go up from lowest to highest, but 1 comes after 2' },
    ]);
  });

  it('refuses a positive threshold that is not an option value', () => {
    expect(errorsAfter((d) => (d.scales[0].positiveFrom = 6))).toEqual([
      { path: 'scales[0].positiveFrom', message: "The positive threshold 6 is not one of this scale's values (1, 2, 3, 4, 5)" },
    ]);
  });

  it('refuses construct items that are not scale questions or grid rows', () => {
    const errors = errorsAfter((d) => (d.constructs[0].items = ['row-one', 'comments', 'team-grid', 'nowhere', 'row-one', 'overall', 'role']));
    expect(errors).toEqual([
      { path: 'constructs[0].items[1]', message: '‘comments’ is a free-text question; only scale questions and grid rows can be scored' },
      { path: 'constructs[0].items[2]', message: '‘team-grid’ is a grid: list its rows instead' },
      { path: 'constructs[0].items[3]', message: 'There is no scale question or grid row with the id ‘nowhere’' },
      { path: 'constructs[0].items[4]', message: '‘row-one’ is listed twice in this construct' },
      { path: 'constructs[0].items[6]', message: '‘role’ is a single-choice question; only scale questions and grid rows can be scored' },
    ]);
  });

  it('refuses a construct mixing perspectives', () => {
    expect(errorsAfter((d) => (d.constructs[0].perspective = 'self'))).toEqual([
      { path: 'constructs[0].items[0]', message: '‘row-one’ is asked from the ‘team’ perspective, but this construct is for ‘self’' },
      { path: 'constructs[0].items[1]', message: '‘row-two’ is asked from the ‘team’ perspective, but this construct is for ‘self’' },
    ]);
  });

  it('refuses construct ids used twice', () => {
    const errors = errorsAfter((d) => d.constructs.push({ ...d.constructs[0], items: ['overall'] }));
    expect(errors).toEqual([{ path: 'constructs[1].id', message: 'The construct id ‘teamwork’ is already used at constructs[0].id' }]);
  });

  it('asks for Welsh on every text when the instrument is offered in Welsh', () => {
    const errors = errorsAfter((d) => {
      delete d.sections[0].items[0].rows[1].text.cy;
      delete d.demographics[0].options[1].label.cy;
      delete d.title.cy;
    });
    const message = 'Add the Welsh (Cymraeg) text, as this instrument is offered in Welsh';
    expect(errors).toEqual([
      { path: 'title.cy', message },
      { path: 'sections[0].items[0].rows[1].text.cy', message },
      { path: 'demographics[0].options[1].label.cy', message },
    ]);
  });

  it('does not ask for Welsh when the instrument is English only', () => {
    const def: Loose = sampleInstrument();
    def.languages = ['en'];
    delete def.title.cy;
    expect(checkDefinition(def).ok).toBe(true);
  });

  it('refuses choice option values used twice, or the reserved prefer-not-to-say value', () => {
    expect(errorsAfter((d) => (d.sections[1].items[1].options[2].value = 'pay'))).toEqual([
      { path: 'sections[1].items[1].options[2].value', message: 'The option value ‘pay’ is used twice in this question' },
    ]);
    expect(errorsAfter((d) => (d.demographics[0].options[1].value = 'prefer_not_to_say'))).toEqual([
      { path: 'demographics[0].options[1].value', message: '‘prefer_not_to_say’ is kept for the “Prefer not to say” answer; use another value' },
    ]);
  });

  it('refuses maxChoices above the number of options', () => {
    expect(errorsAfter((d) => (d.sections[1].items[1].maxChoices = 4))).toEqual([
      { path: 'sections[1].items[1].maxChoices', message: 'This cannot be more than the number of options (3)' },
    ]);
  });

  it('refuses a language listed twice', () => {
    expect(errorsAfter((d) => d.languages.push('cy'))).toEqual([{ path: 'languages[2]', message: '‘cy’ is listed twice' }]);
  });
});
