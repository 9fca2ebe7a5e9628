// Key drivers and their parts (Pearson's r with its Fisher-z interval, OLS regression), against
// examples worked on paper, SciPy and numpy.
import { describe, expect, it } from 'vitest';
import { pearson } from './correlation.js';
import { DRIVERS_CAVEAT, keyDrivers, type KeyDrivers } from './drivers.js';
import { linearRegression, type RegressionFit } from './linear-regression.js';

const col = (...values: number[]) => Float64Array.from(values);
const { NaN } = Number;

// 30 respondents generated with numpy (default_rng(2024)): an outcome y and three 1–5 items, each
// with a few gaps in different places, so pairwise n (27, 28, 26) and listwise n (24) differ.
const survey = {
  y: col(2.8, 3.2, 2.1, 2.4, 3, 4.6, 4.6, 4.8, 5.4, 5.4, 1.6, 2.3, NaN, 2.5, 2.7, 3.2, 6.2, 3.1, 2.7, 2.4, 4.3, 4.4, 4.8, 5.3, 4.8, 3.2, 3.1, 2.8, 5.3, 2.1),
  x1: col(2, 4, 1, NaN, 2, 2, 5, 4, 5, 5, 1, 1, 5, 1, 1, 1, 5, NaN, 2, 1, 3, 3, 5, 4, 5, 1, 3, 3, 4, 1),
  x2: col(3, 2, 1, 1, 2, 3, 3, 3, NaN, 4, 2, 2, 5, 1, 2, 2, 5, 3, 4, 1, 4, 3, 3, 5, 4, 1, 2, 1, 4, 1),
  x3: col(3, 4, 1, NaN, 1, 1, 1, 4, 3, 2, 4, 2, 5, 2, 4, 2, 3, 3, 5, 2, 1, 3, NaN, 2, 5, NaN, 3, 3, 3, 3),
};

describe('pearson', () => {
  it('matches five points worked on paper', () => {
    // x = 1 2 3 4 5, y = 2 1 4 3 5, both with mean 3.
    // Deviations x: −2 −1 0 1 2, y: −1 −2 1 0 2; Σdx·dy = 2 + 2 + 0 + 0 + 4 = 8, Σdx² = Σdy² = 10.
    // r = 8/10 = 0.8. t = 0.8·√(3/0.36) = 2.3094…, p (3 df) = 0.10408… (SciPy: 0.10408803866182782).
    // Fisher: atanh 0.8 = ln 3 = 1.0986, se = 1/√2, 1.96/√2 = 1.3859, so the 95% interval is
    // tanh(−0.2873) = −0.2796 to tanh(2.4845) = 0.9862 (SciPy: −0.279640041969355, 0.9861961933012714).
    // A sixth respondent who skipped y is left out.
    const r = pearson(col(1, 2, 3, 4, 5, 3), col(2, 1, 4, 3, 5, NaN));
    expect(r.n).toBe(5);
    expect(r.r).toBeCloseTo(0.8, 14);
    expect(r.pValue).toBeCloseTo(0.10408803866182782, 6);
    expect(r.ciLow).toBeCloseTo(-0.279640041969355, 12);
    expect(r.ciHigh).toBeCloseTo(0.9861961933012714, 12);
  });

  it('takes another confidence level', () => {
    // SciPy: pearsonr(x, y).confidence_interval(0.9) = (−0.0643856724673838, 0.978528854583393)
    const r = pearson(col(1, 2, 3, 4, 5), col(2, 1, 4, 3, 5), { level: 0.9 });
    expect(r.ciLow).toBeCloseTo(-0.0643856724673838, 12);
    expect(r.ciHigh).toBeCloseTo(0.978528854583393, 12);
    expect(() => pearson(col(1, 2), col(1, 2), { level: 95 })).toThrow(RangeError);
    expect(() => pearson(col(1, 2), col(1, 2), { level: 0 })).toThrow(RangeError);
  });

  it('matches SciPy with pairwise deletion, so each item has its own n', () => {
    // scipy.stats.pearsonr on the respondents with both values; .confidence_interval(0.95)
    const expected = [
      { column: survey.x1, n: 27, r: 0.8551762370472743, p: 1.3370584594582807e-8, low: 0.7039221153064562, high: 0.9322338570525437 },
      { column: survey.x2, n: 28, r: 0.8072408705029843, p: 2.0976060186735978e-7, low: 0.6212663432062623, high: 0.9071252789635498 },
      { column: survey.x3, n: 26, r: -0.048238939530260136, p: 0.8149771512289783, low: -0.4276009633990533, high: 0.3455701316700518 },
    ];
    for (const e of expected) {
      const r = pearson(e.column, survey.y);
      expect(r.n).toBe(e.n);
      expect(r.r).toBeCloseTo(e.r, 13);
      expect((r.pValue as number) / e.p).toBeCloseTo(1, 5);
      expect(r.ciLow).toBeCloseTo(e.low, 12);
      expect(r.ciHigh).toBeCloseTo(e.high, 12);
    }
  });

  it('is exact for answers far from zero', () => {
    // The same five points plus 10⁸: the textbook Σx² − (Σx)²/n would lose every digit here.
    const r = pearson(col(1, 2, 3, 4, 5).map((v) => v + 1e8), col(2, 1, 4, 3, 5).map((v) => v + 1e8));
    expect(r.r).toBeCloseTo(0.8, 14);
  });

  it('has no r when either column does not vary among the pairs', () => {
    const none = { n: 4, r: null, ciLow: null, ciHigh: null, pValue: null };
    expect(pearson(col(3, 3, 3, 3), col(1, 2, 3, 4))).toEqual(none);
    // x varies overall, but not among the respondents who also answered y.
    expect(pearson(col(1, 2, 3, 4, 5), col(NaN, 2, 2, 2, 2))).toEqual({ ...none, r: null });
    expect(pearson(col(1, 2, 3, 4), col(5, 5, 5, 5))).toEqual(none);
    // 0.1 + 0.2 and 0.3 are the same answer but for the last bit: rounding noise, not variance.
    expect(pearson(col(0.3, 0.1 + 0.2, 0.3, 0.1 + 0.2), col(1, 2, 3, 4)).r).toBeNull();
  });

  it('reports a perfect correlation with a zero-width interval, as SciPy does', () => {
    // scipy.stats.pearsonr([1, 2, 3, 4], [2, 4, 6, 8]): r 1, p 0, interval (1, 1)
    expect(pearson(col(1, 2, 3, 4), col(2, 4, 6, 8))).toEqual({ n: 4, r: 1, ciLow: 1, ciHigh: 1, pValue: 0 });
    expect(pearson(col(1, 2, 3, 4), col(8, 6, 4, 2))).toEqual({ n: 4, r: -1, ciLow: -1, ciHigh: -1, pValue: 0 });
  });

  it('leaves out the interval below 4 pairs and the p-value below 3', () => {
    // SciPy: pearsonr([1, 2, 3], [1, 3, 2]) = 0.5, p 0.6666666666666666
    const three = pearson(col(1, 2, 3), col(1, 3, 2));
    expect(three.r).toBeCloseTo(0.5, 14);
    expect(three.pValue).toBeCloseTo(2 / 3, 6);
    expect([three.ciLow, three.ciHigh]).toEqual([null, null]);
    expect(pearson(col(1, 2), col(5, 3))).toEqual({ n: 2, r: -1, ciLow: null, ciHigh: null, pValue: null });
    expect(pearson(col(1, NaN), col(NaN, 3))).toEqual({ n: 0, r: null, ciLow: null, ciHigh: null, pValue: null });
    expect(pearson(new Float64Array(0), new Float64Array(0)).n).toBe(0);
  });

  it('needs one value per respondent in each column', () => {
    expect(() => pearson(col(1, 2, 3), col(1, 2))).toThrow(RangeError);
  });
});

const fit = (result: ReturnType<typeof linearRegression>): RegressionFit => {
  expect(result.fitted).toBe(true);
  return result as RegressionFit;
};
const predictors = (columns: Record<string, Float64Array>) => Object.entries(columns).map(([id, column]) => ({ id, column }));

describe('linearRegression', () => {
  it('matches simple regression worked on paper', () => {
    // The five points above: b = Σdx·dy/Σdx² = 8/10 = 0.8, intercept = 3 − 0.8·3 = 0.6, R² = r² = 0.64,
    // adjusted R² = 1 − 0.36·4/3 = 0.52. SSE = 0.36·10 = 3.6, residual variance 3.6/3 = 1.2,
    // se(b) = √(1.2/10) = 0.34641; t = 2.3094, the same t (and p) as the correlation's.
    // beta = 0.8·sd(x)/sd(y) = 0.8. (scipy.stats.linregress agrees: stderr 0.3464101615137754.)
    const r = fit(linearRegression(col(2, 1, 4, 3, 5), [{ id: 'x', column: col(1, 2, 3, 4, 5) }]));
    expect(r.n).toBe(5);
    expect(r.df).toBe(3);
    expect(r.r2).toBeCloseTo(0.64, 14);
    expect(r.adjustedR2).toBeCloseTo(0.52, 14);
    expect(r.intercept).toBeCloseTo(0.6, 13);
    const [x] = r.coefficients;
    expect(x?.b).toBeCloseTo(0.8, 14);
    expect(x?.beta).toBeCloseTo(0.8, 14);
    expect(x?.se).toBeCloseTo(Math.sqrt(0.12), 14);
    expect(x?.t).toBeCloseTo(0.8 / Math.sqrt(0.12), 12);
    expect(x?.pValue).toBeCloseTo(0.10408803866182782, 6);
    expect(r.dropped).toEqual([]);
  });

  // numpy.linalg.lstsq on the 24 complete respondents with a column of ones; then by formula:
  // R² = 1 − SSE/SST, adjusted = 1 − (1 − R²)(n − 1)/(n − p − 1), se = √diag(SSE/(n − p − 1)·(XᵀX)⁻¹),
  // t = b/se, p = 2·scipy.stats.t.sf(|t|, n − p − 1), beta = b·sd(x)/sd(y) with ddof=1.
  const numpy = {
    n: 24,
    r2: 0.8687749102458698,
    adjustedR2: 0.8490911467827503,
    intercept: 1.6574998082380892,
    coefficients: [
      { id: 'x1', b: 0.463987113599755, beta: 0.5463991980903423, se: 0.09678822360157102, t: 4.793838509835237, p: 0.00011057158288330633 },
      { id: 'x2', b: 0.4812917082150796, beta: 0.47419998286827125, se: 0.11570048512236358, t: 4.159807175450221, p: 0.0004841455450151351 },
      { id: 'x3', b: -0.21996624990411845, beta: -0.21084005771001557, se: 0.08559192229253786, t: -2.569941695576286, p: 0.018275230562036563 },
    ],
  };
  // `digits` is loosened only where the inputs themselves were rounded (see the shifted case).
  const expectNumpyFit = (r: RegressionFit, offset = 0, digits = 12) => {
    expect(r.n).toBe(numpy.n);
    expect(r.df).toBe(20);
    expect(r.r2).toBeCloseTo(numpy.r2, digits);
    expect(r.adjustedR2).toBeCloseTo(numpy.adjustedR2, digits);
    expect(r.intercept).toBeCloseTo(numpy.intercept + offset, digits - 6);
    expect(r.coefficients.map((c) => c.id)).toEqual(['x1', 'x2', 'x3']);
    r.coefficients.forEach((c, i) => {
      const e = numpy.coefficients[i]!;
      expect(c.b).toBeCloseTo(e.b, digits);
      expect(c.beta).toBeCloseTo(e.beta, digits);
      expect(c.se).toBeCloseTo(e.se, digits);
      expect(c.t).toBeCloseTo(e.t, digits - 1);
      expect((c.pValue as number) / e.p).toBeCloseTo(1, 5);
    });
  };

  it('matches numpy with listwise deletion', () => {
    const r = fit(linearRegression(survey.y, predictors({ x1: survey.x1, x2: survey.x2, x3: survey.x3 })));
    expectNumpyFit(r);
    expect(r.dropped).toEqual([]);
  });

  it('gives the same fit for answers far from zero, bar the intercept', () => {
    // Adding 10⁶ to every value shifts the intercept by 10⁶·(1 − Σb) and changes nothing else.
    // y + 10⁶ is itself rounded to about 1e-10, so agreement to 9 digits is all the data allows;
    // sums of squares about zero rather than a shift would be off from the 4th.
    const shifted = (c: Float64Array) => c.map((v) => v + 1e6);
    const r = fit(linearRegression(shifted(survey.y), predictors({ x1: shifted(survey.x1), x2: shifted(survey.x2), x3: shifted(survey.x3) })));
    expectNumpyFit(r, 1e6 * (1 - numpy.coefficients.reduce((s, c) => s + c.b, 0)), 9);
  });

  it('drops a constant predictor and one that repeats earlier ones, and fits the rest', () => {
    // 2·x1 + 1 and x1 + x2 carry nothing x1 and x2 do not; the constant column carries nothing.
    // With them dropped the model is the one numpy fitted above.
    const { x1, x2, x3 } = survey;
    const constant = x1.map((v) => (v === v ? 3 : v));
    const r = fit(
      linearRegression(
        survey.y,
        predictors({ x1, twice: x1.map((v) => 2 * v + 1), x2, same: constant, sum: x1.map((v, i) => v + x2[i]!), x3 }),
      ),
    );
    expectNumpyFit(r);
    expect(r.dropped).toEqual([
      { id: 'twice', reason: 'collinear' },
      { id: 'same', reason: 'no-variance' },
      { id: 'sum', reason: 'collinear' },
    ]);
    // Of two copies, the first listed stays.
    const swapped = fit(linearRegression(survey.y, predictors({ twice: x1.map((v) => 2 * v + 1), x1 })));
    expect(swapped.coefficients.map((c) => c.id)).toEqual(['twice']);
    expect(swapped.dropped).toEqual([{ id: 'x1', reason: 'collinear' }]);
  });

  it('fits the intercept alone when no predictor varies', () => {
    const r = fit(linearRegression(col(1, 2, 3, 4), [{ id: 'flat', column: col(2, 2, 2, 2) }]));
    expect(r).toMatchObject({ n: 4, df: 3, r2: 0, adjustedR2: 0, intercept: 2.5, coefficients: [], dropped: [{ id: 'flat', reason: 'no-variance' }] });
  });

  it('reports a perfect fit with no t or p', () => {
    // y = 1 + 2·x1 − x3 exactly: R² is 1 and there is no error to test b against.
    const { x1, x3 } = survey;
    const y = x1.map((v, i) => 1 + 2 * v - x3[i]!);
    const r = fit(linearRegression(y, predictors({ x1, x3 })));
    expect(r.r2).toBe(1);
    expect(r.adjustedR2).toBe(1);
    expect(r.intercept).toBeCloseTo(1, 12);
    expect(r.coefficients.map((c) => [c.id, c.se, c.t, c.pValue])).toEqual([
      ['x1', 0, null, null],
      ['x3', 0, null, null],
    ]);
    expect(r.coefficients[0]?.b).toBeCloseTo(2, 12);
    expect(r.coefficients[1]?.b).toBeCloseTo(-1, 12);
  });

  it('refuses with too few complete respondents for the predictors', () => {
    // Four predictors need six respondents (one error df); three is fewer than the predictors.
    const four = predictors({ a: col(1, 2, 3), b: col(3, 1, 2), c: col(2, 2, 1), d: col(5, 4, 1) });
    expect(linearRegression(col(1, 3, 2), four)).toEqual({ fitted: false, reason: 'too-few-respondents', n: 3, needed: 6 });
    // Six rows, but one skipped d: five complete.
    const gappy = predictors({ a: col(1, 2, 3, 4, 5, 1), b: col(3, 1, 2, 5, 4, 2), c: col(2, 2, 1, 1, 3, 5), d: col(5, 4, 1, NaN, 2, 3) });
    expect(linearRegression(col(1, 3, 2, 5, 4, 4), gappy)).toEqual({ fitted: false, reason: 'too-few-respondents', n: 5, needed: 6 });
    // With one error df it fits.
    expect(linearRegression(col(1, 3, 2, 5, 4, 4), gappy.slice(0, 3)).fitted).toBe(true);
    expect(linearRegression(new Float64Array(0), [])).toEqual({ fitted: false, reason: 'too-few-respondents', n: 0, needed: 2 });
  });

  it('refuses when the outcome never varies', () => {
    expect(linearRegression(col(4, 4, 4, 4, NaN), [{ id: 'x', column: col(1, 2, 3, 4, 5) }])).toEqual({ fitted: false, reason: 'constant-outcome', n: 4 });
  });

  it('needs one value per respondent and distinct ids', () => {
    expect(() => linearRegression(col(1, 2, 3), [{ id: 'x', column: col(1, 2) }])).toThrow(RangeError);
    expect(() => linearRegression(col(1, 2, 3), predictors({ x: col(1, 2, 3) }).concat(predictors({ x: col(3, 2, 1) })))).toThrow(RangeError);
  });
});

describe('keyDrivers', () => {
  const shown = (result: KeyDrivers) => {
    if (result.suppressed) throw new Error('Suppressed, though enough respondents answered.');
    return result;
  };
  const items = predictors({ x3: survey.x3, x2: survey.x2, x1: survey.x1 });

  it('ranks the correlations, highest first, and adds the regression and the caveat', () => {
    const result = shown(keyDrivers(survey.y, items));
    expect(result.n).toBe(29);
    expect(result.minimumN).toBe(11);
    expect(result.drivers.map((d) => [d.id, d.correlation?.n])).toEqual([
      ['x1', 27],
      ['x2', 28],
      ['x3', 26],
    ]);
    expect(result.drivers[0]?.correlation?.r).toBeCloseTo(0.8551762370472743, 13);
    expect(result.drivers[2]?.correlation?.ciHigh).toBeCloseTo(0.3455701316700518, 12);
    const regression = fit(result.regression!);
    expect(regression.n).toBe(24);
    expect(regression.r2).toBeCloseTo(0.8687749102458698, 12);
    expect(regression.coefficients.map((c) => c.id)).toEqual(['x3', 'x2', 'x1']);
    expect(regression.coefficients[2]?.beta).toBeCloseTo(0.5463991980903423, 12);
    expect(result.caveat).toBe(DRIVERS_CAVEAT);
    expect(result.caveat).toMatch(/not show what causes what/);
  });

  it('passes the confidence level on', () => {
    const result = shown(keyDrivers(col(2, 1, 4, 3, 5), predictors({ x: col(1, 2, 3, 4, 5) }), { level: 0.9, minimumN: 5 }));
    expect(result.drivers[0]?.correlation?.ciLow).toBeCloseTo(-0.0643856724673838, 12);
    expect(() => keyDrivers(survey.y, items, { level: 1 })).toThrow(RangeError);
  });

  it('suppresses each figure that rests on fewer than minimumN respondents', () => {
    // Pairwise n are 27 (x1), 28 (x2), 26 (x3); listwise 24; 29 answered the outcome.
    const suppressedIds = (minimumN: number) => shown(keyDrivers(survey.y, items, { minimumN })).drivers.filter((d) => d.correlation === null).map((d) => d.id);
    const regressionAt = (minimumN: number) => shown(keyDrivers(survey.y, items, { minimumN })).regression;
    expect(suppressedIds(24)).toEqual([]);
    expect(regressionAt(24)?.n).toBe(24); // exactly minimumN is enough
    expect(regressionAt(25)).toBeNull();
    expect(suppressedIds(26)).toEqual([]);
    expect(suppressedIds(27)).toEqual(['x3']);
    expect(suppressedIds(29)).toEqual(['x3', 'x2', 'x1']); // all unranked, so in the order given
    expect(shown(keyDrivers(survey.y, items, { minimumN: 29 })).n).toBe(29);
    expect(keyDrivers(survey.y, items, { minimumN: 30 })).toEqual({ suppressed: true, minimumN: 30, caveat: DRIVERS_CAVEAT });
  });

  it('suppresses everything below the default of 11', () => {
    // Ten respondents with a strong, perfectly computable correlation: still nothing reported.
    const ten = col(1, 2, 3, 4, 5, 1, 2, 3, 4, 5);
    expect(keyDrivers(ten, predictors({ x: ten.map((v) => 6 - v) }))).toEqual({ suppressed: true, minimumN: 11, caveat: DRIVERS_CAVEAT });
    expect(() => keyDrivers(ten, [], { minimumN: 0 })).toThrow(RangeError);
    expect(() => keyDrivers(ten, [], { minimumN: 2.5 })).toThrow(RangeError);
  });

  it('puts ties in the order given and undefined correlations last, and reports what the regression dropped', () => {
    const y = col(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 3, 2);
    const flat = new Float64Array(12).fill(3);
    const down = y.map((v) => 6 - v);
    const result = shown(keyDrivers(y, predictors({ flat, down, alsoFlat: flat, up: y.map((v, i) => v + (i % 3)), again: down })));
    expect(result.drivers.map((d) => [d.id, d.correlation?.r === null])).toEqual([
      ['up', false],
      ['down', false],
      ['again', false],
      ['flat', true],
      ['alsoFlat', true],
    ]);
    expect(result.drivers[1]?.correlation?.r).toBe(-1);
    expect(fit(result.regression!).dropped).toEqual([
      { id: 'flat', reason: 'no-variance' },
      { id: 'alsoFlat', reason: 'no-variance' },
      { id: 'again', reason: 'collinear' },
    ]);
  });
});
