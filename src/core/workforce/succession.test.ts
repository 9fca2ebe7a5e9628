import { describe, expect, it } from 'vitest';
import { successionReport } from './succession.js';
import { staffRecord } from './testing.js';
import { prepareWorkforce } from './workforce.js';

const shown = (n: number, value = n) => ({ status: 'shown', n, value });
const key = (id: string, unitId: string, successors: number, ageBand: string | null) => staffRecord(id, unitId, { keyRole: true, successors, ageBand, payBand: 'Band 8c' });

// Ten key roles in post on 2024-01-01.
//   Exec: K1 (2 successors, 56-60), K2 (1, 61-65), K3 (0, 56-60), K4 (0, 71 and over), K5 (0, 51-55).
//   Ops:  K6 (0, 41-45), K7 (3, 36-40), K8 (1, Not stated), K9 (0, no age band), K10 (1, 46-50).
// Not counted: N1 has successors but no key role; K11 left on 2023-12-31.
const w = prepareWorkforce(
  [
    key('K1', 'Exec', 2, '56-60'),
    key('K2', 'Exec', 1, '61-65'),
    key('K3', 'Exec', 0, '56-60'),
    key('K4', 'Exec', 0, '71 and over'),
    key('K5', 'Exec', 0, '51-55'),
    key('K6', 'Ops', 0, '41-45'),
    key('K7', 'Ops', 3, '36-40'),
    key('K8', 'Ops', 1, 'Not stated'),
    key('K9', 'Ops', 0, null),
    key('K10', 'Ops', 1, '46-50'),
    staffRecord('N1', 'Ops', { successors: 5 }),
    { ...key('K11', 'Exec', 0, '61-65'), leavingDate: '2023-12-31' },
  ],
  [
    { id: 'Exec', parentId: null },
    { id: 'Ops', parentId: 'Exec' },
  ],
);

describe('successionReport, every figure shown (k = 1)', () => {
  const [organisation, exec, ops] = successionReport(w, { asOf: '2024-01-01', k: 1 }).rows;

  it('measures succession cover and the highest-risk key roles', () => {
    // Covered: K1, K2, K7, K8, K10 = 5 of 10: 0.5. Highest risk (55 and over, no successor):
    // K3, K4 = 2: 0.2. Ready-now successors 2 + 1 + 3 + 1 + 1 = 8.
    for (const row of [organisation!, exec!]) {
      expect(row).toMatchObject({
        keyRoles: shown(10),
        covered: shown(5),
        cover: shown(10, 0.5),
        highestRisk: shown(2),
        highestRiskShare: shown(10, 0.2),
        readyNowSuccessors: shown(10, 8),
      });
    }
    // Ops: K7, K8, K10 covered, 3 of 5; nobody at risk (K8 and K9's ages are not known).
    expect(ops).toEqual({
      unitId: 'Ops',
      keyRoles: shown(5),
      covered: shown(3),
      cover: shown(5, 0.6),
      highestRisk: { status: 'none' },
      highestRiskShare: shown(5, 0),
      readyNowSuccessors: shown(5, 5),
    });
  });

  it('can count holders within five years of 55 as at risk', () => {
    // K5 (51-55, no successor) joins K3 and K4: 3 of 10.
    const row = successionReport(w, { asOf: '2024-01-01', k: 1, includeWithinFiveYears: true }).rows[0]!;
    expect([row.highestRisk, row.highestRiskShare]).toEqual([shown(3), shown(10, 0.3)]);
  });
});

describe('successionReport, protected (k = 3)', () => {
  it('hides 2 highest-risk roles, and Ops’ cover, which would give away Exec’s own two by subtraction', () => {
    // Covered: Exec subtree 5, Ops 3; 5 − 3 = K1 and K2, filed at Exec itself: 2, too few to
    // leave by subtraction, so Ops' 3 is hidden.
    const [, exec, ops] = successionReport(w, { asOf: '2024-01-01', k: 3 }).rows;
    expect([exec!.keyRoles, exec!.covered, exec!.cover, exec!.highestRisk]).toEqual([shown(10), shown(5), shown(10, 0.5), { status: 'too_few' }]);
    expect([ops!.keyRoles, ops!.covered, ops!.cover, ops!.highestRisk]).toEqual([shown(5), { status: 'protects_another' }, { status: 'protects_another' }, { status: 'none' }]);
  });
});
