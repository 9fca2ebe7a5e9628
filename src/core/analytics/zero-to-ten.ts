// The NHS Staff Survey's 0–10 scoring: a question's answer options are spread evenly from 0
// (the least favourable) to 10 (the most), so questions with different numbers of options can
// be averaged into one theme score (NHS Staff Survey technical guide).

/**
 * Maps answers onto 0–10. `options` lists the option values from least to most favourable, so
 * a reverse-keyed question passes them high to low; option i of k becomes 10·i/(k−1). Unanswered
 * (NaN) stays NaN. Throws a RangeError for fewer than two options, a repeated option or an
 * answer that is not one of the options, because each means the scale was described wrongly.
 */
export function toZeroToTen(column: Float64Array, options: readonly number[]): Float64Array {
  const k = options.length;
  if (k < 2) throw new RangeError('A scale needs at least two answer options to map onto 0–10.');
  if (new Set(options).size !== k || options.some((o) => !Number.isFinite(o))) {
    throw new RangeError(`The answer options must be distinct numbers; got ${options.join(', ')}.`);
  }
  // A linear scan of a handful of options beats a Map lookup per value.
  const values = Float64Array.from(options);
  const step = 10 / (k - 1);
  const scores = new Float64Array(column.length);
  for (let r = 0; r < column.length; r++) {
    const x = column[r] as number;
    if (x !== x) {
      scores[r] = Number.NaN;
      continue;
    }
    let i = 0;
    while (i < k && values[i] !== x) i++;
    if (i === k) throw new RangeError(`The answer ${x} (respondent ${r + 1}) is not one of the options ${options.join(', ')}.`);
    scores[r] = i * step;
  }
  return scores;
}
