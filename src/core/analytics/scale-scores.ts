// Scale (theme) scores as the NHS Staff Survey forms them: a respondent's score is the mean of
// the scale's items they answered, and a group's score is the mean of its respondents' scores,
// so someone who skipped one question still counts, and everyone counts once.
import { summarise, summariseByGroup, type ColumnSummary } from './column-summary.js';
import type { Groups } from './groups.js';

/** Each respondent's mean over the items they answered; NaN for someone who answered none. */
export function respondentScaleScores(items: readonly Float64Array[]): Float64Array {
  const length = items[0]?.length ?? 0;
  if (items.some((item) => item.length !== length)) throw new RangeError('Every item of a scale needs one value per respondent.');
  const sum = new Float64Array(length);
  const answered = new Float64Array(length);
  // Item by item rather than respondent by respondent: each column is read straight through.
  for (const item of items) {
    for (let r = 0; r < length; r++) {
      const x = item[r] as number;
      if (x === x) {
        sum[r]! += x;
        answered[r]! += 1;
      }
    }
  }
  for (let r = 0; r < length; r++) sum[r] = (sum[r] as number) / (answered[r] as number); // 0/0 is NaN: no score
  return sum;
}

/** n, mean and SD of the respondents who have a score. */
export const summariseScale = (items: readonly Float64Array[]): ColumnSummary => summarise(respondentScaleScores(items));

/** The same per group, in the order of `groups.labels`. */
export const summariseScaleByGroup = (items: readonly Float64Array[], groups: Groups): ColumnSummary[] =>
  summariseByGroup(respondentScaleScores(items), groups);
