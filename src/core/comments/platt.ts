// Platt scaling: turning a classifier's raw scores into probabilities by fitting
// p = 1 / (1 + e^−(a·score + b)) to scores whose true labels are known (J. Platt, "Probabilistic
// outputs for support vector machines", 1999). Naive Bayes needs it: its raw posteriors sit near
// 0 or 1 whatever its real accuracy, because it counts every word as independent evidence. The
// fit follows Platt's two safeguards: targets pulled in from 0 and 1 by the class sizes, so a
// perfectly separated training set does not send a to infinity, and a Newton method with a
// backtracking line search (as H.-T. Lin, C.-J. Lin and R. Weng recommend in "A note on Platt's
// probabilistic outputs for support vector machines", 2007).

export interface PlattScaling {
  a: number;
  b: number;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export const applyPlatt = (p: PlattScaling, score: number): number => sigmoid(p.a * score + p.b);

/**
 * The gradient and Hessian at (a, b), in one pass of one exponential per score, and the loss too
 * if `withLoss` (NaN otherwise: it costs a logarithm per score, and only the line search needs it).
 */
interface Evaluation {
  a: number;
  b: number;
  loss: number;
  ga: number;
  gb: number;
  haa: number;
  hab: number;
  hbb: number;
}

function evaluate(scores: readonly number[], target: readonly number[], a: number, b: number, withLoss: boolean): Evaluation {
  let loss = 0;
  let ga = 0;
  let gb = 0;
  // A touch on the diagonal keeps the Hessian invertible when every score is the same.
  let haa = 1e-12;
  let hab = 0;
  let hbb = 1e-12;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    const t = target[i] as number;
    const z = a * s + b;
    const e = Math.exp(-Math.abs(z));
    // Cross-entropy against target t: log(1 + e^z) − t·z, written so that e^z never overflows.
    if (withLoss) loss += (z > 0 ? z : 0) + Math.log1p(e) - t * z;
    const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    const d = p - t;
    const w = p * (1 - p);
    ga += d * s;
    gb += d;
    haa += w * s * s;
    hab += w * s;
    hbb += w;
  }
  return { a, b, loss: withLoss ? loss : NaN, ga, gb, haa, hab, hbb };
}

/**
 * The a and b that best turn `scores` into probabilities of `labels` (cross-entropy against
 * Platt's targets). `a` is never negative: a higher raw score never means a lower probability; if
 * the scores run the wrong way the fit falls back to the smoothed base rate (a = 0). `start` is
 * where the search begins, such as the fit before one more example was added: from there it
 * usually needs one or two steps instead of about ten, and ends at the same optimum.
 */
export function fitPlatt(scores: readonly number[], labels: readonly boolean[], start?: PlattScaling): PlattScaling {
  const n = scores.length;
  if (n === 0) return { a: 0, b: 0 };
  let positives = 0;
  for (const l of labels) if (l) positives += 1;
  const negatives = n - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const target = labels.map((l) => (l ? high : low));

  // Losses are sums of at most about ln 2 per score, so n sets the scale of "negligible".
  const scale = 1 + n;
  let at = evaluate(scores, target, start?.a ?? 0, start?.b ?? Math.log((positives + 1) / (negatives + 1)), false);
  let closeDecrement = Infinity;
  for (let iteration = 0; iteration < 100; iteration++) {
    const det = at.haa * at.hbb - at.hab * at.hab;
    const da = -(at.hbb * at.ga - at.hab * at.gb) / det;
    const db = -(at.haa * at.gb - at.hab * at.ga) / det;
    const slope = at.ga * da + at.gb * db;
    // The Newton decrement: about twice what the full Newton step would take off the loss.
    const decrement = -slope;
    if (!(decrement > 1e-18 * scale)) break;
    // Close to the optimum the loss changes by less than a line search can see in a sum over
    // thousands of scores, while Newton's method converges quadratically there: take full steps
    // until they stop shrinking, so a warm start and a cold one end at the same point.
    if (decrement < 1e-6 * scale) {
      if (!(decrement < closeDecrement)) break;
      closeDecrement = decrement;
      at = evaluate(scores, target, at.a + da, at.b + db, false);
      continue;
    }
    if (Number.isNaN(at.loss)) at = evaluate(scores, target, at.a, at.b, true);
    let next: Evaluation | null = null;
    for (let step = 1; step >= 1e-8; step /= 2) {
      const candidate = evaluate(scores, target, at.a + step * da, at.b + step * db, true);
      if (candidate.loss <= at.loss + 1e-4 * step * slope) {
        next = candidate;
        break;
      }
    }
    if (!next) break;
    at = next;
  }

  if (at.a < 0) {
    const base = (positives * high + negatives * low) / n;
    return { a: 0, b: Math.log(base / (1 - base)) };
  }
  return { a: at.a, b: at.b };
}
