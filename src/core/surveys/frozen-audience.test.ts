import { describe, expect, it } from 'vitest';
import { seededRng } from '../random/seeded.js';
import { freezeAudience, type AudienceMember, type AudienceUnit } from './frozen-audience.js';

const ROOT = { id: 'org', name: 'Northfield' };

// Trust → Division → { Ward A (12 people), Ward B (3 people) }; Theatres (8) directly under the trust.
const units: AudienceUnit[] = [
  { id: 'trust', parentId: null, name: 'Trust', externalCode: 'T' },
  { id: 'div', parentId: 'trust', name: 'Division', externalCode: 'D' },
  { id: 'wardA', parentId: 'div', name: 'Ward A', externalCode: 'WA' },
  { id: 'wardB', parentId: 'div', name: 'Ward B', externalCode: 'WB' },
  { id: 'theatres', parentId: 'trust', name: 'Theatres', externalCode: 'TH' },
  { id: 'empty', parentId: 'trust', name: 'Empty', externalCode: 'E' },
];

function people(unitId: string, n: number, band: string | null = 'Band 5', group: string | null = 'Nursing'): AudienceMember[] {
  return Array.from({ length: n }, (_, i) => ({ personId: `${unitId}-${band}-${group}-${i}`, unitId, payBand: band, staffGroup: group }));
}

describe('freezeAudience', () => {
  it('counts each unit and its subtree under the organisation root', () => {
    const r = freezeAudience(ROOT, units, [...people('wardA', 12), ...people('wardB', 3), ...people('theatres', 8)], 11);
    if (!r.ok) throw new Error(r.reason);
    const byId = Object.fromEntries(r.units.map((u) => [u.id, u]));
    expect(byId.wardA).toMatchObject({ ownAudience: 12, subtreeAudience: 12, filesResponses: true });
    expect(byId.wardB).toMatchObject({ ownAudience: 3, subtreeAudience: 3, filesResponses: false });
    expect(byId.div).toMatchObject({ ownAudience: 0, subtreeAudience: 15, filesResponses: false });
    expect(byId.trust).toMatchObject({ parentId: 'org', subtreeAudience: 23 });
    expect(byId.org).toMatchObject({ parentId: null, subtreeAudience: 23 });
    expect(byId.empty).toBeUndefined();
  });

  it('files people bottom up so that every filing unit holds at least the threshold', () => {
    // Ward A (12) files on its own. Ward B (3) + Theatres (8) = 11 reach the trust, which files them.
    const r = freezeAudience(ROOT, units, [...people('wardA', 12), ...people('wardB', 3), ...people('theatres', 8)], 11);
    if (!r.ok) throw new Error(r.reason);
    const count = (unit: string) => r.members.filter((m) => m.reportingUnitId === unit).length;
    expect(count('wardA')).toBe(12);
    expect(count('trust')).toBe(11);
    expect(count('div') + count('wardB') + count('theatres') + count('org')).toBe(0);
  });

  it('folds the smallest filing unit into the root when the root would be left with too few', () => {
    // Ward A 12 and Theatres 11 file; Ward B's 3 climb to the root alone, which is too few,
    // so the smaller filing unit (Theatres, 11) is folded in: the root files 14.
    const r = freezeAudience(ROOT, units, [...people('wardA', 12), ...people('wardB', 3), ...people('theatres', 11)], 11);
    if (!r.ok) throw new Error(r.reason);
    const count = (unit: string) => r.members.filter((m) => m.reportingUnitId === unit).length;
    expect(count('wardA')).toBe(12);
    expect(count('org')).toBe(14);
    // The stored count of people filed under each unit agrees with where everyone was filed.
    for (const u of r.units) expect(u.filedAudience, u.id).toBe(count(u.id));
    expect(r.units.find((u) => u.id === 'theatres')?.filesResponses).toBe(false);
  });

  it('keeps a band and group only where enough people share them, and pools the rest', () => {
    // Ward A: 11 Band 5 nurses, 1 Band 8a doctor. The doctor alone would be identifiable, so the
    // doctor is pooled; a pool of 1 is still too small, so the 11 nurses join it too.
    const r = freezeAudience(ROOT, units, [...people('wardA', 11), ...people('wardA', 1, 'Band 8a', 'Medical')], 11);
    if (!r.ok) throw new Error(r.reason);
    expect(r.members.every((m) => m.payBand === null && m.staffGroup === null)).toBe(true);
  });

  it('pools only the smallest classes needed to make the pool big enough', () => {
    // Trust-level (threshold 5): 20 Band 5 nurses, 6 Band 3 support staff, 2 Band 7 nurses.
    // Pool starts at 2 → add the 6 support staff (smallest kept) → 8; the 20 nurses keep their profile.
    const flat: AudienceUnit[] = [{ id: 't', parentId: null, name: 'T', externalCode: 'T' }];
    // Everyone sits in 't', which files all 28.
    const audience = [...people('t', 20), ...people('t', 6, 'Band 3', 'Support'), ...people('t', 2, 'Band 7', 'Nursing')];
    const r = freezeAudience(ROOT, flat, audience, 5);
    if (!r.ok) throw new Error(r.reason);
    const tally = new Map<string, number>();
    for (const m of r.members) tally.set(`${m.payBand}|${m.staffGroup}`, (tally.get(`${m.payBand}|${m.staffGroup}`) ?? 0) + 1);
    expect(Object.fromEntries(tally)).toEqual({ 'Band 5|Nursing': 20, 'null|null': 8 });
  });

  it('guarantees every stored (unit, band, group) matches at least the threshold of people', () => {
    const audience = [
      ...people('wardA', 7),
      ...people('wardA', 4, 'Band 6'),
      ...people('wardA', 2, 'Band 2', 'Support'),
      ...people('wardB', 9, 'Band 4', 'Admin'),
      ...people('theatres', 13, 'Band 5', 'Theatres'),
      ...people('theatres', 1, null, null),
    ];
    for (const k of [3, 5, 7, 11]) {
      const r = freezeAudience(ROOT, units, audience, k);
      if (!r.ok) throw new Error(r.reason);
      const classes = new Map<string, number>();
      for (const m of r.members) {
        const key = `${m.reportingUnitId}|${m.payBand}|${m.staffGroup}`;
        classes.set(key, (classes.get(key) ?? 0) + 1);
      }
      for (const [key, n] of classes) expect(n, `${key} at k=${k}`).toBeGreaterThanOrEqual(k);
    }
  });

  it('refuses an empty audience or one smaller than the threshold', () => {
    expect(freezeAudience(ROOT, units, [], 11)).toEqual({ ok: false, reason: 'empty', audienceSize: 0 });
    expect(freezeAudience(ROOT, units, people('wardA', 10), 11)).toEqual({ ok: false, reason: 'below_threshold', audienceSize: 10 });
  });
});

describe('freezeAudience on random organisations (seeded)', () => {
  it('never files fewer than the threshold under any unit or any (unit, band, group), and always files upwards', () => {
    const rng = seededRng(7);
    const bands = ['Band 2', 'Band 3', 'Band 5', 'Band 6', 'Band 7', 'Band 8a', null];
    const groups = ['Nursing', 'Medical', 'Admin', 'Estates', null];
    for (let trial = 0; trial < 200; trial++) {
      const unitList: AudienceUnit[] = [];
      const count = rng.int(1, 40);
      for (let i = 0; i < count; i++) {
        const parent = i === 0 || rng.next() < 0.15 ? null : unitList[rng.int(0, i - 1)]!.id;
        unitList.push({ id: `u${i}`, parentId: parent, name: `Unit ${i}`, externalCode: `U${i}` });
      }
      const audience: AudienceMember[] = Array.from({ length: rng.int(5, 400) }, (_, i) => ({
        personId: `p${i}`,
        unitId: rng.pick(unitList).id,
        payBand: rng.pick(bands),
        staffGroup: rng.pick(groups),
      }));
      const k = rng.int(3, 15);
      const r = freezeAudience(ROOT, unitList, audience, k);
      if (audience.length < k) {
        expect(r.ok).toBe(false);
        continue;
      }
      if (!r.ok) throw new Error(`trial ${trial}: ${r.reason}`);
      const parentOf = new Map<string, string | null>([[ROOT.id, null], ...unitList.map((u) => [u.id, u.parentId ?? ROOT.id] as [string, string])]);
      const ancestors = (id: string) => {
        const out: string[] = [];
        for (let u: string | null | undefined = id; u; u = parentOf.get(u)) out.push(u);
        return out;
      };
      const perUnit = new Map<string, number>();
      const perClass = new Map<string, number>();
      for (const m of r.members) {
        const person = audience.find((a) => a.personId === m.personId)!;
        expect(ancestors(person.unitId)).toContain(m.reportingUnitId);
        perUnit.set(m.reportingUnitId, (perUnit.get(m.reportingUnitId) ?? 0) + 1);
        const cls = `${m.reportingUnitId}|${m.payBand}|${m.staffGroup}`;
        perClass.set(cls, (perClass.get(cls) ?? 0) + 1);
        // A kept profile is the person's own, never someone else's.
        if (m.payBand !== null || m.staffGroup !== null) expect([m.payBand, m.staffGroup]).toEqual([person.payBand, person.staffGroup]);
      }
      for (const [unit, n] of perUnit) expect(n, `trial ${trial}, unit ${unit}, k=${k}`).toBeGreaterThanOrEqual(k);
      for (const [cls, n] of perClass) expect(n, `trial ${trial}, ${cls}, k=${k}`).toBeGreaterThanOrEqual(k);
      const filing = new Set(r.units.filter((u) => u.filesResponses).map((u) => u.id));
      expect(new Set(perUnit.keys())).toEqual(filing);
    }
  });
});
