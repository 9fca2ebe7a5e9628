import { describe, expect, it } from 'vitest';
import { builtInInstrument } from '../instruments/builtins/index.js';
import { feedbackReport, type FeedbackAnswerSet, type RaterGroup } from './report.js';

const hlm = builtInInstrument('hlm-360')!;

/** A rater answering the two "inspiring shared purpose" statements and its importance. */
const rater = (group: RaterGroup, first: number | null, second: number | null, importance?: number): FeedbackAnswerSet => ({
  group,
  answers: {
    ...(first === undefined ? {} : { 'hlm-purpose-1': first }),
    ...(second === undefined ? {} : { 'hlm-purpose-2': second }),
    ...(importance === undefined ? {} : { 'importance-inspiring-shared-purpose': importance }),
  },
});

const purpose = (sets: FeedbackAnswerSet[]) => feedbackReport(hlm, sets).dimensions.find((d) => d.constructId === 'inspiring-shared-purpose')!;
const group = (d: ReturnType<typeof purpose>, g: RaterGroup) => d.groups.find((x) => x.group === g)!;

describe('feedbackReport', () => {
  it('scores self and each group of three or more, worked by hand', () => {
    const d = purpose([
      rater('self', 4, 3, 4), // self 3.5
      rater('line_manager', 2, 3, 3), // 2.5
      rater('peer', 3, 3, 4), // 3
      rater('peer', 4, 4), // 4
      rater('peer', 2, null), // 2 ("can't say" left out of the mean)
    ]);
    expect(d.self).toBe(3.5);
    expect(group(d, 'line_manager')).toEqual({ group: 'line_manager', n: 1, mean: 2.5, hidden: false });
    expect(group(d, 'peer')).toEqual({ group: 'peer', n: 3, mean: 3, hidden: false });
    // Everyone but the person: (2.5 + 3 + 4 + 2) / 4 = 2.875.
    expect(d.allRaters).toEqual({ n: 4, mean: 2.875, leftOut: [] });
    // Importance from all who answered it, the person included: (4 + 3 + 4) / 3.
    expect(d.importance).toBeCloseTo(11 / 3, 10);
  });

  it('hides a group of one or two, and leaves it out of the combined figure so it cannot be worked out', () => {
    const sets = [rater('line_manager', 2, 2), rater('peer', 3, 3), rater('peer', 3, 3), rater('peer', 3, 3), rater('direct_report', 1, 1), rater('direct_report', 1, 2)];
    const d = purpose(sets);
    expect(group(d, 'direct_report')).toEqual({ group: 'direct_report', n: 2, mean: null, hidden: true });
    expect(d.allRaters.leftOut).toEqual(['direct_report']);
    // Line manager 2 and three peers at 3: (2 + 9) / 4 = 2.75; the two reports are not in it.
    expect(d.allRaters).toMatchObject({ n: 4, mean: 2.75 });
    // The attack: combined × n − the shown groups must not give the hidden pair's total.
    const shownTotal = 2 * 1 + 3 * 3;
    expect(d.allRaters.mean! * d.allRaters.n - shownTotal).toBe(0);
  });

  it('keeps hidden groups in the combined figure when together they are three or more', () => {
    const d = purpose([rater('peer', 4, 4), rater('peer', 2, 2), rater('other', 3, 3), rater('direct_report', 1, 1), rater('direct_report', 1, 1), rater('direct_report', 1, 1)]);
    expect(group(d, 'peer').hidden).toBe(true);
    expect(group(d, 'other').hidden).toBe(true);
    expect(d.allRaters.leftOut).toEqual([]);
    expect(d.allRaters).toMatchObject({ n: 6, mean: (4 + 2 + 3 + 3) / 6 });
  });

  it('applies the rule per dimension: a rater who skipped a dimension does not count towards it', () => {
    const d = purpose([rater('peer', 3, 3), rater('peer', 3, 3), rater('peer', null, null)]);
    expect(group(d, 'peer')).toMatchObject({ n: 2, mean: null, hidden: true });
  });

  it('reports all nine dimensions and counts raters by group', () => {
    const r = feedbackReport(hlm, [rater('self', 3, 3), rater('peer', 3, 3), rater('line_manager', 4, 4)]);
    expect(r.dimensions).toHaveLength(9);
    expect(r.ratersByGroup).toEqual({ self: 1, line_manager: 1, peer: 1, direct_report: 0, other: 0 });
  });
});
