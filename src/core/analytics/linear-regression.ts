// Ordinary least squares of one outcome on several predictors, with an intercept: how much of the
// outcome the predictors account for together (R²), and each one's share with the others held
// fixed (b, and the standardised beta that puts items on different scales side by side).
//
// Listwise deletion: only respondents who answered the outcome and every predictor are used, since
// the coefficients are only comparable when they come from the same people. n is reported.
//
// Method: one pass over the respondents gathers the sums and cross-products of all the columns;
// the model is then solved from those, in correlation form (centred, and scaled to unit
// variance), by a Cholesky factorisation of the predictors' correlation matrix with the outcome
// bordered on as the last row. Why not QR on the data: QR needs every respondent's row held at
// once and several passes, where the cross-products are one pass and a (k+1)² matrix, which is
// what makes a million respondents cheap. The normal equations' weakness is that they square the
// condition number; centring removes the worst of it (the intercept's near-collinearity with
// answers that all sit on 1–5), scaling to correlations evens out the rest, and any predictor
// that is still too close to a combination of the others is detected and dropped (below).
//
// The factorisation also yields, for free, what is reported: pivot k is the share of predictor
// k's variance the earlier predictors leave unexplained (1 − R²ₖ), so a pivot near zero means k
// is collinear with them; and the outcome's pivot, last, is 1 − R² of the whole model.
//
// Collinearity: a predictor with no variance, or one the predictors before it explain to within
// 1 part in 1e10, is dropped and reported, and the rest are fitted, as R's lm() does. So of two
// identical items the first listed is kept. Refusing outright would throw away a whole analysis
// because one item duplicates another; dropping silently would hide why it has no coefficient.
import { hasSpread, tPValue } from './correlation.js';

export interface Predictor {
  id: string;
  /** One value per respondent, NaN for unanswered. */
  column: Float64Array;
}

export interface Coefficient {
  id: string;
  /** Change in the outcome per unit of this predictor, the others held fixed. */
  b: number;
  /** b in standard deviations of the outcome per standard deviation of the predictor. */
  beta: number;
  /** Standard error of b. 0 when the fit is perfect. */
  se: number;
  /** b / se, with the model's residual df; both null when the fit is perfect (se = 0). */
  t: number | null;
  pValue: number | null;
}

export interface DroppedPredictor {
  id: string;
  /** 'no-variance': every complete respondent gave the same answer. 'collinear': the predictors listed before it predict it (all but) exactly. */
  reason: 'no-variance' | 'collinear';
}

export interface RegressionFit {
  fitted: true;
  /** Respondents with the outcome and every predictor. */
  n: number;
  /** Residual degrees of freedom: n − (predictors kept) − 1. */
  df: number;
  r2: number;
  /** 1 − (1 − R²)(n − 1)/df: R² less what that many predictors would explain by chance; can be below 0. */
  adjustedR2: number;
  intercept: number;
  /** The predictors kept, in the order given. */
  coefficients: Coefficient[];
  /** The predictors left out, in the order given. */
  dropped: DroppedPredictor[];
}

export type RegressionRefusal =
  /** Fewer than `needed` (predictors + 2) complete respondents: with fewer, no error is left to judge the fit by. */
  | { fitted: false; reason: 'too-few-respondents'; n: number; needed: number }
  /** Every complete respondent gave the outcome the same value: there is nothing to explain. */
  | { fitted: false; reason: 'constant-outcome'; n: number };

export type Regression = RegressionFit | RegressionRefusal;

// A pivot below this (a predictor or the outcome that the earlier columns explain to within 1 part
// in 1e10) is treated as exactly explained. Rounding leaves exact collinearity around 1e-15, far
// below; a real predictor this close to the others would have a variance inflation above 1e10 and
// a coefficient with hardly a digit to trust.
const PIVOT_TOLERANCE = 1e-10;

/** Throws a RangeError unless every column has one value per respondent and the ids are distinct. */
export function checkPredictors(outcome: Float64Array, predictors: readonly Predictor[]): void {
  for (const p of predictors) {
    if (p.column.length !== outcome.length) throw new RangeError(`Predictor ${p.id} has ${p.column.length} values but the outcome has ${outcome.length}.`);
  }
  if (new Set(predictors.map((p) => p.id)).size !== predictors.length) throw new RangeError('Each predictor needs a distinct id.');
}

/** OLS of the outcome on the predictors, with an intercept, over the complete respondents. */
export function linearRegression(outcome: Float64Array, predictors: readonly Predictor[]): Regression {
  checkPredictors(outcome, predictors);
  const k = predictors.length;
  const m = k + 1; // the outcome is column k, last, so its pivot is the model's 1 − R²
  const columns = [...predictors.map((p) => p.column), outcome];
  const { n, mean, cross } = centredCrossProducts(columns);
  if (n < k + 2) return { fitted: false, reason: 'too-few-respondents', n, needed: k + 2 };
  const spread = Array.from({ length: m }, (_, i) => hasSpread(cross[i * m + i] as number, n, mean[i] as number));
  if (!spread[k]) return { fitted: false, reason: 'constant-outcome', n };

  // Correlation form; a column without spread is left as zeros and dropped below.
  const scale = new Float64Array(m);
  for (let i = 0; i < m; i++) scale[i] = spread[i] ? 1 / Math.sqrt(cross[i * m + i] as number) : 0;
  const corr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) corr[i * m + j] = (cross[i * m + j] as number) * (scale[i] as number) * (scale[j] as number);
  }

  // Row-by-row Cholesky (corr = L·Lᵀ) over the kept columns. Entries of L in a dropped column are
  // never set and stay zero, so the sums can run over every earlier column without asking which
  // were kept; a dropped row is never read.
  const L = new Float64Array(m * m);
  const kept: number[] = [];
  const dropped: DroppedPredictor[] = [];
  let unexplained = 0;
  for (let i = 0; i < m; i++) {
    for (const j of kept) {
      let s = corr[i * m + j] as number;
      for (let c = 0; c < j; c++) s -= (L[i * m + c] as number) * (L[j * m + c] as number);
      L[i * m + j] = s / (L[j * m + j] as number);
    }
    let pivot = corr[i * m + i] as number;
    for (let c = 0; c < i; c++) pivot -= (L[i * m + c] as number) ** 2;
    if (i === k) unexplained = pivot;
    else if (!spread[i]) dropped.push({ id: (predictors[i] as Predictor).id, reason: 'no-variance' });
    else if (pivot <= PIVOT_TOLERANCE) dropped.push({ id: (predictors[i] as Predictor).id, reason: 'collinear' });
    else {
      L[i * m + i] = Math.sqrt(pivot);
      kept.push(i);
    }
  }

  // The outcome's row of L is w in L·w = r(x, y); the standardised betas solve Lᵀ·beta = w.
  const beta = new Float64Array(m);
  for (let a = kept.length - 1; a >= 0; a--) {
    const j = kept[a] as number;
    let s = L[k * m + j] as number;
    for (let b = a + 1; b < kept.length; b++) s -= (L[(kept[b] as number) * m + j] as number) * (beta[kept[b] as number] as number);
    beta[j] = s / (L[j * m + j] as number);
  }

  const q = kept.length;
  const df = n - q - 1;
  const perfect = unexplained <= PIVOT_TOLERANCE;
  const r2 = perfect ? 1 : Math.max(0, 1 - unexplained);
  // Scaled so each column's centred sum of squares is 1, the residual sum of squares is 1 − R², so
  // Var(beta_j) = (1 − R²)/df · (corr⁻¹)_jj; b and its se are beta and its se rescaled.
  const residual = perfect ? 0 : unexplained / df;
  const ySpread = (scale[k] as number) ** -1; // √ of the outcome's centred sum of squares
  let intercept = mean[k] as number;
  const coefficients: Coefficient[] = kept.map((j) => {
    const bj = beta[j] as number;
    const b = bj * ySpread * (scale[j] as number);
    intercept -= b * (mean[j] as number);
    const seBeta = Math.sqrt(residual * inverseDiagonal(L, m, kept, j));
    const se = seBeta * ySpread * (scale[j] as number);
    const t = perfect ? null : bj / seBeta;
    return { id: (predictors[j] as Predictor).id, b, beta: bj, se, t, pValue: t === null ? null : tPValue(t, df) };
  });
  return { fitted: true, n, df, r2, adjustedR2: 1 - ((1 - r2) * (n - 1)) / df, intercept, coefficients, dropped };
}

// (corr⁻¹)_jj over the kept columns = ‖L⁻¹·e_j‖², by forward substitution from row j down.
function inverseDiagonal(L: Float64Array, m: number, kept: readonly number[], j: number): number {
  const z = new Float64Array(m);
  let total = 0;
  for (const i of kept) {
    if (i < j) continue;
    let s = i === j ? 1 : 0;
    for (const c of kept) {
      if (c >= i) break;
      s -= (L[i * m + c] as number) * (z[c] as number); // z is zero above row j
    }
    z[i] = s / (L[i * m + i] as number);
    total += (z[i] as number) ** 2;
  }
  return total;
}

interface CrossProducts {
  /** Complete respondents. */
  n: number;
  mean: Float64Array;
  /** m×m centred sums of cross-products, Σ(xᵢ − x̄ᵢ)(xⱼ − x̄ⱼ), row-major. */
  cross: Float64Array;
}

// One pass, respondent by respondent, over every column at once: a respondent missing any value is
// skipped on the spot, and the rest add their products to a small m×m table that stays in cache.
// Values are taken about the first complete respondent's (see column-summary for why a shift).
function centredCrossProducts(columns: readonly Float64Array[]): CrossProducts {
  const m = columns.length;
  const length = columns[0]?.length ?? 0;
  const complete = (r: number): boolean => columns.every((c) => c[r] === c[r]);
  let first = 0;
  while (first < length && !complete(first)) first++;
  const shift = Float64Array.from(columns, (c) => c[first] ?? 0);
  const row = new Float64Array(m);
  const sum = new Float64Array(m);
  const cross = new Float64Array(m * m);
  let n = 0;
  respondents: for (let r = first; r < length; r++) {
    for (let i = 0; i < m; i++) {
      const v = (columns[i] as Float64Array)[r] as number;
      if (v !== v) continue respondents;
      row[i] = v - (shift[i] as number);
    }
    n++;
    for (let i = 0; i < m; i++) {
      const a = row[i] as number;
      sum[i]! += a;
      for (let j = i; j < m; j++) cross[i * m + j]! += a * (row[j] as number);
    }
  }
  const mean = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    mean[i] = (shift[i] as number) + (n ? (sum[i] as number) / n : 0);
    for (let j = i; j < m; j++) {
      const c = n ? (cross[i * m + j] as number) - ((sum[i] as number) * (sum[j] as number)) / n : 0;
      cross[i * m + j] = c;
      cross[j * m + i] = c;
    }
  }
  return { n, mean, cross };
}
