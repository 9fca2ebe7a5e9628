// Key drivers: which elements and items go with a chosen outcome (engagement, intention to stay),
// for a ranked chart. Each predictor's correlation with the outcome (pairwise, with a confidence
// interval), and one regression of the outcome on all of them together (listwise), whose betas
// say what each adds once the others are allowed for. Every result carries the caveat that these
// are associations, and nothing is reported from fewer respondents than the anonymity threshold.
import { normalQuantileFor, pearson, type Correlation, type CorrelationOptions } from './correlation.js';
import { checkPredictors, linearRegression, type Predictor, type Regression } from './linear-regression.js';

/** The NHS Staff Survey's reporting threshold: no result from fewer than 11 respondents. */
export const DEFAULT_MINIMUM_N = 11;

export const DRIVERS_CAVEAT =
  'These results show which answers tend to rise and fall together in this one survey; they do not show what causes what. ' +
  'Two answers can move together because both reflect something else, such as workload, staffing or how a team is led, ' +
  'and improving one will not necessarily shift the other. ' +
  'Treat them as a guide to what to explore with staff, not as proof of what will work.';

export interface KeyDriverOptions extends CorrelationOptions {
  /** Respondents needed before a figure is reported (a positive integer). Default 11. */
  minimumN?: number;
}

export interface Driver {
  id: string;
  /** Null when fewer than minimumN respondents answered both this and the outcome: suppressed. */
  correlation: Correlation | null;
}

export type KeyDrivers =
  /** Fewer than minimumN respondents answered the outcome: nothing is reported, not even how many. */
  | { suppressed: true; minimumN: number; caveat: string }
  | {
      suppressed: false;
      minimumN: number;
      /** Respondents who answered the outcome. */
      n: number;
      /** Highest r first; suppressed and undefined correlations last, in the order given. */
      drivers: Driver[];
      /** Null when fewer than minimumN respondents answered the outcome and every predictor: suppressed. */
      regression: Regression | null;
      caveat: string;
    };

/**
 * Correlations of each predictor with the outcome, ranked, and the regression on all of them.
 * Ranked by r itself rather than its size: outcomes are framed so that higher is better, so the
 * chart runs from the strongest positive association down to the most negative.
 */
export function keyDrivers(outcome: Float64Array, predictors: readonly Predictor[], options: KeyDriverOptions = {}): KeyDrivers {
  checkPredictors(outcome, predictors);
  const minimumN = options.minimumN ?? DEFAULT_MINIMUM_N;
  if (!Number.isInteger(minimumN) || minimumN < 1) throw new RangeError(`minimumN must be a positive whole number; got ${minimumN}.`);
  normalQuantileFor(options.level ?? 0.95); // a bad level is the caller's mistake whatever the data
  const caveat = DRIVERS_CAVEAT;
  let answered = 0;
  for (let r = 0; r < outcome.length; r++) if (outcome[r] === outcome[r]) answered++;
  if (answered < minimumN) return { suppressed: true, minimumN, caveat };

  const drivers = predictors.map(({ id, column }): Driver => {
    const correlation = pearson(column, outcome, options);
    return { id, correlation: correlation.n < minimumN ? null : correlation };
  });
  // Array.prototype.sort is stable, so ties and the unranked keep the order they were given in.
  const rank = (d: Driver): number => d.correlation?.r ?? Number.NEGATIVE_INFINITY;
  drivers.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra === rb ? 0 : rb > ra ? 1 : -1;
  });
  const regression = linearRegression(outcome, predictors);
  return { suppressed: false, minimumN, n: answered, drivers, regression: regression.n < minimumN ? null : regression, caveat };
}
