// Turning one text value per person (pay band, staff group, age band, leaving reason) into the
// numbered categories the protected tables count, in the order a reader expects: pay bands in
// pay-band order (pay-bands.ts), other labels in natural order, and "Unknown" last for people
// whose value is blank or unreadable.
import { PAY_BANDS } from '../imports/pay-bands.js';

export const UNKNOWN = 'Unknown';

// Numeric-aware so "Band 2" sorts before "Band 10"; ties broken on code units so order never depends on input order.
const collator = new Intl.Collator('en', { numeric: true });
export const naturalOrder = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

const bandRank = new Map<string, number>(PAY_BANDS.map((b, i) => [b, i]));
/** Pay bands in PAY_BANDS order (Band 1 … Band 9, medical grades, Non-AfC, Other); anything else after, naturally. */
export const payBandOrder = (a: string, b: string): number => (bandRank.get(a) ?? PAY_BANDS.length) - (bandRank.get(b) ?? PAY_BANDS.length) || naturalOrder(a, b);

export interface Categories {
  categories: string[];
  /** Each person's category; -1 for people left out. */
  of: Int32Array;
}

/**
 * Categories from `values` (one per person, null or blank for not known) for the people where
 * `included` holds; everyone else gets -1 (they still count in each row's total). Labels are
 * trimmed; people included without a value go to "Unknown", listed last and only when used.
 */
export function categoriesOf(values: readonly (string | null)[], included: (i: number) => boolean, order: (a: string, b: string) => number = naturalOrder): Categories {
  const labels = new Set<string>();
  let unknown = false;
  const trimmed = values.map((v) => v?.trim() ?? '');
  trimmed.forEach((v, i) => {
    if (!included(i)) return;
    if (v === '' || v === UNKNOWN) unknown = true;
    else labels.add(v);
  });
  const categories = [...labels].sort(order);
  if (unknown) categories.push(UNKNOWN);
  const code = new Map(categories.map((c, i) => [c, i]));
  const of = Int32Array.from(trimmed, (v, i) => (included(i) ? code.get(v === '' ? UNKNOWN : v)! : -1));
  return { categories, of };
}
