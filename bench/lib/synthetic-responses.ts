// Synthetic survey responses with a realistic shape, defined by integer formulas so that the
// same data can be made in JavaScript and inside DuckDB (as SQL) without copying it across:
// each respondent leans positive or negative, answers vary around that lean on a 5-point scale
// scored 0, 2.5, 5, 7.5, 10 (the NHS Staff Survey mapping), about 1 answer in 23 is skipped,
// and respondents crowd into some units more than others over a six-way unit tree.

export interface SyntheticShape {
  respondents: number;
  items: number;
  units: number;
  /** Items per scale; scale s holds items s*itemsPerScale .. (s+1)*itemsPerScale − 1. */
  itemsPerScale: number;
}

export const LARGE_TRUST: SyntheticShape = { respondents: 20_000, items: 60, units: 300, itemsPerScale: 6 };
export const NATIONAL: SyntheticShape = { respondents: 1_000_000, items: 60, units: 5_000, itemsPerScale: 6 };

export const parentOf = (u: number): number => (u === 0 ? -1 : Math.floor((u - 1) / 6));

const lean = (r: number) => (r * 7919) % 1000;
const hash = (r: number, i: number) => (r * 1103515245 + i * 12345 + (r % 97) * i * 31) % 2147483648;
const unitFraction = (r: number) => ((r * 2654435761) % 1000003) / 1000003;

export function unitOfRespondent(r: number, units: number): number {
  const x = unitFraction(r);
  const x3 = x * x * x;
  return Math.floor(units * (x3 * x3));
}

/** The answer, or NaN when skipped. */
export function answer(r: number, i: number): number {
  const h = hash(r, i);
  if (h % 23 === 0) return Number.NaN;
  return Math.floor(((6 * lean(r) + 4 * (h % 1000)) * 5) / 10000) * 2.5;
}

export function generate(shape: SyntheticShape): { unitOf: Int32Array; items: Float64Array[] } {
  const unitOf = new Int32Array(shape.respondents);
  for (let r = 0; r < shape.respondents; r++) unitOf[r] = unitOfRespondent(r, shape.units);
  const items = Array.from({ length: shape.items }, (_, i) => {
    const column = new Float64Array(shape.respondents);
    for (let r = 0; r < shape.respondents; r++) column[r] = answer(r, i);
    return column;
  });
  return { unitOf, items };
}

/** The same data as a DuckDB table `answers(unit, q0 … q59)`, and the tree as `closure(unit, ancestor)`. */
export function duckdbSetup(shape: SyntheticShape): string[] {
  const columns = Array.from({ length: shape.items }, (_, i) => {
    const h = `((r * 1103515245 + ${i * 12345} + (r % 97) * ${i * 31}) % 2147483648)`;
    return `CASE WHEN ${h} % 23 = 0 THEN NULL ELSE ((6 * ((r * 7919) % 1000) + 4 * (${h} % 1000)) * 5 // 10000) * 2.5 END AS q${i}`;
  });
  return [
    `CREATE TABLE answers AS SELECT CAST(floor(${shape.units} * ((x * x * x) * (x * x * x))) AS INTEGER) AS unit, * EXCLUDE (r, x) FROM (SELECT r, ((r * 2654435761) % 1000003) / 1000003.0 AS x, ${columns.join(", ")} FROM range(${shape.respondents}) t(r))`,
    `CREATE TABLE units AS SELECT CAST(u AS INTEGER) AS u, CAST(CASE WHEN u = 0 THEN -1 ELSE (u - 1) // 6 END AS INTEGER) AS parent FROM range(${shape.units}) t(u)`,
    `CREATE TABLE closure AS WITH RECURSIVE c(unit, ancestor) AS (SELECT u, u FROM units UNION ALL SELECT c.unit, p.parent FROM c JOIN units p ON p.u = c.ancestor WHERE p.parent >= 0) SELECT * FROM c`,
  ];
}

/** The heatmap's aggregation in SQL: scale scores per respondent, sums per unit, rolled up every subtree. */
export function duckdbHeatmapQuery(shape: SyntheticShape): string {
  const scales = Math.floor(shape.items / shape.itemsPerScale);
  const scaleExpr = Array.from({ length: scales }, (_, s) => {
    const qs = Array.from({ length: shape.itemsPerScale }, (_, j) => `q${s * shape.itemsPerScale + j}`);
    return `(${qs.map((q) => `coalesce(${q}, 0)`).join(' + ')}) / nullif(${qs.map((q) => `(${q} IS NOT NULL)::INTEGER`).join(' + ')}, 0) AS s${s}`;
  });
  const perUnit = Array.from({ length: scales }, (_, s) => `count(s${s}) AS n${s}, sum(s${s}) AS sum${s}, sum(s${s} * s${s}) AS sq${s}`);
  const rolled = Array.from({ length: scales }, (_, s) => `sum(n${s}) AS n${s}, sum(sum${s}) AS sum${s}, sum(sq${s}) AS sq${s}`);
  return `WITH per_respondent AS (SELECT unit, ${scaleExpr.join(', ')} FROM answers),
    per_unit AS (SELECT unit, count(*) AS respondents, ${perUnit.join(', ')} FROM per_respondent GROUP BY unit)
    SELECT c.ancestor AS unit, sum(respondents) AS respondents, ${rolled.join(', ')} FROM per_unit p JOIN closure c ON c.unit = p.unit GROUP BY c.ancestor`;
}
