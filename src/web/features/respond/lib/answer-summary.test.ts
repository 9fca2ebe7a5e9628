// Tests how answers read back on "Check your answers", in English and Welsh, with the page and
// field each Change link goes to.
import { describe, expect, it } from 'vitest';
import { RESPONDENT_STRINGS } from '../../../../core/i18n/respondent-strings.js';
import { questionsOf } from '../../../../core/instruments/questions.js';
import { answerLabels } from './answer-labels.js';
import { answerSummary } from './answer-summary.js';
import { emptyDraft } from './draft-store.js';
import { formatDateIn } from './survey-dates.js';
import { sample } from './test-instrument.js';

const def = sample();
const question = (id: string) => questionsOf(def).find((q) => q.id === id)!;

describe('answerLabels', () => {
  it('reads each kind of answer back as its option wording', () => {
    expect(answerLabels(question('row-one'), 4, 'en')).toEqual(['A4']);
    expect(answerLabels(question('row-one'), null, 'cy')).toEqual(['Ddim yn gwybod']);
    expect(answerLabels(question('overall'), 0, 'en')).toEqual(['0']);
    expect(answerLabels(question('role'), 'doctor', 'cy')).toEqual(['Meddyg']);
    // In the order the options are listed, whatever the order chosen.
    expect(answerLabels(question('topics'), ['food', 'pay'], 'en')).toEqual(['Pay', 'Food']);
    expect(answerLabels(question('comments'), '  Fine.  ', 'en')).toEqual(['Fine.']);
  });

  it('gives nothing for an unanswered question or a value that is not an option', () => {
    expect(answerLabels(question('row-one'), undefined, 'en')).toEqual([]);
    expect(answerLabels(question('overall'), null, 'en')).toEqual([]);
    expect(answerLabels(question('role'), 'pilot', 'en')).toEqual([]);
    expect(answerLabels(question('comments'), '   ', 'en')).toEqual([]);
  });
});

describe('answerSummary', () => {
  const draft = {
    ...emptyDraft('cy', '2026-06-30', 'k'),
    unitId: 'u2',
    answers: { 'row-one': 5, role: 'nurse' },
    demographics: { service: 'prefer_not_to_say', site: 'south' },
  };

  it('lists the team, every question by section, then About you, in the chosen language', () => {
    const groups = answerSummary(def, draft, 'cy', [{ id: 'u1', name: 'Ward 1' }, { id: 'u2', name: 'Ward 2' }], RESPONDENT_STRINGS.cy);
    expect(groups.map((g) => g.heading)).toEqual([null, 'Cyntaf', 'Ail', 'Amdanoch chi']);
    expect(groups[0]!.entries).toEqual([{ question: 'Tîm neu adran', answer: ['Ward 2'], page: { kind: 'team' }, field: 'unitId' }]);
    expect(groups[1]!.entries.map((e) => [e.question, e.answer])).toEqual([
      ['Mae gennym nodau cyffredin.', ['C5']],
      ['Anaml rydyn ni’n cyfarfod.', []],
      ["Rhowch sgôr i'r tîm.", []],
    ]);
    expect(groups[2]!.entries[0]).toEqual({ question: 'Eich rôl', answer: ['Nyrs'], page: { kind: 'section', sectionId: 'second' }, field: 'q-role' });
    expect(groups[3]!.entries.map((e) => [e.question, e.answer, e.field])).toEqual([
      ['Blynyddoedd yma', ["Mae'n well gen i beidio â dweud"], 'd-service'],
      ['Safle', ['De'], 'd-site'],
    ]);
  });

  it('has no team row for a personal link', () => {
    const groups = answerSummary(def, draft, 'en', null, RESPONDENT_STRINGS.en);
    expect(groups[0]!.heading).toBe('First');
  });
});

describe('formatDateIn', () => {
  it('writes the closing date in English or Welsh', () => {
    expect(formatDateIn('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatDateIn('2026-03-01', 'cy')).toBe('1 Mawrth 2026');
    expect(formatDateIn('soon', 'cy')).toBe('soon');
  });
});
