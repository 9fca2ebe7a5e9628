// The plain-English reading of kappa: Landis & Koch's bands at their stated edges, the sentences,
// and the cautions.
import { describe, expect, it } from 'vitest';
import { kappaBand, kappaReading } from './kappa-reading.js';

describe('kappaBand', () => {
  it('follows the Landis & Koch (1977) bands, judged at two decimals', () => {
    const cases: [number, string][] = [
      [-0.5, 'poor'],
      [-0.01, 'poor'],
      [-0.004, 'slight'], // shown as 0.00
      [0, 'slight'],
      [0.2, 'slight'],
      [0.204, 'slight'], // shown as 0.20
      [0.21, 'fair'],
      [0.4, 'fair'],
      [0.41, 'moderate'],
      [0.6, 'moderate'],
      [0.61, 'substantial'],
      [0.8, 'substantial'],
      [0.806, 'almost perfect'], // shown as 0.81
      [1, 'almost perfect'],
    ];
    for (const [kappa, band] of cases) expect([kappa, kappaBand(kappa)]).toEqual([kappa, band]);
  });
});

describe('kappaReading', () => {
  const wellMeasured = (kappa: number) => ({ n: 120, kappa, ci95: [kappa - 0.1, kappa + 0.1] as const, reason: null });

  it('says in words how far the coders agreed beyond chance', () => {
    expect(kappaReading(wellMeasured(0.52))).toEqual({
      band: 'moderate',
      text: 'The two coders agreed moderately more often than chance would give (kappa 0.52, moderate agreement).',
      cautions: [],
    });
    expect(kappaReading(wellMeasured(0.15)).text).toBe('The two coders agreed only slightly more often than chance would give (kappa 0.15, slight agreement).');
    expect(kappaReading(wellMeasured(0.33)).text).toBe('The two coders agreed somewhat more often than chance would give (kappa 0.33, fair agreement).');
    expect(kappaReading(wellMeasured(0.7)).text).toBe('The two coders agreed substantially more often than chance would give (kappa 0.70, substantial agreement).');
    expect(kappaReading(wellMeasured(0.9)).text).toBe('The two coders agreed almost perfectly, far more often than chance would give (kappa 0.90, almost perfect agreement).');
    expect(kappaReading(wellMeasured(0)).text).toBe('The two coders agreed no more often than chance alone would give (kappa 0.00, slight agreement).');
    expect(kappaReading(wellMeasured(-0.2))).toMatchObject({ band: 'poor', text: expect.stringContaining('agreed less often than chance alone would give (kappa -0.20, poor agreement)') });
  });

  it('cautions about a small sample', () => {
    const r = kappaReading({ n: 12, kappa: 0.5, ci95: [0.4, 0.6], reason: null });
    expect(r.cautions).toEqual(['Only 12 items were coded by both coders. With fewer than 30, one or two codes either way can move kappa a long way.']);
    expect(kappaReading({ n: 29, kappa: 0.5, ci95: [0.4, 0.6], reason: null }).cautions).toHaveLength(1);
    expect(kappaReading({ n: 30, kappa: 0.5, ci95: [0.4, 0.6], reason: null }).cautions).toEqual([]);
  });

  it("cautions about a wide interval, as in Wikipedia's 50-item example", () => {
    // kappa 0.4 with interval 0.151 to 0.649 (worked in cohen-kappa.test.ts): 0.498 wide.
    const r = kappaReading({ n: 50, kappa: 0.4, ci95: [0.151092, 0.648908], reason: null });
    expect(r.band).toBe('fair');
    expect(r.cautions).toEqual(['The 95% confidence interval runs from 0.15 to 0.65, so the true agreement could well fall in a different band.']);
    expect(kappaReading({ n: 50, kappa: 0.4, ci95: [0.2, 0.6], reason: null }).cautions).toEqual([]);
  });

  it('warns that an interval of no width is not certainty', () => {
    const r = kappaReading({ n: 40, kappa: 1, ci95: [1, 1], reason: null });
    expect(r.text).toBe('The two coders agreed on every item (kappa 1.00, almost perfect agreement).');
    expect(r.cautions).toEqual(['The confidence interval has no width only because the large-sample formula gives no spread for a table like this; kappa is not known exactly.']);
  });

  it('passes on why kappa could not be worked out', () => {
    const r = kappaReading({ n: 0, kappa: null, ci95: null, reason: 'No items were coded by both coders, so there is nothing to compare.' });
    expect(r).toEqual({ band: null, text: 'Agreement cannot be measured. No items were coded by both coders, so there is nothing to compare.', cautions: [] });
  });
});
