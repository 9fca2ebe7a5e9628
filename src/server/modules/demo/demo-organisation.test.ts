import { describe, expect, it } from 'vitest';
import { demoPeople, demoUnits } from './demo-organisation.js';

describe('demo trust', () => {
  const units = demoUnits();
  const people = demoPeople(units);

  it('has a division → directorate → ward or department tree', () => {
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(units.filter((u) => u.kind === 'division')).toHaveLength(6);
    for (const u of units) {
      if (u.kind === 'division') expect(u.parentCode).toBeNull();
      else if (u.kind === 'directorate') expect(byCode.get(u.parentCode as string)?.kind).toBe('division');
      else expect(byCode.get(u.parentCode as string)?.kind).toBe('directorate');
    }
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
  });

  it('has about 3,000 staff, with unique assignment numbers and emails', () => {
    // Sum of the leaf headcounts written in the structure table.
    expect(people).toHaveLength(units.reduce((s, u) => s + u.headcount, 0));
    expect(people.length).toBeGreaterThan(2800);
    expect(people.length).toBeLessThan(3300);
    expect(new Set(people.map((p) => p.assignmentNumber)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.workEmail)).size).toBe(people.length);
  });

  it('gives every leaf unit a leader at its head, and includes a ward too small to report on', () => {
    const leaves = units.filter((u) => u.headcount > 0);
    for (const leaf of leaves) expect(people.find((p) => p.unitCode === leaf.code)?.isLeader).toBe(true);
    expect(Math.min(...leaves.map((u) => u.headcount))).toBeLessThan(11);
  });

  it('is the same on every run', () => {
    expect(demoPeople(demoUnits()).slice(0, 50)).toEqual(people.slice(0, 50));
  });
});
