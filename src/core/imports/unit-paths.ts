// Units named by their path ("Medicine > Acute Medicine > Ward 12") rather than by code.
// A path with no code gets a code derived from the path itself, so importing the same file
// again finds the same units instead of creating new ones.
import { createHash } from 'node:crypto';
import { splitUnitPath, type UnitKind } from '../organisation/unit-tree.js';
import { MAX_LEVELS } from './headers.js';
import { MAX_NAME, tidy } from './values.js';

export const MAX_UNIT_DEPTH = MAX_LEVELS;

/** The comparison key of a path: names tidied, lower case, joined with " > ". */
export const pathKey = (names: readonly string[]): string => names.map((n) => tidy(n).toLowerCase()).join(' > ');

/** "P-" and the first 10 hex characters of the SHA-256 of the path key. Stable across imports. */
export const derivedUnitCode = (names: readonly string[]): string =>
  `P-${createHash('sha256').update(pathKey(names), 'utf8').digest('hex').slice(0, 10)}`;

/** A sensible kind for a unit created from a path, by its level. */
export function defaultKindForDepth(depth: number): UnitKind {
  if (depth <= 1) return 'division';
  if (depth === 2) return 'directorate';
  if (depth === 3) return 'department';
  return 'team';
}

/** Splits and tidies a path cell; problems are messages about the whole cell. */
export function readPath(value: string): { names: string[]; problem: string | null } {
  const names = splitUnitPath(value).map(tidy).filter(Boolean);
  return { names, problem: pathProblem(names) };
}

export function pathProblem(names: readonly string[]): string | null {
  if (names.length > MAX_UNIT_DEPTH) {
    return `This path has ${names.length} levels; Cultivate allows up to ${MAX_UNIT_DEPTH}`;
  }
  const long = names.find((n) => n.length > MAX_NAME);
  if (long) return `The unit name "${long.slice(0, 40)}…" is ${long.length} characters long; use ${MAX_NAME} or fewer`;
  return null;
}

/** The path (names from the top) of every stored unit, by code. Stops at loops and silly depths. */
export function pathsOfExisting(units: readonly { code: string; name: string; parentCode: string | null }[]): Map<string, string[]> {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out = new Map<string, string[]>();
  const pathOf = (code: string): string[] | null => {
    const known = out.get(code);
    if (known) return known;
    const chain: string[] = [];
    const seen = new Set<string>();
    let current = byCode.get(code);
    while (current) {
      if (seen.has(current.code) || chain.length > 50) return null;
      seen.add(current.code);
      chain.unshift(current.name);
      current = current.parentCode ? byCode.get(current.parentCode) : undefined;
    }
    out.set(code, chain);
    return chain;
  };
  for (const u of units) pathOf(u.code);
  return out;
}
