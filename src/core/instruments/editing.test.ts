import { describe, expect, it } from 'vitest';
import { checkDefinition } from './check-definition.js';
import type { InstrumentDefinition } from './definition.js';
import {
  addQuestion,
  addStatement,
  constructsFor,
  idFromText,
  moveQuestion,
  moveStatement,
  removeQuestion,
  removeStatement,
  updateQuestion,
  updateSection,
  updateStatement,
  type EditResult,
} from './editing.js';
import { checkedSampleInstrument } from './testing.js';

const sample = checkedSampleInstrument;

/** The edited definition, which must also pass the full check the server applies. */
function applied<T>(result: EditResult<T>): InstrumentDefinition & { notes: string[] } & Partial<T> {
  if (!result.ok) throw new Error(`edit refused: ${result.message}`);
  const checked = checkDefinition(result.definition);
  if (!checked.ok) throw new Error(`edit made an invalid definition: ${JSON.stringify(checked.errors)}`);
  // Non-enumerable, so the definition can go on to the next edit and check unchanged.
  const { ok: _ok, definition, ...extras } = result;
  for (const [key, value] of Object.entries(extras)) Object.defineProperty(definition, key, { value, enumerable: false });
  return definition as InstrumentDefinition & { notes: string[] } & Partial<T>;
}

const order = (def: InstrumentDefinition) => def.sections.map((s) => `${s.id}: ${s.items.map((i) => i.id).join(' ')}`);
const rows = (def: InstrumentDefinition) => {
  const grid = def.sections[0]!.items.find((i) => i.id === 'team-grid');
  return grid?.type === 'grid' ? grid.rows.map((r) => r.id) : [];
};

describe('moving questions and statements', () => {
  it('swaps neighbours within a section and leaves the original untouched', () => {
    const before = sample();
    const after = applied(moveQuestion(before, 'overall', -1));
    expect(order(after)).toEqual(['first: overall team-grid', 'second: role topics comments']);
    expect(order(before)).toEqual(['first: team-grid overall', 'second: role topics comments']);
  });

  it('crosses into the next or previous section at the edge, and says so', () => {
    const down = applied(moveQuestion(sample(), 'overall', 1));
    expect(order(down)).toEqual(['first: team-grid', 'second: overall role topics comments']);
    expect(down.notes).toEqual(['It moved into the section ‘Second’.']);
    const up = applied(moveQuestion(sample(), 'role', -1));
    expect(order(up)).toEqual(['first: team-grid overall role', 'second: topics comments']);
  });

  it('refuses to move past either end, or to empty a section', () => {
    expect(moveQuestion(sample(), 'team-grid', -1)).toEqual({ ok: false, message: 'This is already the first question.' });
    expect(moveQuestion(sample(), 'comments', 1)).toEqual({ ok: false, message: 'This is already the last question.' });
    const single = applied(moveQuestion(sample(), 'overall', 1));
    expect(moveQuestion(single, 'team-grid', 1)).toMatchObject({ ok: false, message: expect.stringContaining('only question in its section') });
    expect(moveQuestion(sample(), 'nope', 1)).toMatchObject({ ok: false });
  });

  it('reorders grid rows within their grid', () => {
    expect(rows(applied(moveStatement(sample(), 'row-two', -1)))).toEqual(['row-two', 'row-one']);
    expect(moveStatement(sample(), 'row-two', 1)).toMatchObject({ ok: false, message: 'This is already the last statement in the group.' });
    // A stand-alone scale question moves as a question.
    expect(order(applied(moveStatement(sample(), 'overall', -1)))[0]).toBe('first: overall team-grid');
  });
});

describe('removing', () => {
  it('takes a removed grid row out of its constructs', () => {
    const after = applied(removeStatement(sample(), 'row-one'));
    expect(rows(after)).toEqual(['row-two']);
    expect(after.constructs).toEqual([expect.objectContaining({ id: 'teamwork', items: ['row-two'] })]);
  });

  it('drops a construct left with nothing to score, and says so', () => {
    const after = applied(removeQuestion(sample(), 'team-grid'));
    expect(after.constructs).toEqual([]);
    expect(after.notes).toEqual(['‘Teamwork’ had no statements left, so it was removed from the scores.']);
  });

  it('drops a section left empty, but never the last question', () => {
    let def = applied(removeQuestion(sample(), 'team-grid'));
    def = applied(removeQuestion(def, 'overall'));
    expect(def.sections.map((s) => s.id)).toEqual(['second']);
    expect(def.notes).toEqual(['The section ‘First’ had no questions left, so it was removed.']);
    def = applied(removeQuestion(def, 'role'));
    def = applied(removeQuestion(def, 'topics'));
    expect(removeQuestion(def, 'comments')).toEqual({ ok: false, message: 'An instrument needs at least one question, so the last one cannot be removed.' });
  });

  it('refuses to remove a grid’s only statement', () => {
    const def = applied(removeStatement(sample(), 'row-one'));
    expect(removeStatement(def, 'row-two')).toMatchObject({ ok: false, message: expect.stringContaining('Remove the whole question instead') });
  });
});

describe('rewording and remapping statements', () => {
  const teamworkAndOutcome = () => {
    const def = sample();
    def.constructs.push({ id: 'outcome', name: { en: 'Outcome', cy: 'Canlyniad' }, framework: 'outcome', frameworkKey: 'overall', items: ['overall'] });
    return def;
  };

  it('rewords a row, reverses it, and moves it into another construct in questionnaire order', () => {
    const after = applied(
      updateStatement(teamworkAndOutcome(), 'row-one', { text: { en: 'We agree our goals.', cy: 'Rydyn ni’n cytuno ar ein nodau.' }, reverse: true, constructIds: ['outcome'] }),
    );
    const grid = after.sections[0]!.items[0]!;
    expect(grid.type === 'grid' && grid.rows[0]).toEqual({ id: 'row-one', text: { en: 'We agree our goals.', cy: 'Rydyn ni’n cytuno ar ein nodau.' }, reverse: true });
    expect(after.constructs.map((c) => [c.id, c.items])).toEqual([
      ['teamwork', ['row-two']],
      ['outcome', ['row-one', 'overall']],
    ]);
  });

  it('refuses a construct asked from another perspective', () => {
    const def = sample();
    def.constructs.push({ id: 'mine', name: { en: 'Mine' , cy: 'Fy un i'}, framework: 'compassionate_leadership', frameworkKey: 'attending', perspective: 'self', items: ['overall'] });
    expect(constructsFor(def, 'row-one').map((c) => c.id)).toEqual(['teamwork']);
    expect(updateStatement(def, 'row-one', { text: { en: 'X', cy: 'X' }, reverse: false, constructIds: ['mine'] })).toEqual({ ok: false, message: 'This statement cannot count towards ‘mine’.' });
  });

  it('adds a statement to a grid with a fresh id and its constructs', () => {
    const after = applied(addStatement(sample(), 'team-grid', { text: { en: 'We review how we work.', cy: 'Rydyn ni’n adolygu sut rydyn ni’n gweithio.' }, reverse: false, constructIds: ['teamwork'] }));
    expect(after.id).toBe('we-review-how-we');
    expect(rows(after)).toEqual(['row-one', 'row-two', 'we-review-how-we']);
    expect(after.constructs[0]!.items).toEqual(['row-one', 'row-two', 'we-review-how-we']);
  });
});

describe('questions and sections', () => {
  it('adds a single-choice question with generated option values', () => {
    const after = applied(
      addQuestion(sample(), { sectionId: 'second' }, { type: 'single', text: { en: 'Your shift', cy: 'Eich shifft' }, required: false, options: [{ en: 'Day', cy: 'Dydd' }, { en: 'Night', cy: 'Nos' }] }),
    );
    expect(after.sections[1]!.items.at(-1)).toEqual({
      id: 'your-shift',
      type: 'single',
      text: { en: 'Your shift', cy: 'Eich shifft' },
      required: false,
      options: [
        { value: 'day', label: { en: 'Day', cy: 'Dydd' } },
        { value: 'night', label: { en: 'Night', cy: 'Nos' } },
      ],
    });
  });

  it('adds a grid in a new section, starting with its question as the first statement', () => {
    const after = applied(addQuestion(sample(), { newSectionTitle: { en: 'Learning', cy: 'Dysgu' } }, { type: 'grid', text: { en: 'We learn from mistakes', cy: 'Rydyn ni’n dysgu o gamgymeriadau' }, required: false, scale: 'agree' }));
    expect(after.sections.at(-1)).toEqual({
      id: 'learning',
      title: { en: 'Learning', cy: 'Dysgu' },
      items: [{ id: 'we-learn-from-mistakes', type: 'grid', text: { en: 'We learn from mistakes', cy: 'Rydyn ni’n dysgu o gamgymeriadau' }, required: false, scale: 'agree', rows: [{ id: 'we-learn-from-mistakes-2', text: { en: 'We learn from mistakes', cy: 'Rydyn ni’n dysgu o gamgymeriadau' }, reverse: false }] }],
    });
  });

  it('keeps option values whose English label is unchanged when the options are edited', () => {
    const after = applied(updateQuestion(sample(), 'topics', { text: { en: 'Topics', cy: 'Pynciau' }, required: false, options: [{ en: 'Rota', cy: 'Rota' }, { en: 'Parking', cy: 'Parcio' }, { en: 'pay', cy: 'Cyflog' }] }));
    const topics = after.sections[1]!.items[1]!;
    expect(topics.type === 'multiple' && topics.options.map((o) => o.value)).toEqual(['rota', 'parking', 'pay']);
    // maxChoices 2 still fits three options, so it stays.
    expect(topics.type === 'multiple' && topics.maxChoices).toBe(2);
  });

  it('refuses a choice question with fewer than two options', () => {
    expect(updateQuestion(sample(), 'role', { text: { en: 'Role', cy: 'Rôl' }, required: true, options: [{ en: 'Nurse', cy: 'Nyrs' }] })).toEqual({ ok: false, message: 'Give at least 2 options, one on each line.' });
  });

  it('keeps a grid’s rows and perspective when its question is reworded', () => {
    const after = applied(updateQuestion(sample(), 'team-grid', { text: { en: 'About your team', cy: 'Am eich tîm' }, required: false, scale: 'agree' }));
    const grid = after.sections[0]!.items[0]!;
    expect(grid).toMatchObject({ text: { en: 'About your team' }, required: false, perspective: 'team' });
    expect(rows(after)).toEqual(['row-one', 'row-two']);
  });

  it('renames a section and clears its introduction', () => {
    const def = sample();
    def.sections[0]!.intro = { en: 'Old intro', cy: 'Hen gyflwyniad' };
    const after = applied(updateSection(def, 'first', { en: 'Your team', cy: 'Eich tîm' }, undefined));
    expect(after.sections[0]).not.toHaveProperty('intro');
    expect(after.sections[0]!.title).toEqual({ en: 'Your team', cy: 'Eich tîm' });
  });
});

describe('idFromText', () => {
  it('makes a valid, unused id from the first words', () => {
    expect(idFromText('I feel valued at work', new Set())).toBe('i-feel-valued-at');
    expect(idFromText('I feel valued at work', new Set(['i-feel-valued-at', 'i-feel-valued-at-2']))).toBe('i-feel-valued-at-3');
    expect(idFromText('10 minutes', new Set())).toBe('q-10-minutes');
    expect(idFromText('Ydych chi’n hapus?', new Set())).toBe('ydych-chin-hapus');
    expect(idFromText('???', new Set())).toBe('q');
  });
});
