// Results as plain tables for download, made from the same views the pages show, so a
// download can never carry a figure the screen hides: a hidden cell becomes its reason.
import type { CellView, HeatmapView, UnitReportView } from './results.schemas.js';

export type TableValue = string | number | null;

export interface ResultsTable {
  title: string;
  columns: string[];
  rows: TableValue[][];
  notes: string[];
}

const HIDDEN_TEXT = { too_few: 'Too few', protects_another: 'Hidden', none: '' } as const;

const value = (cell: Pick<CellView, 'status' | 'mean'>): TableValue => (cell.status === 'shown' ? cell.mean : HIDDEN_TEXT[cell.status]);

function notes(threshold: number): string[] {
  return [
    'Scores are out of 10: each answer is placed evenly from 0 (least positive) to 10 (most positive), as in the NHS Staff Survey. A unit includes every unit within it.',
    `Too few: fewer than ${threshold} people answered, so nothing is shown.`,
    'Hidden: shown on its own this figure would let a smaller group’s answers be worked out from the others, so it is withheld too.',
    'A blank: nobody is counted in this unit; its people are counted in a larger unit above it.',
  ];
}

export function heatmapTable(view: HeatmapView): ResultsTable {
  const names = new Map(view.rows.map((r) => [r.unitId, r.name]));
  return {
    title: `${view.survey.title}: ${view.level === 'items' ? 'statements' : 'results'} by unit`,
    columns: ['Unit', 'Part of', 'People who answered', ...view.measures.map((m) => m.name)],
    rows: view.rows.map((r) => [
      r.name,
      r.parentId ? (names.get(r.parentId) ?? '') : '',
      r.respondents ?? HIDDEN_TEXT[r.respondentStatus as keyof typeof HIDDEN_TEXT] ?? '',
      ...r.cells.map(value),
    ]),
    notes: notes(view.survey.anonymityThreshold),
  };
}

export function unitTable(view: UnitReportView): ResultsTable {
  return {
    title: `${view.survey.title}: ${view.unit.name}`,
    columns: ['Statement', 'People who answered', '% positive', 'Score out of 10'],
    rows: view.items.map((i) => [i.text, i.status === 'shown' ? i.n : HIDDEN_TEXT[i.status], i.status === 'shown' ? i.pctPositive : HIDDEN_TEXT[i.status], value(i)]),
    notes: notes(view.survey.anonymityThreshold),
  };
}
