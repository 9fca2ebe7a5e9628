// Who belongs to which group (a team, a directorate, a survey wave), as one small integer per
// respondent, so the statistics can keep per-group running sums in typed arrays instead of
// building a map of objects per respondent.

/** A group per respondent: `index[r]` is a position in `labels`, or -1 for "in no group". */
export interface Groups {
  index: Int32Array;
  labels: readonly string[];
}

// Numeric-aware, so waves "9" and "10" or teams "Ward 2" and "Ward 10" come in the order a
// person expects; ties the collator sees as equal ("01" and "1") fall back to code units so
// the order never depends on input order.
const collator = new Intl.Collator('en', { numeric: true });
const naturalOrder = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups from one text label per respondent. Labels are trimmed; a blank or missing label puts
 * the respondent in no group. The labels come back in natural sort order.
 */
export function groupsFromLabels(values: readonly (string | null | undefined)[]): Groups {
  const distinct = new Set<string>();
  const trimmed = values.map((v) => (v ?? '').trim());
  for (const v of trimmed) if (v) distinct.add(v);
  const labels = [...distinct].sort(naturalOrder);
  const position = new Map(labels.map((label, i) => [label, i]));
  const index = new Int32Array(values.length);
  trimmed.forEach((v, r) => {
    index[r] = v ? (position.get(v) as number) : -1;
  });
  return { index, labels };
}
