// Response rates in words and table rows: whole percentages (never "0%" for a few answers or
// "100%" for nearly all), and the units in tree order so each sits under its parent.
import { buildUnitTree, flattenTree } from '../../units/lib/unit-tree.js';
import type { ResponseRates, UnitRate } from '../api/survey-types.js';

export function formatRate(rate: number): string {
  const percent = Math.round(rate * 100);
  if (rate > 0 && percent === 0) return 'less than 1%';
  if (rate < 1 && percent === 100) return 'more than 99%';
  return `${percent}%`;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** The headline: "38 of 120 people have answered (32%)", or a plain count for an open-link-only survey. */
export function totalText(total: ResponseRates['total']): string {
  if (total.invited === 0) return `${count(total.responses)} ${total.responses === 1 ? 'response' : 'responses'} so far`;
  const verb = total.responses === 1 ? 'has' : 'have';
  return `${count(total.responses)} of ${count(total.invited)} people ${verb} answered (${formatRate(total.rate)})`;
}

/** Null when every unit is shown. */
export function hiddenUnitsNote(hidden: number, threshold: number): string | null {
  if (hidden <= 0) return null;
  const units = hidden === 1 ? '1 unit is' : `${count(hidden)} units are`;
  return `${units} too small to show (fewer than ${count(threshold)} people). Their answers still count in the units above them.`;
}

export interface RateRow extends UnitRate {
  depth: number;
}

/** Units in tree order, children by name, each with its depth below the top. */
export function rateRows(units: readonly UnitRate[]): RateRow[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const tree = buildUnitTree(units.map((u) => ({ id: u.unitId, parentId: u.parentId, name: u.name, externalCode: '', kind: '', staffCount: 0 })));
  return flattenTree(tree).map((n) => ({ ...byId.get(n.id)!, depth: n.depth }));
}
