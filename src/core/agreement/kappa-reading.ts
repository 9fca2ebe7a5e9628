// Kappa in plain words, on the bands of Landis & Koch (1977): below 0 poor, 0–0.20 slight,
// 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial, 0.81–1 almost perfect. The authors
// offered the bands as a convention for discussion, not a test, so the reading names the band and
// then says when the data are too thin to trust it.
//
// The band is taken from kappa rounded to two decimals, the precision it is shown at, so a reader
// never sees "0.20" called fair or "0.41" called fair.
import type { CohenKappa } from './cohen-kappa.js';

export type AgreementBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost perfect';

/** Fewer double-coded items than this gets a caution: one or two codes can swing kappa, and the large-sample interval is rough. */
export const SMALL_SAMPLE = 30;
/** A 95% interval wider than this spans more than two 0.2-wide bands, so it cannot pin the band down. */
export const WIDE_INTERVAL = 0.4;

export interface KappaReading {
  /** Null when kappa could not be worked out. */
  band: AgreementBand | null;
  text: string;
  /** Reasons to hold the reading loosely; empty when there are none. */
  cautions: string[];
}

// Whole hundredths; adding 0 turns −0 (from, say, −0.004) into 0 so it reads "0.00".
const hundredths = (x: number) => Math.round(x * 100) + 0;
const format = (x: number) => (hundredths(x) / 100).toFixed(2);

/** The Landis & Koch band for a kappa, judged at two decimals. */
export function kappaBand(kappa: number): AgreementBand {
  const h = hundredths(kappa);
  if (h < 0) return 'poor';
  if (h <= 20) return 'slight';
  if (h <= 40) return 'fair';
  if (h <= 60) return 'moderate';
  if (h <= 80) return 'substantial';
  return 'almost perfect';
}

function sentence(kappa: number, band: AgreementBand): string {
  const value = `kappa ${format(kappa)}, ${band} agreement`;
  switch (band) {
    case 'poor':
      return `The two coders agreed less often than chance alone would give (${value}), which suggests they understand the codes differently.`;
    case 'slight':
      return hundredths(kappa) === 0
        ? `The two coders agreed no more often than chance alone would give (${value}).`
        : `The two coders agreed only slightly more often than chance would give (${value}).`;
    case 'fair':
      return `The two coders agreed somewhat more often than chance would give (${value}).`;
    case 'moderate':
      return `The two coders agreed moderately more often than chance would give (${value}).`;
    case 'substantial':
      return `The two coders agreed substantially more often than chance would give (${value}).`;
    case 'almost perfect':
      return kappa === 1
        ? `The two coders agreed on every item (${value}).`
        : `The two coders agreed almost perfectly, far more often than chance would give (${value}).`;
  }
}

/** A plain-English reading of a kappa result, with cautions for a small sample or a wide or empty interval. */
export function kappaReading(result: Pick<CohenKappa, 'n' | 'kappa' | 'ci95' | 'reason'>): KappaReading {
  const { n, kappa, ci95 } = result;
  if (kappa === null) return { band: null, text: `Agreement cannot be measured. ${result.reason ?? 'Kappa could not be worked out.'}`, cautions: [] };
  const band = kappaBand(kappa);
  const cautions: string[] = [];
  if (n < SMALL_SAMPLE) {
    cautions.push(`Only ${n} ${n === 1 ? 'item was' : 'items were'} coded by both coders. With fewer than ${SMALL_SAMPLE}, one or two codes either way can move kappa a long way.`);
  }
  if (ci95) {
    const [low, high] = ci95;
    if (high - low > WIDE_INTERVAL) {
      cautions.push(`The 95% confidence interval runs from ${format(low)} to ${format(high)}, so the true agreement could well fall in a different band.`);
    } else if (high === low) {
      // Happens when every item agrees (or the disagreements mirror each other exactly): the
      // large-sample formula has no spread to work from, which is not the same as certainty.
      cautions.push('The confidence interval has no width only because the large-sample formula gives no spread for a table like this; kappa is not known exactly.');
    }
  }
  return { band, text: sentence(kappa, band), cautions };
}
