// Tests that the English and Welsh respondent strings match key for key and placeholder for placeholder.
import { describe, expect, it } from 'vitest';
import { format, placeholders, RESPONDENT_STRINGS } from './respondent-strings.js';

const { en, cy } = RESPONDENT_STRINGS;

describe('respondent strings', () => {
  it('have the same keys in English and Welsh, none blank', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    for (const strings of [en, cy]) for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(cy[key]).sort(), key).toEqual(placeholders(en[key]).sort());
    }
    expect(placeholders(en.sectionOf)).toEqual(['n', 'total']);
    expect(placeholders(en.anonymityBody)).toEqual(['threshold']);
  });

  it('are translated, apart from the page-title pattern', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => en[key] === cy[key]);
    expect(same).toEqual(['pageTitle']);
  });

  it('offer each language’s switch in the other language', () => {
    expect(en.otherLanguage).toBe('Cymraeg');
    expect(cy.otherLanguage).toBe('English');
  });
});

describe('format', () => {
  it('fills placeholders with strings and numbers', () => {
    expect(format(en.sectionOf, { n: 2, total: 5 })).toBe('Section 2 of 5');
    expect(format(cy.sectionOf, { n: 2, total: 5 })).toBe('Adran 2 o 5');
    expect(format(en.anonymityBody, { threshold: 11 })).toContain('groups of 11 people or more');
  });

  it('leaves a placeholder without a value in place, and fills repeats', () => {
    expect(format('{a} and {b} and {a}', { a: 'x' })).toBe('x and {b} and x');
  });

  it('does not treat inherited object properties as values', () => {
    expect(format('{constructor}', {})).toBe('{constructor}');
  });
});
