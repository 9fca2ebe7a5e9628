import { describe, expect, it } from 'vitest';
import { answeredText, formatMean, leftOutNote, orderedCounts, reportIsOpen, scoreCellText, todayIso } from './feedback-display.js';

describe('formatMean', () => {
  it('rounds to one decimal place', () => {
    expect(formatMean(2.75)).toBe('2.8');
    expect(formatMean(3)).toBe('3.0');
    expect(formatMean(1.04)).toBe('1.0');
  });
  it('says when there is nothing to show', () => {
    expect(formatMean(null)).toBe('No answers');
    expect(formatMean(undefined)).toBe('No answers');
  });
});

describe('scoreCellText', () => {
  it('shows a hidden group as fewer than three', () => {
    expect(scoreCellText({ group: 'peer', n: 2, mean: null, hidden: true })).toBe('Fewer than 3');
  });
  it('shows a visible group’s mean', () => {
    expect(scoreCellText({ group: 'peer', n: 3, mean: 3.333, hidden: false })).toBe('3.3');
    expect(scoreCellText({ group: 'line_manager', n: 1, mean: 2, hidden: false })).toBe('2.0');
  });
  it('shows a group nobody answered in as no answers', () => {
    expect(scoreCellText({ group: 'other', n: 0, mean: null, hidden: false })).toBe('No answers');
    expect(scoreCellText(undefined)).toBe('No answers');
  });
});

describe('leftOutNote', () => {
  it('is null when nothing is left out', () => {
    expect(leftOutNote([])).toBeNull();
  });
  it('names the groups left out of all raters', () => {
    expect(leftOutNote(['direct_report'])).toBe('Direct reports are left out of ‘All raters’ because fewer than three answered');
    expect(leftOutNote(['peer', 'other'])).toBe('Peers and others are left out of ‘All raters’ because fewer than three answered');
  });
});

describe('counts', () => {
  it('orders groups as the report does and drops those nobody was asked in', () => {
    const groups = orderedCounts([
      { group: 'peer', invited: 3, answered: 1 },
      { group: 'self', invited: 1, answered: 0 },
      { group: 'other', invited: 0, answered: 0 },
    ]);
    expect(groups.map((g) => g.group)).toEqual(['self', 'peer']);
    expect(answeredText(groups[1]!)).toBe('1 of 3 answered');
  });
});

describe('reportIsOpen', () => {
  it('opens when closed or once the closing date has passed', () => {
    expect(reportIsOpen({ status: 'closed', closesOn: '2030-01-01' }, '2026-01-01')).toBe(true);
    expect(reportIsOpen({ status: 'open', closesOn: '2026-01-01' }, '2026-01-01')).toBe(false);
    expect(reportIsOpen({ status: 'open', closesOn: '2025-12-31' }, '2026-01-01')).toBe(true);
  });
  it('formats today as an ISO date', () => {
    expect(todayIso(new Date(2026, 2, 5))).toBe('2026-03-05');
  });
});
