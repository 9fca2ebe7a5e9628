// Every series of NHS England's Making Data Count "SPC charts – XmR testing" document, with the
// expected colour of each point as transcribed by NHSDigital/fdp-react-design-system
// (../shared/data/spc/mdc_testing_cases.json), run through the default (mdc) preset.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSpc, type ImprovementDirection, type PointType, type SpcOptions } from './index.js';

interface MdcCase {
  id: string;
  values: number[];
  options: { improvement_direction: 'increase' | 'decrease' | 'neutral'; rebase_at?: number[]; fix_after_n_points?: number };
  expected_colour: string[];
}

const dataFile = path.resolve(import.meta.dirname, '../../../../shared/data/spc/mdc_testing_cases.json');
const data = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as {
  cases: MdcCase[];
  doc_numbers: { process_limits_15: { values: number[]; mean: number; moving_range_mean: number; sigma: number; three_sigma: number; upl: number; lpl: number } };
};

const COLOUR: Record<PointType, string> = {
  common_cause: 'grey',
  special_cause_improvement: 'blue',
  special_cause_concern: 'orange',
  special_cause_neutral_high: 'purple',
  special_cause_neutral_low: 'purple',
};

/** The document's options in our terms: its rebase points count from 1, ours from 0. */
function optionsOf(c: MdcCase): SpcOptions {
  const direction: ImprovementDirection = c.options.improvement_direction === 'neutral' ? 'neither' : c.options.improvement_direction;
  return { direction, rebase: (c.options.rebase_at ?? []).map((point) => point - 1), baseline: c.options.fix_after_n_points ?? null };
}

const coloursOf = (c: MdcCase) => analyseSpc(c.values, optionsOf(c)).points.map((p) => COLOUR[p.type]);

// The transcribed colours of this case differ from what the rules give at one point; see below.
const MISTRANSCRIBED = { id: 'mdc_Special cause conflict - High is good', point: 15 };

describe('the Making Data Count test series (mdc preset)', () => {
  it('has all 35 series', () => {
    expect(data.cases).toHaveLength(35);
  });

  it.each(data.cases.map((c) => [c.id, c] as const))('%s: every point has the expected colour', (_id, c) => {
    const expected = c.id === MISTRANSCRIBED.id ? c.expected_colour.map((colour, i) => (i === MISTRANSCRIBED.point - 1 ? 'grey' : colour)) : c.expected_colour;
    expect(coloursOf(c)).toEqual(expected);
  });

  it('disagrees with the transcription at exactly one point of one series', () => {
    const disagreements = data.cases.flatMap((c) => {
      const ours = coloursOf(c);
      return c.expected_colour.flatMap((colour, i) => (colour === ours[i] ? [] : [`${c.id} point ${i + 1}: transcribed ${colour}, rules give ${ours[i]}`]));
    });
    expect(disagreements).toEqual(['mdc_Special cause conflict - High is good point 15: transcribed blue, rules give grey']);
  });

  it('reads point 15 of "Special cause conflict – High is good" as common cause, not the transcribed blue', () => {
    // The series: 43 41 37 36 31 23 15 13 15 18 23 27 31 36 | 27 | 19 17 27 15 22 (point 15 marked).
    // Mean 516/20 = 25.8; moving ranges sum to 101 over 19, so the upper two-sigma line is
    // 25.8 + (2/3)(2.66)(101/19) = 35.23 and the upper limit 39.94. At point 15 (27):
    //  - astronomical: 27 is well inside 11.66..39.94;
    //  - trend: the rise 13 15 18 23 27 31 36 (points 8–14) ends at 36; 36 → 27 is a fall;
    //  - shift: points 12–15 (27 31 36 27) are the only run above the mean, 4 points, not 6;
    //  - two of three: only 36 (point 14) is beyond 35.23 anywhere near it.
    // No rule fires, so the transcribed blue (probably carried over from the trend before it, and
    // not described in the MDC document's text, which covers points 1–14) is a transcription error.
    const c = data.cases.find((x) => x.id === MISTRANSCRIBED.id) as MdcCase;
    expect(c.expected_colour[14]).toBe('blue');
    const result = analyseSpc(c.values, optionsOf(c));
    const p1 = result.partitions[0];
    expect(p1?.mean).toBeCloseTo(25.8, 10);
    expect(p1?.movingRangeMean).toBeCloseTo(101 / 19, 10);
    expect(p1?.upperTwoSigma).toBeCloseTo(35.23, 2);
    expect(result.points[14]).toMatchObject({ value: 27, type: 'common_cause', rule: null, rules: [] });
    // Its neighbours are as transcribed: point 14 ends the rising trend, point 16 is common cause.
    expect(result.points[13]).toMatchObject({ value: 36, type: 'special_cause_improvement', rule: 'trend' });
    expect(result.points[15]?.type).toBe('common_cause');
  });

  it('gives the variation icon of the last point, and none below 13 points', () => {
    const icon = (id: string) => {
      const c = data.cases.find((x) => x.id === id) as MdcCase;
      return analyseSpc(c.values, optionsOf(c)).variation;
    };
    expect(icon('mdc_Summary icons - variation - High is good')).toBe('special_cause_improvement');
    expect(icon('mdc_Summary icons - variation - Low is good')).toBe('special_cause_concern');
    expect(icon('mdc_Summary icons - variation - High is good 2')).toBe('common_cause');
    expect(icon('mdc_Summary icons - variation - High is good 3')).toBe('special_cause_concern');
    expect(icon('mdc_Summary icons - variation - Low is good 3')).toBe('special_cause_improvement');
    expect(icon('mdc_Summary icons - variation - Neither')).toBe('special_cause_neutral_high');
    expect(icon('mdc_Summary icons - variation - Neither2')).toBe('common_cause');
    expect(icon('mdc_Summary icons - variation - Too few points')).toBeNull();
    expect(icon('mdc_Number of points - 12')).toBeNull();
    expect(icon('mdc_Number of points - 13')).toBe('common_cause');
  });

  it("reproduces the document's worked numbers for 15 points", () => {
    const doc = data.doc_numbers.process_limits_15;
    const [p] = analyseSpc(doc.values).partitions;
    expect(p?.mean).toBeCloseTo(doc.mean, 10);
    expect(p?.movingRangeMean).toBeCloseTo(doc.moving_range_mean, 2);
    expect((p?.movingRangeMean as number) / 1.128).toBeCloseTo(doc.sigma, 2);
    expect((p?.upl as number) - (p?.mean as number)).toBeCloseTo(doc.three_sigma, 2);
    expect(p?.upl).toBeCloseTo(doc.upl, 2);
    expect(p?.lpl).toBeCloseTo(doc.lpl, 2);
  });
});
