// The workforce analysis as one table for download: a row per unit (the whole organisation
// first) with the headline figures, every hidden figure given as its reason, as on screen.
import type { ExportTable, TableValue } from '../../kernel/table-export.js';
import type { WorkforceAnalysis } from './workforce.service.js';

type Cell = { status: string; n?: number; value?: number };
const HIDDEN: Record<string, string> = { too_few: 'Too few', protects_another: 'Hidden', none: '' };
const figure = (cell: Cell | undefined, scale = 1, digits = 1): TableValue =>
  !cell ? '' : cell.status === 'shown' ? Math.round((cell.value ?? 0) * scale * 10 ** digits) / 10 ** digits : (HIDDEN[cell.status] ?? '');

export function workforceTable(a: WorkforceAnalysis): ExportTable {
  const names = new Map<string | null, string>([[null, 'Whole organisation'], ...a.units.map((u) => [u.unitId, u.name] as const)]);
  const byUnit = <R extends { unitId: string | null }>(rows: readonly R[]) => new Map(rows.map((r) => [r.unitId, r]));
  const turnover = byUnit(a.turnover.rows);
  const age = byUnit(a.age.rows);
  const succession = byUnit(a.succession.rows);
  return {
    title: `Leadership workforce analysis, ${a.asOf}`,
    columns: ['Unit', 'Staff in post', 'Leaders', 'Leaders as % of staff', 'Turnover %, all staff', 'Stability %, all staff', 'Turnover %, leaders', 'Leaders aged 55 and over %', 'Key roles', 'Key roles with a ready-now successor %'],
    rows: a.leaders.rows.map((r) => {
      const t = turnover.get(r.unitId);
      const g = age.get(r.unitId);
      const s = succession.get(r.unitId);
      return [
        names.get(r.unitId) ?? r.unitId ?? '',
        figure(r.workforce, 1, 0),
        figure(r.leaders, 1, 0),
        figure(r.leaderShare, 100),
        figure(t?.all.turnoverRate, 100),
        figure(t?.all.stabilityIndex, 100),
        figure(t?.leaders.turnoverRate, 100),
        figure(g?.risk.leaders.shareAtRisk, 100),
        figure(s?.keyRoles, 1, 0),
        figure(s?.cover, 100),
      ];
    }),
    notes: [
      `Counts of fewer than ${a.k} people are not shown (Too few), and some larger ones are hidden so that a small group cannot be worked out by subtraction (Hidden).`,
      `Turnover: leavers from ${a.from} to ${a.asOf} over the average of staff in post at the start and the end. Stability: of staff in post at the start with a year's service, the share still in post at the end.`,
      'Leaders: marked as leaders on the staff record, or in band 8a and above, VSM, or consultants.',
    ],
  };
}
