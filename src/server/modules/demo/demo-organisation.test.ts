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
    // Sum of the leaf headcounts written in the structure table, in post; the rest left in the last year.
    const inPost = people.filter((p) => p.leavingDate === null);
    expect(inPost).toHaveLength(units.reduce((s, u) => s + u.headcount, 0));
    expect(inPost.length).toBeGreaterThan(2800);
    expect(inPost.length).toBeLessThan(3300);
    // One leaver for every nine in post (rounded), each having left between November 2025 and October 2026, after starting.
    const leavers = people.filter((p) => p.leavingDate !== null);
    expect(leavers).toHaveLength(Math.round(inPost.length / 9));
    expect(leavers.every((p) => p.leavingDate! >= '2025-10-31' && p.leavingDate! <= '2026-10-31' && p.startDate! < p.leavingDate! && p.leavingReason)).toBe(true);
    // Everyone in post has a line manager except the unit heads, who hold the key roles.
    expect(inPost.filter((p) => p.lineManager === null).every((p) => p.keyRole)).toBe(true);
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
