import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, resultRange } from './pagination-items.js';

describe('pageCount', () => {
  it('rounds up and never goes below one page', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(1234, 25)).toBe(50);
  });
});

describe('pageItems', () => {
  it('shows a single page alone', () => {
    expect(pageItems(1, 1)).toEqual([1]);
  });
  it('shows every page when there are few', () => {
    expect(pageItems(2, 3)).toEqual([1, 2, 3]);
    expect(pageItems(1, 4)).toEqual([1, 2, 3, 4]);
  });
  it('puts ellipses around the current page in a long list', () => {
    expect(pageItems(5, 10)).toEqual([1, 'ellipsis', 4, 5, 6, 'ellipsis', 10]);
  });
  it('fills a gap of one page with that page', () => {
    expect(pageItems(4, 10)).toEqual([1, 2, 3, 4, 5, 'ellipsis', 10]);
    expect(pageItems(7, 10)).toEqual([1, 'ellipsis', 6, 7, 8, 9, 10]);
  });
  it('handles the first and last pages', () => {
    expect(pageItems(1, 10)).toEqual([1, 2, 'ellipsis', 10]);
    expect(pageItems(10, 10)).toEqual([1, 'ellipsis', 9, 10]);
  });
  it('clamps a page number outside the range', () => {
    expect(pageItems(99, 3)).toEqual([1, 2, 3]);
  });
});

describe('resultRange', () => {
  it('counts the rows shown on a page', () => {
    expect(resultRange(1, 50, 0)).toEqual({ from: 0, to: 0 });
    expect(resultRange(1, 50, 12)).toEqual({ from: 1, to: 12 });
    expect(resultRange(2, 50, 120)).toEqual({ from: 51, to: 100 });
    expect(resultRange(3, 50, 120)).toEqual({ from: 101, to: 120 });
  });
});
