import { describe, expect, it } from 'vitest';
import { PROTECTS_ANOTHER, SHOWN, TOO_FEW } from './hierarchy-suppression.js';
import { addRelease, emptyReleaseHistory, readReleaseHistory, releasedStatus, type ReleasedTable } from './release-history.js';

const hierarchy: ReleasedTable = { label: 'Units', dimension: null, rows: [0, 1, 2], status: ['0', '1', '2'] };
const byBand: ReleasedTable = { dimension: 'band', rows: [null, 0], status: ['0000', '0121'] };

describe('the release history', () => {
  it('appends tables without changing the record it was given, and survives a trip through JSON', () => {
    const empty = emptyReleaseHistory(11, 420);
    const one = addRelease(empty, hierarchy);
    const two = addRelease(one, byBand);
    expect(empty.tables).toEqual([]);
    expect(one.tables).toHaveLength(1);
    expect(two).toEqual({ format: 'cultivate-release-history', version: 1, k: 11, respondents: 420, tables: [hierarchy, byBand] });
    expect(readReleaseHistory(JSON.parse(JSON.stringify(two)))).toEqual(two);
    expect([releasedStatus(two.tables[1]!, 1, 0), releasedStatus(two.tables[1]!, 1, 1), releasedStatus(two.tables[1]!, 1, 2)]).toEqual([SHOWN, TOO_FEW, PROTECTS_ANOTHER]);
  });

  it('refuses records that are not well formed', () => {
    const good = addRelease(emptyReleaseHistory(5, 10), byBand);
    const broken = (change: (h: Record<string, unknown> & { tables: Record<string, unknown>[] }) => void) => {
      const copy = JSON.parse(JSON.stringify(good));
      change(copy);
      return () => readReleaseHistory(copy);
    };
    expect(() => readReleaseHistory(null)).toThrow(TypeError);
    expect(broken((h) => (h.version = 2))).toThrow(/version 1/);
    expect(broken((h) => (h.k = 0))).toThrow(/k of at least 1/);
    expect(broken((h) => (h.tables[0]!.status = ['0000']))).toThrow(/one status string per row/);
    expect(broken((h) => (h.tables[0]!.status = ['0000', '0141']))).toThrow(/digits from 0 to 3/);
    expect(broken((h) => (h.tables[0]!.status = ['0000', '012']))).toThrow(/4 digits/);
    expect(broken((h) => (h.tables[0]!.rows = [0, 0]))).toThrow(/repeats a unit/);
    expect(broken((h) => (h.tables[0]!.rows = [null, -1]))).toThrow(/not a unit index/);
    expect(() => addRelease(good, { dimension: null, rows: [0], status: ['00'] })).toThrow(/one column/);
  });
});
