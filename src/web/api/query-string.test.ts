import { describe, expect, it } from 'vitest';
import { withQuery } from './query-string.js';

describe('withQuery', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(withQuery('/staff', { q: 'Ann & Bob', unitId: '', page: 2, pageSize: undefined, leader: null })).toBe(
      '/staff?q=Ann+%26+Bob&page=2',
    );
  });
  it('returns the bare path when nothing is left', () => {
    expect(withQuery('/audit', { page: undefined })).toBe('/audit');
  });
});
