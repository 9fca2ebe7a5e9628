import { describe, expect, it } from 'vitest';
import {
  applySuggestions,
  choiceAnnouncement,
  choicesFromCodes,
  codesFromChoices,
  codingBody,
  codingSummary,
  draftFrom,
  ELEMENTS,
  isChanged,
  nextChoice,
  parseThemes,
  shortcutFor,
  suggestionText,
  type KeyPress,
} from './coding.js';

const press = (key: string, target = 'input:radio', extra: Partial<KeyPress> = {}): KeyPress => ({ key, target, ctrlKey: false, altKey: false, metaKey: false, ...extra });

describe('the elements and behaviours', () => {
  it('are the six cultural elements and four behaviours of the culture model, in its order', () => {
    expect(ELEMENTS.map((e) => e.name)).toEqual(['Vision and values', 'Goals and performance', 'Support and compassion', 'Learning and innovation', 'Teamwork', 'Equity and inclusion']);
  });
});

describe('nextChoice', () => {
  it('cycles not coded → strength → area to develop → not coded', () => {
    expect(nextChoice('none')).toBe('strength');
    expect(nextChoice('strength')).toBe('develop');
    expect(nextChoice('develop')).toBe('none');
  });
  it('takes an element coded both ways back to not coded', () => {
    expect(nextChoice('both')).toBe('none');
  });
});

describe('choices and codes', () => {
  it('reads codes as one choice per element, keeping an element coded both ways', () => {
    expect(
      choicesFromCodes([
        { element: 'teamwork', stance: 'strength' },
        { element: 'vision_values', stance: 'develop' },
        { element: 'teamwork', stance: 'develop' },
      ]),
    ).toEqual({ teamwork: 'both', vision_values: 'develop' });
  });
  it('writes codes in the culture model’s order, two for “both”, none for “none”', () => {
    expect(codesFromChoices({ teamwork: 'both', vision_values: 'develop', equity_inclusion: 'none' })).toEqual([
      { element: 'vision_values', stance: 'develop' },
      { element: 'teamwork', stance: 'strength' },
      { element: 'teamwork', stance: 'develop' },
    ]);
  });
});

describe('parseThemes', () => {
  it('splits on commas, tidies spaces and drops blanks and repeats whatever their case', () => {
    expect(parseThemes(' Rotas,  car   parking , , rotas, Night shifts ')).toEqual(['Rotas', 'car parking', 'Night shifts']);
    expect(parseThemes('')).toEqual([]);
  });
});

describe('codingBody and isChanged', () => {
  const saved = { codes: [{ element: 'teamwork', stance: 'strength' as const }], behaviours: ['helping', 'attending'], themes: ['rotas'], version: 3, codedAt: '2026-05-01T10:00:00Z' };
  it('sends the version read, the codes, the behaviours in the model’s order, and the themes', () => {
    expect(codingBody(draftFrom(saved), 3)).toEqual({ version: 3, codes: [{ element: 'teamwork', stance: 'strength' }], behaviours: ['attending', 'helping'], themes: ['rotas'] });
  });
  it('knows when the draft says something new', () => {
    const draft = draftFrom(saved);
    expect(isChanged(draft, saved)).toBe(false);
    expect(isChanged({ ...draft, themes: 'rotas, ' }, saved)).toBe(false);
    expect(isChanged({ ...draft, choices: { teamwork: 'develop' } }, saved)).toBe(true);
    expect(isChanged(draftFrom(null), null)).toBe(false);
  });
});

describe('suggestions', () => {
  const suggestions = [
    { element: 'teamwork', stance: 'strength' as const, score: 0.823 },
    { element: 'teamwork', stance: 'develop' as const, score: 0.4 },
    { element: 'goals_performance', stance: 'develop' as const, score: 0.35 },
  ];
  it('are written as the element, the stance and how likely', () => {
    expect(suggestionText(suggestions)).toBe('Teamwork, strength (82% likely); Teamwork, area to develop (40% likely); Goals and performance, area to develop (35% likely)');
  });
  it('take the likelier stance for an element and leave other elements alone', () => {
    expect(applySuggestions({ vision_values: 'strength', teamwork: 'develop' }, suggestions)).toEqual({ vision_values: 'strength', teamwork: 'strength', goals_performance: 'develop' });
  });
});

describe('shortcutFor', () => {
  it('cycles element n for key n, from a radio, a checkbox or a button', () => {
    expect(shortcutFor(press('1'))).toEqual({ kind: 'cycle', index: 0 });
    expect(shortcutFor(press('6', 'input:checkbox'))).toEqual({ kind: 'cycle', index: 5 });
    expect(shortcutFor(press('5', 'button'))).toEqual({ kind: 'cycle', index: 4 });
  });
  it('ignores keys past the last element, and keys with Ctrl, Alt or Cmd', () => {
    expect(shortcutFor(press('7'))).toBeNull();
    expect(shortcutFor(press('0'))).toBeNull();
    expect(shortcutFor(press('1', 'input:radio', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('1', 'input:radio', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('1', 'input:radio', { metaKey: true }))).toBeNull();
  });
  it('never fires while typing in a box, or composing text', () => {
    expect(shortcutFor(press('3', 'input:text'))).toBeNull();
    expect(shortcutFor(press('Enter', 'input:text'))).toBeNull();
    expect(shortcutFor(press('3', 'textarea'))).toBeNull();
    expect(shortcutFor(press('3', 'select'))).toBeNull();
    expect(shortcutFor(press('3', 'input:radio', { isComposing: true }))).toBeNull();
  });
  it('saves on Enter from a radio or checkbox, and leaves Enter on a button to press the button', () => {
    expect(shortcutFor(press('Enter'))).toEqual({ kind: 'save' });
    expect(shortcutFor(press('Enter', 'input:checkbox'))).toEqual({ kind: 'save' });
    expect(shortcutFor(press('Enter', 'button'))).toBeNull();
  });
});

describe('words', () => {
  it('announce an element’s new state', () => {
    expect(choiceAnnouncement('teamwork', 'strength')).toBe('Teamwork: strength');
    expect(choiceAnnouncement('equity_inclusion', 'develop')).toBe('Equity and inclusion: area to develop');
    expect(choiceAnnouncement('vision_values', 'none')).toBe('Vision and values: not coded');
  });
  it('summarise a saved coding for readers', () => {
    expect(codingSummary({ codes: [{ element: 'learning_innovation', stance: 'develop' }], behaviours: ['empathising'], themes: ['rotas'], version: 1, codedAt: '' })).toEqual([
      'Learning and innovation: area to develop',
      'Behaviour: empathising',
      'Theme: rotas',
    ]);
  });
});
