// Checks the chart's layout against figures worked out by hand, so a change to the drawing
// cannot quietly move a line away from the value it stands for.
import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../spc/index.js';
import { maxLabelsFor, niceTicks, pointColourClass, spcGeometry, thinnedIndices, tickStep } from './spc-geometry.js';

// The worked example: mean 348 / 15 = 23.2; mean moving range 76 / 14 = 5.4286;
// limits 23.2 ± 2.66 × 5.4286 = 8.76 and 37.64.
const WORKED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
const months = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2023, 3 + i, 1)).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }));

const isRoundStep = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9);
};

describe('spcGeometry on the worked example', () => {
  const result = analyseSpc(WORKED);
  const geometry = spcGeometry(result, months(15), { width: 640, height: 300 });

  it('rests on the engine’s mean and limits', () => {
    const p = result.partitions[0]!;
    expect(p.mean).toBeCloseTo(23.2, 10);
    expect(p.lpl).toBeCloseTo(8.76, 2);
    expect(p.upl).toBeCloseTo(37.64, 2);
  });

  it('runs the y axis over both limits, on round ticks', () => {
    expect(geometry.yMin).toBeLessThanOrEqual(8.76);
    expect(geometry.yMax).toBeGreaterThanOrEqual(37.64);
    // Extent 8.76–37.64 padded by a twentieth (1.44) either side; about 6 ticks at 300 high gives steps of 5.
    expect(geometry.yTicks.map((t) => t.value)).toEqual([5, 10, 15, 20, 25, 30, 35, 40]);
    expect(geometry.yTicks.map((t) => t.label)).toEqual(['5', '10', '15', '20', '25', '30', '35', '40']);
  });

  it('puts the mean line where the hand sum says', () => {
    // Plot from y = 16 (top margin) to 300 − 40 = 260; 40 at the top, 5 at the bottom:
    // 16 + (40 − 23.2) / 35 × 244 = 16 + 0.48 × 244 = 133.12.
    expect(geometry.plot.top).toBe(16);
    expect(geometry.plot.bottom).toBe(260);
    expect(geometry.lines.mean).toHaveLength(1);
    expect(geometry.lines.mean[0]!.y).toBeCloseTo(133.12, 2);
    // 16 + (40 − 37.64) / 35 × 244 = 32.45; the lower limit 16 + (40 − 8.76) / 35 × 244 = 233.79.
    expect(geometry.lines.upl[0]!.y).toBeCloseTo(32.45, 1);
    expect(geometry.lines.lpl[0]!.y).toBeCloseTo(233.79, 1);
  });

  it('runs each line from the first point to the last', () => {
    const first = geometry.points[0]!;
    const last = geometry.points[14]!;
    expect(geometry.lines.mean[0]).toMatchObject({ start: 0, end: 15, x1: first.x, x2: last.x });
    expect(first.x).toBeGreaterThan(geometry.plot.left);
    expect(last.x).toBeLessThan(geometry.plot.right);
  });

  it('draws the values as one path through every point in order', () => {
    const path = geometry.valuePath;
    expect(path.startsWith(`M${geometry.points[0]!.x} ${geometry.points[0]!.y}`)).toBe(true);
    expect(path.match(/L/g)).toHaveLength(14);
    // The highest value (34, point 11) sits highest on the chart: the smallest y.
    const top = geometry.points.reduce((a, b) => (b.y < a.y ? b : a));
    expect(top.index).toBe(10);
  });

  it('has no target line unless one is given, and takes the result’s own', () => {
    expect(geometry.target).toBeNull();
    const withTarget = spcGeometry(analyseSpc(WORKED, { direction: 'increase', target: 30 }), [], { width: 640, height: 300 });
    expect(withTarget.target).toEqual({ value: 30, y: withTarget.yTicks.find((t) => t.value === 30)!.y });
    expect(spcGeometry(analyseSpc(WORKED, { target: 30 }), [], { width: 640, height: 300, target: null }).target).toBeNull();
  });

  it('stretches the axis to a target beyond the limits', () => {
    const g = spcGeometry(result, [], { width: 640, height: 300, target: 55 });
    expect(g.yMax).toBeGreaterThanOrEqual(55);
    expect(g.target!.y).toBeGreaterThanOrEqual(g.plot.top);
  });
});

describe('recalculated limits', () => {
  // Rebased at point 9 (index 8): 20,24,20,26,22,16,18,16 has mean 162 / 8 = 20.25;
  // 31,28,34,26,30,19,18 has mean 186 / 7 = 26.571.
  const rebased = analyseSpc(WORKED, { rebase: [8], hideBelowMinPoints: false });
  const g = spcGeometry(rebased, months(15), { width: 640, height: 300 });

  it('gives each partition its own segment, the second starting at the rebase point', () => {
    expect(g.lines.mean).toHaveLength(2);
    const [before, after] = g.lines.mean as [(typeof g.lines.mean)[0], (typeof g.lines.mean)[0]];
    expect(before).toMatchObject({ start: 0, end: 8, value: 20.25, x1: g.points[0]!.x, x2: g.points[7]!.x });
    expect(after.start).toBe(8);
    expect(after.x1).toBe(g.points[8]!.x);
    expect(after.x2).toBe(g.points[14]!.x);
    expect(after.value).toBeCloseTo(26.571, 3);
    // Higher mean, so higher on the chart.
    expect(after.y).toBeLessThan(before.y);
    expect(g.lines.upl).toHaveLength(2);
  });

  it('leaves out limits the engine hides, but keeps the means', () => {
    const hidden = spcGeometry(analyseSpc(WORKED, { rebase: [8] }), [], { width: 640, height: 300 });
    expect(hidden.lines.mean).toHaveLength(2);
    expect(hidden.lines.lpl).toEqual([]);
    expect(hidden.lines.upl).toEqual([]);
    expect(hidden.lines.upperTwoSigma).toEqual([]);
  });
});

describe('x labels', () => {
  it('takes every k-th index back from the latest, no more than the maximum', () => {
    // 24 points, at most 5 labels: every ceil(24 / 5) = 5th, counting back from index 23.
    expect(thinnedIndices(24, 5)).toEqual([3, 8, 13, 18, 23]);
    expect(thinnedIndices(4, 10)).toEqual([0, 1, 2, 3]);
    expect(thinnedIndices(0, 5)).toEqual([]);
  });

  it('fits as many labels as the width allows', () => {
    // "Apr 2023" is 8 characters: 8 × 7 + 12 = 68 units each; 300 / 68 = 4.4, so 4.
    expect(maxLabelsFor(300, ['Apr 2023', 'May 2023'])).toBe(4);
    expect(maxLabelsFor(10, ['Apr 2023'])).toBe(1);
  });

  it('thins to the given maximum', () => {
    const g = spcGeometry(analyseSpc([...WORKED, ...WORKED]), months(30), { width: 640, height: 300, maxXLabels: 6 });
    expect(g.xLabels).toHaveLength(6);
    expect(g.xLabels.map((l) => l.index)).toEqual([4, 9, 14, 19, 24, 29]);
    expect(g.xLabels.at(-1)!.label).toBe(months(30)[29]);
  });

  it('never lets labels touch on a phone-width chart', () => {
    const g = spcGeometry(analyseSpc([...WORKED, ...WORKED]), months(30), { width: 320, height: 240 });
    expect(g.xLabels.length).toBeLessThan(30);
    const room = Math.max(...g.xLabels.map((l) => l.label.length)) * 7;
    for (let i = 1; i < g.xLabels.length; i++) expect(g.xLabels[i]!.x - g.xLabels[i - 1]!.x).toBeGreaterThan(room);
    for (const l of g.xLabels) expect(l.x).toBeLessThanOrEqual(320);
  });
});

describe('ticks', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(31.77, 6)).toBe(5);
    expect(tickStep(0.74, 5)).toBeCloseTo(0.2, 12);
    expect(tickStep(740, 5)).toBe(200);
    for (const span of [0.003, 0.7, 13, 99, 1234, 98765]) expect(isRoundStep(tickStep(span, 5))).toBe(true);
  });

  it('gives exact decimals, labelled to the step', () => {
    const ticks = niceTicks(0.13, 0.87, 5);
    expect(ticks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks.map((t) => t.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(niceTicks(-7, 12, 4).map((t) => t.value)).toEqual([-10, -5, 0, 5, 10, 15]);
    expect(niceTicks(1000, 12000, 5).at(-1)!.label).toBe('12,000');
  });

  it('opens out a flat series rather than divide by nothing', () => {
    const g = spcGeometry(analyseSpc([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), [], { width: 640, height: 300 });
    expect(g.yMin).toBeLessThan(5);
    expect(g.yMax).toBeGreaterThan(5);
    expect(g.points.every((p) => Number.isFinite(p.y))).toBe(true);
  });

  it('draws nothing, without failing, for an empty series', () => {
    const g = spcGeometry(analyseSpc([]), [], { width: 640, height: 300 });
    expect(g.valuePath).toBe('');
    expect(g.points).toEqual([]);
    expect(g.lines.mean).toEqual([]);
  });
});

describe('pointColourClass', () => {
  it('maps each point type to its colour', () => {
    expect(pointColourClass('common_cause')).toBe('app-spc-point--grey');
    expect(pointColourClass('special_cause_improvement')).toBe('app-spc-point--blue');
    expect(pointColourClass('special_cause_concern')).toBe('app-spc-point--orange');
    expect(pointColourClass('special_cause_neutral_high')).toBe('app-spc-point--purple');
    expect(pointColourClass('special_cause_neutral_low')).toBe('app-spc-point--purple');
  });
});
