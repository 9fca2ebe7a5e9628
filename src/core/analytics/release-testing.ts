// Small surveys for the disclosure-control tests, written as head counts per (unit, categories)
// instead of one row per respondent, so a worked example reads like the table it stands for.
import type { SurveyPeople } from './release-atoms.js';
import { unitTree } from './unit-tree.js';

/** A head count: `unit` (-1 unfiled), one category code per demographic in `dims` order (-1 not stated), `n` people. */
export type HeadCount = readonly [unit: number, codes: readonly number[], n: number];

/** Respondents for a tree given by parent indices, with demographics named in `dims` (name → categories). */
export function surveyFromCounts(parents: readonly number[], dims: Readonly<Record<string, number>>, counts: readonly HeadCount[]): SurveyPeople {
  const names = Object.keys(dims);
  const unitOf: number[] = [];
  const codes: number[][] = names.map(() => []);
  for (const [unit, cats, n] of counts) {
    if (cats.length !== names.length) throw new RangeError(`A head count needs ${names.length} category codes.`);
    for (let i = 0; i < n; i++) {
      unitOf.push(unit);
      cats.forEach((c, d) => codes[d]!.push(c));
    }
  }
  const demographics = Object.fromEntries(names.map((name, d) => [name, { categories: dims[name]!, of: Int32Array.from(codes[d]!) }]));
  return { tree: unitTree(parents), unitOf: Int32Array.from(unitOf), demographics };
}

/** One demographic only, as the table reads: `byUnit[u][c]` people filed at unit u in category c. */
export function surveyFromRows(parents: readonly number[], name: string, byUnit: Readonly<Record<number, readonly number[]>>): SurveyPeople {
  const categories = Math.max(...Object.values(byUnit).map((row) => row.length));
  const counts = Object.entries(byUnit).flatMap(([unit, row]) => row.map((n, c): HeadCount => [Number(unit), [c], n]));
  return surveyFromCounts(parents, { [name]: categories }, counts);
}
