import { describe, expect, it } from 'vitest';
import { formatRate, hiddenUnitsNote, rateRows, totalText } from './rates.js';

describe('formatRate', () => {
  it('shows whole percentages', () => {
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(0.325)).toBe('33%');
    expect(formatRate(1)).toBe('100%');
  });
  it('never rounds a few answers down to nothing, or nearly all up to everyone', () => {
    expect(formatRate(1 / 300)).toBe('less than 1%');
    expect(formatRate(299 / 300)).toBe('more than 99%');
  });
});

describe('totalText', () => {
  it('gives answers against the audience', () => {
    expect(totalText({ invited: 1200, responses: 390, rate: 0.325 })).toBe('390 of 1,200 people have answered (33%)');
    expect(totalText({ invited: 12, responses: 1, rate: 1 / 12 })).toBe('1 of 12 people has answered (8%)');
  });
  it('gives a plain count when nobody was invited (an open link to patients)', () => {
    expect(totalText({ invited: 0, responses: 1, rate: 0 })).toBe('1 response so far');
    expect(totalText({ invited: 0, responses: 0, rate: 0 })).toBe('0 responses so far');
  });
});

describe('hiddenUnitsNote', () => {
  it('says how many units are too small and why', () => {
    expect(hiddenUnitsNote(3, 11)).toBe('3 units are too small to show (fewer than 11 people). Their answers still count in the units above them.');
    expect(hiddenUnitsNote(1, 5)).toBe('1 unit is too small to show (fewer than 5 people). Their answers still count in the units above them.');
    expect(hiddenUnitsNote(0, 11)).toBeNull();
  });
});

describe('rateRows', () => {
  it('puts each unit under its parent, children by name, with depths', () => {
    const unit = (unitId: string, parentId: string | null, name: string) => ({ unitId, parentId, name, invited: 20, responses: 5, rate: 0.25 });
    const rows = rateRows([unit('w10', 'med', 'Ward 10'), unit('org', null, 'Whole organisation'), unit('w2', 'med', 'Ward 2'), unit('med', 'org', 'Medicine')]);
    expect(rows.map((r) => [r.name, r.depth])).toEqual([
      ['Whole organisation', 0],
      ['Medicine', 1],
      ['Ward 2', 2],
      ['Ward 10', 2],
    ]);
    expect(rows[0]).toMatchObject({ unitId: 'org', invited: 20, responses: 5, rate: 0.25 });
  });
});
