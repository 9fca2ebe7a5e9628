import { describe, expect, it } from 'vitest';
import { audienceCategories } from './audience-categories.js';

describe('audienceCategories', () => {
  it('lists each band and group once, in natural order, leaving out the unknown', () => {
    const members = [
      { payBand: 'Band 8a', staffGroup: 'Nursing' },
      { payBand: 'Band 10', staffGroup: null },
      { payBand: 'Band 7', staffGroup: 'Medical' },
      { payBand: 'Band 7', staffGroup: 'Nursing' },
      { payBand: null, staffGroup: '' },
    ];
    expect(audienceCategories(members)).toEqual({ payBands: ['Band 7', 'Band 8a', 'Band 10'], staffGroups: ['Medical', 'Nursing'] });
  });
});
