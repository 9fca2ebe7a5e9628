// The classifier's features: word splitting, folding, stop words and the suffix stripper.
import { describe, expect, it } from 'vitest';
import { foldWord, isCapitalised, words } from './text.js';
import { stem, themeTokens } from './theme-tokens.js';

describe('words and folding', () => {
  it('keeps apostrophes inside words, splits on hyphens, and gives offsets', () => {
    const text = "O’Neil's mae'r work-life “quote”";
    expect(words(text).map((w) => [w.text, text.slice(w.start, w.end)])).toEqual([
      ["O’Neil's", "O’Neil's"],
      ["mae'r", "mae'r"],
      ['work', 'work'],
      ['life', 'life'],
      ['quote', 'quote'],
    ]);
  });

  it('folds case, accents and curly apostrophes', () => {
    expect(foldWord('Siân')).toBe('sian');
    expect(foldWord('O’NEIL')).toBe("o'neil");
    expect(foldWord('Ŵyn')).toBe('wyn');
  });

  it('counts a capital first letter, but not a word in capitals throughout', () => {
    expect(['Will', "O'Neil", 'Ŵyn', 'I'].map(isCapitalised)).toEqual([true, true, true, true]);
    expect(['will', 'WILL', "'Will"].map(isCapitalised)).toEqual([false, false, false]);
  });
});

describe('stem', () => {
  it.each([
    ['manager', 'managers', 'management', 'managing', 'managed', 'manage'],
    ['nurse', 'nurses', 'nursing'],
    ['improve', 'improved', 'improving', 'improvement', 'improvements'],
    ['policy', 'policies'],
    ['value', 'values', 'valued'],
    ['support', 'supported', 'supportive', 'supporting'],
    ['bully', 'bullied', 'bullying'],
    ['plan', 'planned', 'planning'],
    ['staff', 'staffing'],
  ])('gives one stem for %s and its relatives', (...group) => {
    expect(new Set(group.map(stem)).size).toBe(1);
  });

  it('keeps apart words that only look alike at the end', () => {
    expect(stem('focus')).toBe('focus');
    expect(stem('analysis')).toBe('analysis');
    expect(stem('team')).not.toBe(stem('teamwork'));
    expect(stem('learn')).not.toBe(stem('lean'));
  });

  it('never leaves fewer than three letters or a stem without a vowel', () => {
    for (const w of ['uses', 'bed', 'sky', 'rotas', 'eyes', 'ideas', 'being', 'ties']) {
      const s = stem(w);
      expect(s.length).toBeGreaterThanOrEqual(3);
      expect(s).toMatch(/[aeiouy]/);
    }
    expect(stem('cwrs')).toBe('cwrs'); // Welsh "course": no English vowel to keep, so left whole
  });
});

describe('themeTokens', () => {
  it('gives each feature once, without stop words, numbers, possessives or redaction markers', () => {
    expect(themeTokens("My manager's managers told [name] that 12 staff were not staffing the [unit] ward")).toEqual([
      'manag',
      'told',
      'staf',
      'ward',
    ]);
  });

  it('reads Welsh words as words', () => {
    expect(themeTokens("Mae'r tîm yn wych")).toEqual(["mae'r", 'tim', 'yn', 'wych']);
  });
});
