// The two coders' codes of the same items, cross-tabulated: the square table every kappa starts
// from (Cohen, 1960). Rows are the first coder, columns the second, in the order of the category
// list, so that an ordered scale keeps its order for weighted kappa (Cohen, 1968).
//
// A code outside the agreed list is an error, not a new row. It is a typo or a category one coder
// made up, and quietly widening the table would shift chance agreement for every other category.

export interface AgreementTable<C> {
  categories: readonly C[];
  /** Items coded by both coders. */
  n: number;
  /** counts[i][j]: items the first coder put in category i and the second coder in category j. */
  counts: number[][];
  /** Row totals: how often the first coder used each category. */
  firstTotals: number[];
  /** Column totals: how often the second coder used each category. */
  secondTotals: number[];
}

/** One item's codes: the first coder's, then the second's. */
export type CodePair<C> = readonly [first: C, second: C];

/**
 * Throws a RangeError when the category list is empty or repeats a category, or when either
 * coder used a code that is not in it (naming the item, counting from 0, and the code).
 */
export function crossTabulate<C>(pairs: readonly CodePair<C>[], categories: readonly C[]): AgreementTable<C> {
  if (categories.length === 0) throw new RangeError('Kappa needs at least one category to code into.');
  const index = new Map<C, number>();
  categories.forEach((category, i) => {
    if (index.has(category)) throw new RangeError(`The category "${String(category)}" is listed twice.`);
    index.set(category, i);
  });
  const k = categories.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const firstTotals = new Array<number>(k).fill(0);
  const secondTotals = new Array<number>(k).fill(0);
  const known = categories.map((c) => `"${String(c)}"`).join(', ');
  pairs.forEach(([first, second], item) => {
    const i = index.get(first);
    const j = index.get(second);
    if (i === undefined) throw new RangeError(`Item ${item} (counting from 0): the first coder's code "${String(first)}" is not one of the categories (${known}).`);
    if (j === undefined) throw new RangeError(`Item ${item} (counting from 0): the second coder's code "${String(second)}" is not one of the categories (${known}).`);
    (counts[i] as number[])[j] = ((counts[i] as number[])[j] as number) + 1;
    firstTotals[i] = (firstTotals[i] as number) + 1;
    secondTotals[j] = (secondTotals[j] as number) + 1;
  });
  return { categories, n: pairs.length, counts, firstTotals, secondTotals };
}
