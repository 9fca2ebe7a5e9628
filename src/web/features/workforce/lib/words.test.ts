import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../../core/workforce/small-numbers.js';
import { dayBefore, fieldName, likelihoodSentence, periodInWords } from './words.js';

const shown = (value: number, n = 100): Cell => ({ status: 'shown', n, value });
const ETHNICITY = { reference: 'White staff', focus: 'ethnic minority staff', outcome: 'band 8a or above' };

describe('workforce sentences', () => {
  it('names the last day of a period that ends the day before `to`', () => {
    expect(dayBefore('2026-11-01')).toBe('2026-10-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(periodInWords('2025-11-01', '2026-11-01')).toBe('1 November 2025 to 31 October 2026');
  });

  it('reads a relative likelihood aloud, with 1.0 as equal', () => {
    // 30 of 200 white staff and 5 of 100 ethnic minority staff in band 8a or above: (30/200) ÷ (5/100) = 3.
    expect(likelihoodSentence(shown(3), ETHNICITY, 11, shown(200), shown(5))).toBe(
      'White staff are 3.0 times as likely as ethnic minority staff to be in band 8a or above (1.0 would be equal).',
    );
    expect(likelihoodSentence(shown(0.84), { reference: 'Non-disabled staff', focus: 'disabled staff', outcome: 'band 8a or above' }, 11, shown(200), shown(20))).toBe(
      'Non-disabled staff are 0.8 times as likely as disabled staff to be in band 8a or above (1.0 would be equal).',
    );
  });

  it('says why a relative likelihood is not shown', () => {
    expect(likelihoodSentence({ status: 'too_few' }, ETHNICITY, 11, shown(2143), { status: 'too_few' })).toBe(
      'The relative likelihood is worked out from groups of fewer than 11 people, so not shown.',
    );
    expect(likelihoodSentence({ status: 'protects_another' }, ETHNICITY, 11, shown(2143), shown(12))).toBe(
      'The relative likelihood is hidden so that a smaller group cannot be worked out from the other figures.',
    );
    expect(likelihoodSentence({ status: 'none' }, ETHNICITY, 11, shown(2143), { status: 'none' })).toBe(
      'No ethnic minority staff are in band 8a or above here, so the relative likelihood cannot be worked out.',
    );
    expect(likelihoodSentence({ status: 'none' }, ETHNICITY, 11, { status: 'none' }, shown(12))).toBe('There are no white staff here, so the relative likelihood cannot be worked out.');
  });

  it('names staff-record fields in words, and leaves unknown ones as they are', () => {
    expect(fieldName('leavingDate')).toBe('Leaving date');
    expect(fieldName('fte')).toBe('FTE');
    expect(fieldName('somethingNew')).toBe('somethingNew');
  });
});
